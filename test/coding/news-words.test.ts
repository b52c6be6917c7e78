import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { code } from './code-helper.js';

const codes = (ev: CodedEvent[]) => ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.code ?? '-'}`);

describe('an event noun that modifies another noun', () => {
  it('is a person or group, not the act', () => {
    expect(code("Venezuela's opposition leader left the country on Sunday.")).toEqual([]);
    expect(code("Turkey's opposition party won the vote in Istanbul.")).toEqual([]);
    expect(code("Britain's protest movement grew after the arrests.")).toEqual([]);
  });

  it('is still the act when it heads its phrase', () => {
    expect(codes(code("Venezuela's opposition to the plan was clear."))).toEqual(['REJECT VEN>-']);
  });
});

describe('a liberty', () => {
  it('names no party in its "to" or "of" phrase', () => {
    const ev = code(
      'The European Union condemned the violence and urged Georgian authorities to respect the right to peaceful assembly.',
    );
    expect(codes(ev)).toEqual(['ACCUSE IGOEUR>-', 'REQUEST IGOEUR>GEOGOV']);
    const bare = code('Rights groups urged Moscow to guarantee freedom of assembly.');
    expect(bare.map((e) => e.recipient?.code)).toEqual(['RUSGOV']);
  });

  it('allows an act that is not done', () => {
    const ev = code('The court upheld the right of protesters to march.');
    expect(ev.filter((e) => e.type === 'PROTEST').map((e) => e.claim)).toEqual(['hypothetical']);
    expect(code('Dockers went on strike on Monday.').map((e) => e.claim)).toEqual(['asserted']);
  });
});

describe('a warning', () => {
  it('is a demand only with an infinitive or an obligation after it', () => {
    expect(
      code('The health agency warned that the outbreak could spread to neighbouring countries.'),
    ).toEqual([]);
    expect(codes(code('The minister warned the strikers to leave the square.'))).toEqual([
      'REQUEST ---GOV>---LAB',
    ]);
  });
});

describe('a capture after a perfect auxiliary', () => {
  it('reads a participle the tagger took for a noun', () => {
    const ev = code("Sudan's army said on Sunday it had retaken the presidential palace in Khartoum.");
    expect(ev.map((e) => `${e.type} ${e.actor.code}`)).toEqual(['ASSAULT SDNMIL']);
  });

  it('does not take goods seized at a port for a captured place', () => {
    expect(code('Customs officers seized cocaine at the port of Antwerp.').map((e) => e.type)).not.toContain(
      'ASSAULT',
    );
  });
});

describe('fire traded between two sides', () => {
  it('is an attack by each on the other', () => {
    expect(codes(code('Thailand and Cambodia exchanged fire along their disputed border.'))).toEqual([
      'ASSAULT THA>KHM',
      'ASSAULT KHM>THA',
    ]);
  });
});

describe('a fight against a problem', () => {
  it('is no combat', () => {
    expect(code('The central bank raised interest rates to fight inflation.')).toEqual([]);
    expect(code('Firefighters battled the blaze for hours.')).toEqual([]);
    expect(codes(code('Soldiers fought rebels near the border town.'))).toEqual(['ASSAULT ---MIL>---REB']);
  });
});

describe('what aid sends', () => {
  it('moves to the one named after "to", even when it reads as a force', () => {
    const ev = code('Germany will send 20 more Leopard tanks to Ukraine.');
    expect(ev.map((e) => `${e.actor.code}>${e.recipient?.code}`)).toEqual(['DEU>UKR']);
  });
});

describe('condemnation drawn', () => {
  it('comes from the one named after "from" and falls on the one who drew it', () => {
    expect(
      codes(
        code(
          'The Taliban barred women from attending university, drawing condemnation from the United Nations.',
        ),
      ),
    ).toContain('ACCUSE IGOUNO>AFGGOV');
    expect(codes(code("Israel's strikes on Beirut drew condemnation from France."))).toContain(
      'ACCUSE FRA>ISR',
    );
  });
});

describe('an accusation or arrest right before its charge', () => {
  it('is done to the name before it', () => {
    const ev = code('Hong Kong media tycoon Jimmy Lai convicted of collusion with foreign forces.');
    expect(ev.map((e) => `${e.type} ${e.actor.text}>${e.recipient?.code}`)).toEqual(['ACCUSE >HKGBUS']);
    const two = code('Israeli forces demolished the homes of two Palestinians accused of attacks.');
    expect(two.filter((e) => e.type === 'ACCUSE').map((e) => e.actor.code)).not.toContain('ISRMIL');
  });

  it('keeps an active accusation active', () => {
    expect(codes(code('Armenia accused Azerbaijan of violating the ceasefire.'))).toEqual(['ACCUSE ARM>AZE']);
  });
});

describe('a contact', () => {
  it('is no official', () => {
    const ev = code('Beijing firmly opposes any official contact with Taiwan, the foreign ministry said.');
    expect(ev.map((e) => e.recipient?.code)).toEqual(['TWN']);
  });
});

describe('an offensive', () => {
  it('is an attack when the tagger reads the noun as an adjective', () => {
    for (const t of [
      'Azerbaijan launched a military offensive in Nagorno-Karabakh.',
      'Russia launched a new offensive in the Kharkiv region on Friday.',
      'The army began a ground offensive against the rebels.',
    ])
      expect(code(t).map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('keeps its year when a fronted phrase dates it', () => {
    const ev = code(
      'Last year, Azerbaijan launched an offensive that retook Nagorno-Karabakh.',
      '2025-01-14',
    );
    expect(ev.map((e) => e.date?.from.slice(0, 4))).toEqual(['2024']);
  });
});

describe('a claim denied in a relative clause', () => {
  it('is no rejection by anyone', () => {
    const ev = code('Hamas said Israeli strikes killed 35 people in Rafah, a claim Israel denied.');
    expect(ev.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(code('The report cited allegations that the army denies.')).toEqual([]);
    expect(codes(code('Israel denied entry to the aid convoy.'))).toEqual(['REJECT ISR>-']);
  });
});

describe('an attack with no attacker named', () => {
  it('takes the other side of the encounter it happened in', () => {
    const ev = code('Two soldiers were killed in an encounter with militants in Kashmir.');
    expect(ev.map((e) => `${e.actor.sector}>${e.recipient?.code}`)).toEqual(['REB>INDMIL']);
    expect(codes(code('Five rebels were killed in clashes with the army near Goma.'))).toEqual([
      'ASSAULT CODMIL>CODREB',
    ]);
  });
});

describe('a count between a light verb and its event noun', () => {
  it('keeps the light verb', () => {
    expect(
      codes(code('The U.S. military has carried out more than two dozen air strikes against al-Shabab.')),
    ).toEqual(['ASSAULT USAMIL>SOMREB']);
    expect(code('Police carried out at least ten raids in the capital.').map((e) => e.type)).toEqual([
      'ASSAULT',
    ]);
  });
});

describe('a verb that hands its subject to an infinitive', () => {
  it('is no act of its own', () => {
    expect(code('The group is seeking to overthrow the government.')).toEqual([]);
    expect(code('Ukraine sought help from its allies.').map((e) => e.type)).toEqual(['REQUEST']);
  });
});

describe('a war stepped up', () => {
  it('is an attack', () => {
    expect(code('The rebels stepped up their war against the government.').map((e) => e.type)).toEqual([
      'ASSAULT',
    ]);
  });
});

describe('culpability for an act named by a noun', () => {
  it('makes the subject its actor', () => {
    expect(codes(code('The militia was responsible for the attack on the convoy.'))).toEqual([
      'ASSAULT ---PRM>-',
    ]);
    const ev = code('The cartel has been responsible for mass killings in northern Mexico.');
    expect(ev.map((e) => e.actor.sector)).toEqual(['CRM']);
  });

  it('is no act when a noun names an office', () => {
    expect(code('The minister responsible for defence resigned.').map((e) => e.type)).toEqual(['RETREAT']);
  });
});

describe('a headline verb of undoing', () => {
  it('lifts a measure rather than imposing it', () => {
    expect(code('Japan lifts sanctions against Pakistan.').map((e) => e.type)).toEqual(['RETREAT']);
    expect(code('Obama lifts US embargo on arms sales to Vietnam.').map((e) => e.type)).not.toContain(
      'SANCTION',
    );
  });

  it('still reads two nouns before a verb as the subject', () => {
    expect(code('US sanctions hit Iranian banks.').map((e) => e.type)).not.toContain('RETREAT');
  });
});

describe('a release announced', () => {
  it('is a release by the one who announced it', () => {
    expect(codes(code("Iran's Foreign Ministry announced the release of two Kuwaiti nationals."))).toEqual([
      'RETREAT IRNGOV>KWTCVL',
    ]);
  });

  it('is not a press release', () => {
    expect(code('The ministry announced the release of its annual report.')).toEqual([]);
  });
});

describe('an idiom that holds its complement, after a noun', () => {
  it('is passive: the noun is its victim', () => {
    const ev = code('A French citizen held hostage in Yemen was freed on Monday.');
    const hostage = ev.find((e) => e.cameo === '181');
    expect(hostage?.recipient?.code).toBe('FRACVL');
  });
});

describe('an act told in a participle after a noun, with its agent', () => {
  it("is the agent's act on the noun", () => {
    expect(codes(code('M23 rebels backed by Rwanda seized the city of Goma.'))[0]).toBe('SUPPORT RWA>CODREB');
    expect(codes(code('Schoolgirls kidnapped by gunmen were freed.'))[0]).toBe('ASSAULT ---UAF>---EDU');
  });
});

describe('a sentence that opens with a modifier of a group noun', () => {
  it('keeps the modifier in the actor', () => {
    expect(codes(code('Opposition leaders criticised the deal.'))).toEqual(['ACCUSE ---OPP>-']);
  });
});

describe("a region's adjective", () => {
  it('names no one country, neither from the sentence nor from the dateline', () => {
    const ev = code(
      'CARACAS (AP) — The United States and nine Latin American governments rejected the official results.',
    );
    expect(ev.map((e) => e.actor.code)).toEqual(['USA', '---GOV']);
  });

  it("leaves a sector word in a thing's modifier naming no one", () => {
    expect(
      code('The United States rejected the official results.').map((e) => e.recipient?.code ?? null),
    ).toEqual([null]);
    expect(codes(code('Iran rejected the American proposal.'))).toEqual(['REJECT IRN>USA']);
  });
});

describe('an attack with no attacker named, in an attack named by its owner', () => {
  it("is the owner's", () => {
    expect(
      codes(code('Hezbollah commander Ibrahim Aqil was killed in an Israeli strike on Beirut.')),
    ).toEqual(['ASSAULT ISR>LBNREB']);
    expect(
      code('Five civilians were killed in a Russian missile attack on Kharkiv.').map((e) => e.actor.code),
    ).toEqual(['RUS']);
  });
});

describe('a promise of revenge', () => {
  it('is a threat of force, with words between', () => {
    expect(codes(code("Iran's supreme leader vowed harsh revenge against Israel."))).toEqual([
      'THREATEN IRNGOV>ISR',
    ]);
    expect(code('The president promised more aid to farmers.').map((e) => e.type)).toEqual(['AGREE']);
  });
});

describe('an idiom with its complement after a noun, with no later verb', () => {
  it("stays the clause's active verb", () => {
    expect(codes(code('Kenyan police opened fire on protesters in Nairobi on Tuesday.'))).toEqual([
      'ASSAULT KENCOP>KENCVL',
    ]);
  });
});

describe('a length of time before an event noun', () => {
  it('does not date the act, so no actorless act is coded from it', () => {
    expect(code('The deaths brought the toll from two weeks of protests to at least 19.')).toEqual([]);
    expect(code("Tuesday's strike killed four people.").map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('an attribution before a closing participle clause', () => {
  it('attributes the act to the source it names', () => {
    const [e] = code(
      'Israeli air strikes killed more than 400 Palestinians overnight, health officials said, shattering a ceasefire.',
    );
    expect(e.claim).toBe('attributed');
    const [f] = code(
      'The Houthis fired a missile at Israel on Tuesday, the Israeli military said, adding that it was intercepted.',
    );
    expect([f.claim, f.claimSource?.code]).toEqual(['attributed', 'ISRMIL']);
  });
});

describe('a definite description of a state body', () => {
  it('takes up the body the article named, not a diplomat or a capital named since', () => {
    const ev = code(
      "Niger's military rulers ordered the French ambassador to leave, accusing Paris of interference.\n\nThe junta also suspended the broadcasts of French public media.",
      '2023-08-25',
    );
    expect(ev.find((e) => e.cameo === '1721')?.actor.code).toBe('NERGOV');
  });
});

describe('a non-restrictive relative clause', () => {
  it('does not date the act of the clause it interrupts', () => {
    const [e] = code(
      'The junta, which seized power on July 26, also suspended French media broadcasts.',
      '2023-08-25',
    );
    expect(e.date?.from).toBe('2023-08-25');
  });
});

describe('an act named as the subject of a warning', () => {
  it('is no actor', () => {
    const ev = code(
      'Mali and Burkina Faso warned that any military intervention in Niger would be considered a declaration of war against them.',
    );
    expect(ev.map((e) => e.actor.code)).not.toContain('NERMIL');
  });
});

describe('a date that modifies a noun after the act', () => {
  it('dates that noun only', () => {
    const [e] = code('India has blamed Pakistan-based militants for the April 22 attack.', '2025-05-07');
    expect(e.date?.from).toBe('2025-05-07');
    const [f] = code('The April 22 attack killed 26 villagers.', '2025-05-07');
    expect(f.date?.from).toBe('2025-04-22');
  });
});

describe('an attribution before a closing phrase with no verb', () => {
  it('attributes the act', () => {
    const [e] = code(
      'India struck nine sites in Pakistan early on Wednesday, the Indian defence ministry said, two weeks after a deadly attack.',
      '2025-05-07',
    );
    expect(e.claim).toBe('attributed');
  });
});

describe('a condition', () => {
  it('makes the act it conditions a threat, and its own negated act no refusal', () => {
    const ev = code(
      'If Hamas does not release the hostages, Israel will resume its offensive, Netanyahu said.',
    );
    expect(ev.find((e) => e.actor.code === 'ISR')?.type).toBe('THREATEN');
    expect(ev.map((e) => e.type)).not.toContain('REJECT');
    expect(
      code('Israel will resume its offensive unless Hamas releases the hostages.').map((e) => e.type),
    ).toEqual(['THREATEN']);
  });
});

describe('a weekday told of a future act', () => {
  it('is the coming one', () => {
    const [e] = code('If talks fail, the union will strike on Monday.', '2024-05-10');
    expect(e.date?.from).toBe('2024-05-13');
    const [f] = code('Rebels attacked the town on Monday.', '2024-05-10');
    expect(f.date?.from).toBe('2024-05-06');
  });
});

describe('a scheduled act', () => {
  it('is future, not done', () => {
    const ev = code('Russia and Ukraine are set to hold talks in Istanbul next week.', '2024-05-10');
    expect(ev.map((e) => e.claim)).not.toContain('asserted');
  });
});

describe('force not ruled out', () => {
  it('is a threat of it', () => {
    expect(
      codes(code('China has never ruled out the use of force to bring Taiwan under its control.')),
    ).toEqual(['THREATEN CHN>TWN']);
    expect(code('The government ruled out talks with the rebels.').map((e) => e.type)).toEqual(['REJECT']);
  });
});

describe('an attack undergone', () => {
  it('has the subject as its target', () => {
    const [e] = code("Slovakia's prime minister survived an assassination attempt in May.", '2024-09-10');
    expect([e.type, e.actor.code, e.recipient?.code]).toEqual(['ASSAULT', '---', 'SVKGOV']);
    expect(codes(code('The president escaped an assassination attempt by rebels.'))).toEqual([
      'ASSAULT ---REB>---GOV',
    ]);
    expect(code('The convoy came under attack near Kandahar.').map((e) => e.actor.code)).toEqual(['AFGUAF']);
  });

  it('is no attack by whoever foiled it', () => {
    expect(code('The police foiled an assassination attempt on the mayor.')).toEqual([]);
  });
});

describe('an act in the "with" phrase of a verb of answering', () => {
  it("is the subject's", () => {
    expect(codes(code('Iran responded with a missile attack on Israel.'))).toEqual(['ASSAULT IRN>ISR']);
    expect(code('China hit back with sanctions on US defence firms.').map((e) => e.actor.code)).toEqual([
      'CHN',
    ]);
  });
});

describe('a day named in the possessive before a noun after the act', () => {
  it('dates that noun only', () => {
    const [e] = code("The opposition refused to recognise the results of Saturday's election.", '2024-10-28');
    expect(e.date?.from).toBe('2024-10-28');
    expect(code("Tuesday's strike killed four people.", '2024-10-28')[0].date?.from).toBe('2024-10-22');
  });
});
