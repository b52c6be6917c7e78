import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { brief, code } from './code-helper.js';

const codes = (ev: CodedEvent[]) => ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.code ?? '-'}`);

describe('an object named by its owner in a modifier', () => {
  it('takes the demonym of "the American proposal" before a later phrase', () => {
    const ev = code("Sudan's government rejected the American proposal for a ceasefire with the rebels.");
    expect(ev.map(brief)).toEqual(['REJECT SDN>USA asserted']);
    expect(ev[0].rules).toContain('clause.object-modifier');
  });

  it("does not make the actor's own country its target", () => {
    const ev = code('Maduro closed Venezuela’s land borders with Brazil and Colombia.');
    expect(ev.every((e) => e.recipient?.country !== 'VEN')).toBe(true);
  });
});

describe('counterparts', () => {
  it('gives the counterpart the other country and the actor’s office', () => {
    const ev = code('The Kenyan president met his Ugandan counterpart in Kampala.');
    expect(codes(ev)).toEqual(['CONSULT KENGOV>UGAGOV']);
    expect(ev[0].rules).toContain('clause.counterpart-office');
  });

  it('does not lend the counterpart’s country to whoever met them', () => {
    const ev = code('The minister met his Chinese counterpart on Monday to discuss trade.');
    expect(codes(ev)).toEqual(['CONSULT ---GOV>CHNGOV']);
  });
});

describe('conversations', () => {
  it('codes a telephone conversation with a named leader', () => {
    expect(codes(code('Macron spoke with his Ukrainian counterpart by phone.'))).toEqual([
      'CONSULT FRAGOV>UKRGOV',
    ]);
    const ev = code('Erdogan spoke with Putin about the grain deal.');
    expect(codes(ev)).toEqual(['CONSULT TURGOV>RUSGOV']);
    expect(ev[0].cameo).toBe('040');
  });

  it('does not code speaking to the press', () => {
    expect(code('The president spoke to reporters in Nairobi.')).toEqual([]);
    expect(code('The minister spoke with journalists after the meeting.')).toEqual([]);
  });
});

describe('drones launched at a target', () => {
  it('is an attack, with or without a number of drones', () => {
    for (const t of [
      'Russia launched drones at Kharkiv.',
      'Russia launched 40 drones at Kharkiv overnight.',
    ]) {
      expect(code(t).map(brief)).toEqual(['ASSAULT RUS>UKR asserted']);
    }
  });

  it('is not a drone programme or a delivery service', () => {
    expect(code('Iran launched a drone programme in 2010.')).toEqual([]);
    expect(code('The company launched a drone delivery service in Texas.')).toEqual([]);
  });
});

describe('a beating is done to people', () => {
  it('is not a win over a team named after its town', () => {
    expect(code('Real Madrid beat Dortmund in the final.')).toEqual([]);
  });

  it('still codes police beating protesters', () => {
    expect(code('Police beat protesters with batons in Dhaka.').map(brief)).toEqual([
      'ASSAULT BGD>BGD asserted',
    ]);
  });
});

describe('a state suspending political life', () => {
  it('codes suspended parties and parliament as a political restriction', () => {
    const ev = code("Mali's ruling junta suspended the activities of political parties.");
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['COERCE 1722']);
    expect(code('The military suspended parliament and the constitution.')[0]?.cameo).toBe('1722');
  });

  it('leaves a company suspending its business alone', () => {
    expect(code('The company suspended its activities in Russia.')).toEqual([]);
  });
});

describe("a state's own body named with a possessive", () => {
  it('is what "it" stands for in what the body said', () => {
    const ev = code("Pakistan's army said it killed 12 militants in a raid near the Afghan border.");
    expect(codes(ev)).toEqual(['ASSAULT PAKMIL>---REB']);
  });
});

describe('what protesters demand', () => {
  it('is their protest, not a request', () => {
    const ev = code('Protesters in Tbilisi demanded new elections after the disputed vote.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['PROTEST 141']);
    expect(ev[0].rules).toContain('clause.protesters-demand');
  });

  it('leaves a government’s demand a request', () => {
    const ev = code('The Kenyan government demanded new elections in Somalia.');
    expect(ev.map((e) => e.type)).toEqual(['REQUEST']);
  });
});

describe('attacking a measure in words', () => {
  it('is criticism, not an assault', () => {
    const ev = code('Apple attacked the new EU rules as a threat to privacy.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ACCUSE 111']);
  });

  it('leaves an attack on a base an assault', () => {
    expect(code('Rebels attacked the army base near Goma.').map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('explosions', () => {
  it('is no attack when a thing that is no weapon explodes', () => {
    expect(code('A gas cylinder exploded in a restaurant in Lagos.')).toEqual([]);
  });

  it('is no attack when a rocket fails at a launch or a test', () => {
    expect(code('The rocket exploded shortly after launch, SpaceX said.')).toEqual([]);
    expect(code('The prototype rocket blew up on the launch pad during a test.')).toEqual([]);
  });

  it('is a bombing when a bomb explodes', () => {
    const ev = code('A car bomb exploded outside a police station in Mogadishu.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ASSAULT 183']);
  });
});

describe('a reduced passive with its agent', () => {
  it('makes the agent the actor and the group before it the target', () => {
    const ev = code('Nigerian troops rescued 20 schoolgirls kidnapped by gunmen in Zamfara.');
    const abduction = ev.find((e) => e.cameo === '181');
    expect(abduction?.actor.text).toBe('gunmen');
    expect(abduction?.recipient?.text).toBe('20 schoolgirls');
    expect(abduction?.rules).toContain('clause.reduced-passive');
  });
});

describe('a nominal event with its "of" phrase', () => {
  it('takes the "of" phrase as the target, with or without a light verb', () => {
    expect(codes(code("Russia's invasion of Ukraine began in February 2022."))).toEqual(['ASSAULT RUS>UKR']);
    expect(codes(code('China’s blockade of Taiwan alarmed Japan.'))).toEqual(['COERCE CHN>TWN']);
    const ev = code('Russia launched a full-scale invasion of Ukraine in 2022.');
    expect(codes(ev)).toEqual(['ASSAULT RUS>UKR']);
    expect(ev[0].rules).toContain('clause.nominal-of');
  });
});

describe('condemning an act done by someone', () => {
  it('targets who did it, not its victims', () => {
    const ev = code('The UN condemned the killing of civilians by government forces in Darfur.');
    expect(ev.map((e) => `${e.type} ${e.recipient?.text}`)).toEqual(['ACCUSE government forces']);
    expect(ev[0].rules).toContain('clause.accused-agent');
  });
});

describe('sport in one sentence', () => {
  it('codes no capture of a trophy and no accusation of a referee', () => {
    expect(code('England captured the Ashes after a dramatic final day.')).toEqual([]);
    expect(code("Manchester City's manager accused the referee of bias.")).toEqual([]);
  });

  it('still codes a captured soldier', () => {
    expect(code('Rebels captured two soldiers near the border.').map((e) => e.cameo)).toEqual(['181']);
  });
});

describe('mutual acts of a compound subject', () => {
  it('makes each member the other’s counterpart', () => {
    const ev = code('Putin and Xi met in Beijing.');
    expect(codes(ev).sort()).toEqual(['CONSULT CHNGOV>RUSGOV', 'CONSULT RUSGOV>CHNGOV']);
    expect(ev[0].rules).toContain('clause.reciprocal');
    const signed = code('Armenia and Azerbaijan signed a peace agreement in Washington.');
    expect(codes(signed).sort()).toEqual(['SUPPORT ARM>AZE', 'SUPPORT AZE>ARM']);
  });

  it('leaves a joint act on a third party as it is', () => {
    const ev = code('Egypt and Qatar urged Israel and Hamas to accept the ceasefire proposal.');
    expect(ev.every((e) => e.recipient?.country === 'ISR' || e.recipient?.code === 'PSEREB')).toBe(true);
  });
});

describe('a body meeting on its own', () => {
  it('consults no one', () => {
    expect(code('The cabinet met on Monday to discuss the budget.')).toEqual([]);
    expect(code('The Security Council met in an emergency session on Gaza.')).toEqual([]);
  });

  it('still codes talks with someone named', () => {
    expect(
      code('The UN envoy held talks with the Sudanese army chief in Geneva.').map((e) => e.type),
    ).toEqual(['CONSULT']);
  });
});

describe('an act announced on a condition', () => {
  it('is a threat', () => {
    const ev = code(
      'The United States will impose sanctions on Venezuela unless Maduro releases political prisoners.',
    );
    expect(ev.map((e) => `${e.type} ${e.cameo} ${e.recipient?.country}`)).toEqual(['THREATEN 1312 VEN']);
    expect(ev[0].rules).toContain('claim.conditional-threat');
  });

  it('leaves a plain announcement as it was', () => {
    const ev = code('The United States will impose sanctions on Venezuela next week.');
    expect(ev.map((e) => e.type)).not.toContain('THREATEN');
  });
});

describe('an arrest for a stated reason', () => {
  it('is coded as the accusation the reason states', () => {
    const ev = code('The journalist was arrested in Niger for collaborating with Boko Haram.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ACCUSE 1121']);
    expect(ev[0].rules).toContain('clause.arrested-for');
  });

  it('leaves an arrest with no reason an arrest', () => {
    expect(code('Two activists were detained on Monday in Minsk.').map((e) => e.cameo)).toEqual(['173']);
  });
});

describe('a nationality after "to"', () => {
  it('is read as the adjective it is, naming the target', () => {
    const ev = code('Israel is opposed to French mediation in the dispute with Lebanon.');
    expect(codes(ev)).toEqual(['REJECT ISR>FRA']);
  });
});

describe('an act someone is found guilty of', () => {
  it('is their act', () => {
    const ev = code('The Indian army was guilty of violating the ceasefire agreement 70 times.');
    expect(codes(ev)).toEqual(['ASSAULT INDMIL>-']);
    expect(ev[0].rules).toContain('clause.culpable-subject');
  });

  it('leaves other gerunds after a preposition uncoded', () => {
    expect(code('The talks focused on ending the fighting.').map((e) => e.type)).not.toContain('ASSAULT');
  });
});

describe('forces strengthened somewhere', () => {
  it('is a show of force aimed where the forces go', () => {
    const ev = code('The US has strengthened its forces in the Gulf.');
    expect(ev.map((e) => `${e.type} ${e.cameo} ${e.recipient?.text}`)).toEqual(['MOBILIZE 154 the Gulf']);
    expect(ev[0].rules).toContain('clause.mobilized-where');
  });
});

describe('headline present tense and repeated acts', () => {
  it('reads "Venezuela releases dozens" as a verb after a country', () => {
    expect(code('Venezuela releases dozens of political activists.').map((e) => e.cameo)).toEqual(['0841']);
  });

  it('does not read a plural noun after other capitalised words as a verb', () => {
    const ev = code('Old foes Gondor and Osgiliath held talks in Geneva.');
    expect(ev.every((e) => e.type === 'CONSULT')).toBe(true);
  });

  it('codes an act done "once again" (not a past act)', () => {
    expect(code('The United States is once again sending aid to Afghanistan.').map((e) => e.type)).toEqual([
      'AID',
    ]);
  });
});

describe('taking in refugees and accepting demands', () => {
  it('codes refugees taken in as shelter given (075)', () => {
    expect(
      code('Germany accepted 1,500 refugees from Greek camps.').map((e) => `${e.type} ${e.cameo}`),
    ).toEqual(['AID 075']);
  });

  it('codes demands accepted as a concession (083)', () => {
    const ev = code("Nepal's government accepts the key demands of the protesters.");
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['CONCEDE 083']);
  });
});

describe('verdicts and floating quantifiers', () => {
  it('codes a court finding someone guilty', () => {
    const ev = code('A court in Minsk found the opposition leader guilty of treason.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ACCUSE 116']);
  });

  it('keeps the subject across "have both"', () => {
    const ev = code('India and the United States have both indicted the militant commander.');
    expect(ev.map((e) => e.actor.country).sort()).toEqual(['IND', 'USA']);
  });
});

describe('a relative clause hanging on a force', () => {
  it('is no attack ("a fire in Dhaka that killed")', () => {
    const ev = code(
      'Brazil expressed condolences to Bangladesh over a fire in Dhaka that killed more than a hundred people.',
    );
    expect(ev.map((e) => e.type)).not.toContain('ASSAULT');
  });

  it('still codes artillery fire that killed', () => {
    const ev = code('Witnesses described the artillery fire that killed ten people in Goma.');
    expect(ev.map((e) => e.type)).toContain('ASSAULT');
  });
});

describe('a fronted span of time', () => {
  it('is no actor; the subject after its comma is', () => {
    const ev = code(
      'Hours before the announcement, Taliban militants stormed an Afghan military base in Herat.',
    );
    expect(ev.map((e) => e.actor.text)).toEqual(['Taliban militants']);
    expect(
      code('Days after the election, police arrested the opposition leader.').map((e) => e.actor.text),
    ).toEqual(['police']);
  });
});

describe('orders to leave and seizures at sea', () => {
  it('codes an order to foreign troops or envoys to leave as an expulsion', () => {
    const ev = code('The junta in Niger ordered French troops to leave the country.');
    expect(ev.map((e) => `${e.type} ${e.cameo} ${e.recipient?.country}`)).toEqual(['SANCTION 166 FRA']);
  });

  it('does not code an order to residents to leave as one', () => {
    expect(code('The army ordered residents to leave the area before the offensive.')).toEqual([]);
  });

  it('keeps a seizure in a sea a seizure, not ground taken', () => {
    expect(code('Iran seized a tanker in the Gulf of Oman.').map((e) => e.cameo)).toEqual(['1711']);
  });
});

describe('a vehicle that hits a mine', () => {
  it('is the victim, not the attacker', () => {
    const ev = code('Two soldiers were killed when their vehicle hit a roadside bomb in Mali.');
    expect(ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.code}`)).toEqual([
      'ASSAULT MLIUAF>MLIMIL',
    ]);
  });

  it('leaves rebels hitting a convoy with a bomb an attack', () => {
    expect(code('Rebels hit the convoy with a roadside bomb.').map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('a group named after a possessive pronoun', () => {
  it('belongs to the pronoun’s antecedent, not to the sentence’s other country', () => {
    const ev = code('Hamas said its fighters had attacked an Israeli tank.');
    expect(ev.map((e) => `${e.actor.code}>${e.recipient?.country}`)).toEqual(['PSEREB>ISR']);
    expect(ev[0].actor.rules ?? []).toContain('article.pronoun-owner');
  });
});
