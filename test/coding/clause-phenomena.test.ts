import { describe, expect, it } from 'vitest';
import { brief, code } from './code-helper.js';

describe('source and target', () => {
  it('reads an active clause: subject acts on object', () => {
    const ev = code('Germany condemned France on Monday.');
    expect(ev.map(brief)).toEqual(['ACCUSE DEU>FRA asserted']);
    expect(ev[0].cameo).toBe('111');
  });

  it('swaps roles in the passive and takes the agent from "by"', () => {
    const ev = code('Two Kenyan villages were attacked by Somali militants.');
    expect(ev.map(brief)).toEqual(['ASSAULT SOM>KEN asserted']);
    expect(ev[0].rules).toContain('clause.passive');
  });

  it('finds a target after "against", with the object words of the pattern', () => {
    const ev = code('Brazil imposed sanctions against Peru.');
    expect(ev.map(brief)).toEqual(['SANCTION BRA>PER asserted']);
    expect(ev[0].cameo).toBe('163');
  });

  it('reads a phrasal verb whose particle introduces the target ("called on")', () => {
    const ev = code('Japan called on China to release the detained fishermen.');
    expect(ev.map(brief)).toEqual(['REQUEST JPN>CHN asserted']);
  });
});

describe('reported speech and quotes', () => {
  it('attributes a reported act to its source', () => {
    const ev = code('Norway said Denmark attacked Finland.');
    expect(ev.map(brief)).toEqual(['ASSAULT DNK>FIN attributed']);
    expect(ev[0].claimSource?.country).toBe('NOR');
  });

  it('attributes an act to a closing source that has no actor code ("witnesses said")', () => {
    for (const [text, source] of [
      ['Soldiers shot two farmers near Bunia on Friday, witnesses said.', 'witnesses'],
      ['Soldiers shot two farmers near Bunia, according to villagers.', 'villagers'],
      ['Militants burned a school in Borno overnight, security sources said.', 'security sources'],
    ]) {
      const ev = code(text);
      expect(ev.length, text).toBeGreaterThan(0);
      expect(ev[0].claim, text).toBe('attributed');
      expect(ev[0].claimSource?.text, text).toBe(source);
    }
    // a time after "according to" is no source
    const plain = code('Soldiers shot two farmers near Bunia on Friday.');
    expect(plain[0].claim).toBe('asserted');
    expect(plain[0].claimSource).toBeNull();
  });

  it('codes an accusation as the speech act, not the act it alleges', () => {
    const ev = code('Norway accused Denmark of attacking Finland.');
    expect(ev.map(brief)).toEqual(['ACCUSE NOR>DNK asserted']);
  });

  it('marks a denied act as denied', () => {
    const ev = code('Turkey denied that its troops shelled Syrian villages.');
    expect(ev).toHaveLength(1);
    expect(ev[0].type).toBe('ASSAULT');
    expect(ev[0].claim).toBe('denied');
  });

  it('takes "I" in a quote as its speaker and "you" as the person addressed', () => {
    const ev = code(
      'Kenyan President William Ruto said, “Come to Nairobi, President Museveni, I invite you.”',
    );
    expect(ev.map(brief)).toEqual(['AGREE KEN>UGA attributed']);
    expect(ev[0].cameo).toBe('036');
  });

  it('makes the speaker of a warning the threatener', () => {
    const ev = code('Iran could be subject to attack, Israeli officials warned.');
    expect(ev.map(brief)).toEqual(['THREATEN ISR>IRN attributed']);
    expect(ev[0].mode).toBe('violence');
  });
});

describe('coordination', () => {
  it('gives one event per coordinated actor', () => {
    const ev = code('Norway and Sweden condemned Russia.');
    expect(ev.map(brief).sort()).toEqual(['ACCUSE NOR>RUS asserted', 'ACCUSE SWE>RUS asserted']);
  });

  it('keeps the subject of a coordinated verb phrase', () => {
    const ev = code('Chile recalled its ambassador and condemned Peru.');
    expect(ev.map(brief)).toContain('ACCUSE CHL>PER asserted');
  });
});

describe('negation, refusal, modality', () => {
  it('flags a negated act', () => {
    const ev = code('Egypt did not attack Libya.');
    expect(ev.map(brief)).toEqual(['ASSAULT EGY>LBY negated']);
  });

  it('turns a refusal into a REJECT', () => {
    const ev = code('Egypt refused to meet Libyan officials.');
    expect(ev.map((e) => e.type)).toEqual(['REJECT']);
    expect(ev[0].actor.country).toBe('EGY');
  });

  it('turns "will not accept" into a REJECT', () => {
    const ev = code('Hungary said it will not accept any more refugees.');
    expect(ev.map((e) => e.type)).toEqual(['REJECT']);
  });

  it('codes a future cooperative act as AGREE, flagged future', () => {
    const ev = code('Canada will supply arms to Ukraine.');
    expect(ev.map(brief)).toEqual(['AGREE CAN>UKR future']);
  });

  it('codes contemplated force as a hypothetical THREATEN', () => {
    const ev = code('The Thai government is contemplating air strikes on rebel camps.');
    expect(ev).toHaveLength(1);
    expect(ev[0].type).toBe('THREATEN');
    expect(ev[0].claim).toBe('hypothetical');
  });

  it('marks an act in an if-clause hypothetical', () => {
    const ev = code('If Serbia attacks Kosovo, the region will suffer.');
    expect(ev.find((e) => e.type === 'ASSAULT')?.claim).toBe('hypothetical');
  });

  it('marks "allegedly" as alleged', () => {
    const ev = code('Sudanese soldiers allegedly killed five villagers.');
    expect(ev.map((e) => [e.type, e.claim])).toEqual([['ASSAULT', 'alleged']]);
  });
});

describe('the content of promises and calls', () => {
  it('codes a vow to use force as a THREATEN', () => {
    const ev = code('The militia vowed to attack government positions in Tripoli.');
    expect(ev.map((e) => [e.type, e.mode])).toEqual([['THREATEN', 'violence']]);
  });

  it('keeps a promise of cooperation an AGREE', () => {
    const ev = code('Ghana promised to send food aid to Togo.');
    expect(ev.map((e) => [e.type, e.actor.country])).toEqual([['AGREE', 'GHA']]);
  });

  it('codes a call for sanctions against a country as rallying opposition against it', () => {
    const ev = code('The opposition leader called for sanctions against Belarus.');
    expect(ev.map((e) => [e.type, e.cameo, e.recipient?.country])).toEqual([['ACCUSE', '113', 'BLR']]);
  });
});

describe('nominal events', () => {
  it('codes a nominal event with its "from" actor', () => {
    const ev = code('The rejection from Quito came quickly.');
    expect(ev.map((e) => [e.type, e.actor.country])).toEqual([['REJECT', 'ECU']]);
  });

  it('lends the modifier of an event noun to the verb it is the subject of', () => {
    const ev = code('Russian air strikes killed 12 civilians in Aleppo.');
    expect(ev.map((e) => [e.type, e.actor.country])).toEqual([['ASSAULT', 'RUS']]);
  });

  it('codes an event carried by a light verb with the verb subject as actor', () => {
    const ev = code('Pakistan launched an investigation into the bombing.');
    expect(ev.map((e) => [e.type, e.mode, e.actor.country])).toEqual([['ACCUSE', 'investigate', 'PAK']]);
  });

  it('does not code an anaphoric event noun without an actor', () => {
    expect(code('These strikes have raised serious concerns.')).toEqual([]);
  });
});

describe('modes and contexts from the clause', () => {
  it('reads a discontinued cooperation with its context', () => {
    const ev = code('Ecuador halted intelligence cooperation with Peru.');
    expect(ev.map((e) => [e.type, e.mode, e.context, e.actor.country, e.recipient?.country])).toEqual([
      ['SANCTION', 'discontinue', 'intelligence', 'ECU', 'PER'],
    ]);
  });

  it('reads the weapon of an attack as its mode', () => {
    const ev = code('Israeli tanks shelled positions near Rafah.');
    expect(ev[0].type).toBe('ASSAULT');
    expect(ev[0].mode).toBe('heavy-weapons');
  });
});

describe('agentless passive of a retreat', () => {
  it('makes those disarmed the source when no agent is named', () => {
    const ev = code('Hundreds of Congolese militiamen have been disarmed since the truce.');
    expect(ev.map(brief)).toEqual(['RETREAT COD>- asserted']);
    expect(ev[0].rules).toContain('clause.passive-retreat');
  });
});

describe('weapons fired are not the target', () => {
  it('skips a whole list of weapons before the target', () => {
    const ev = code(
      'Ethiopian troops launched mortar, artillery and rocket fire against Eritrean positions.',
    );
    expect(ev.map(brief)).toEqual(['ASSAULT ETH>ERI asserted']);
  });
});

describe('indirect questions', () => {
  it('reads the subject of an indirect question in its own clause, not the speaker', () => {
    const ev = code('The Kenyan minister did not say where exactly the convoy had been attacked.');
    const assault = ev.find((e) => e.type === 'ASSAULT');
    expect(assault?.recipient?.country ?? null).toBeNull();
    expect(assault?.actor.country ?? null).toBeNull();
  });
});

describe('the doer of a violent act told in its background clause', () => {
  it('gives an agentless "were killed" the doer of the "when"/"as"/"after" clause', () => {
    for (const [text, actor] of [
      ['Four villagers were killed when rebels attacked a checkpoint near Beni.', 'rebels'],
      [
        'At least nine civilians were killed as government forces shelled the town of Hama.',
        'government forces',
      ],
      ['Two soldiers were wounded after militants ambushed a patrol in the north.', 'militants'],
    ]) {
      const ev = code(text);
      const hurt = ev.find((e) => e.rules.includes('clause.cause-agent'));
      expect(hurt?.actor?.text, text).toBe(actor);
      // the victims are never their own attackers
      expect(
        ev.every((e) => e.actor?.text !== e.recipient?.text),
        text,
      ).toBe(true);
    }
  });

  it('leaves the doer unknown when the other clause is no violent act', () => {
    const ev = code('Three people were killed when a bridge collapsed in the capital.');
    expect(ev.some((e) => e.rules.includes('clause.cause-agent'))).toBe(false);
  });
});

describe('threats told as warnings and vows', () => {
  it('reads "warned that X would respond to any attack" as a threat of force', () => {
    const [e] = code('Algeria warned that it would respond to any attack on its pipelines.');
    expect(e?.type).toBe('THREATEN');
    expect(e?.actor?.country).toBe('DZA');
    expect(e?.rules).toContain('clause.threat-content');
  });

  it('reads "vowed to keep attacking" as a threat, and "pledged to stop attacking" as no threat', () => {
    const [vow] = code('The militia vowed to keep attacking convoys on the highway.');
    expect(vow?.type).toBe('THREATEN');
    const [pledge] = code('The militia pledged to stop attacking convoys on the highway.');
    expect(pledge?.type).not.toBe('THREATEN');
  });
});

describe('a relative clause between the subject and its verb', () => {
  it('gives the main verb the subject before ", who ...,", with each act its own date', () => {
    const ev = code('The rebels, who captured Kindu in March, seized Kalemie on Sunday.', '2025-06-10');
    const kindu = ev.find((e) => e.recipient?.text === 'Kindu');
    const kalemie = ev.find((e) => e.recipient?.text === 'Kalemie');
    expect(kindu?.actor?.text).toBe('The rebels');
    expect(kalemie?.actor?.text).toBe('The rebels');
    expect(kindu?.date?.from.slice(0, 7)).toBe('2025-03');
    expect(kalemie?.date?.from).toBe('2025-06-08');
  });

  it('reads a town captured as ground taken, and people seized by gunmen as abducted', () => {
    const [town] = code('Rebels seized Kalemie on Sunday.');
    expect(town?.type).toBe('ASSAULT');
    expect(town?.rules).toContain('clause.place-captured');
    const [taken] = code('Gunmen seized two aid workers near Kalemie.');
    expect(taken?.cameo).toBe('181');
    const [arrest] = code('Police seized two suspects near Kalemie.');
    expect(arrest?.cameo).toBe('173');
  });
});

describe('an act denied with a gerund', () => {
  it('codes "denied backing the group" as the backing, denied, and no rejection', () => {
    const ev = code('Uganda denied backing the rebel group.');
    expect(ev.map((e) => `${e.type} ${e.claim}`)).toEqual(['SUPPORT denied']);
    const [shelled] = code('The army denied having shelled the village.');
    expect(shelled?.type).toBe('ASSAULT');
    expect(shelled?.claim).toBe('denied');
  });
});

describe('a town before an event noun', () => {
  it('reads "the Geneva talks" as where the talks are, not who holds them', () => {
    const ev = code('Diplomats hope to revive the stalled Geneva talks next month.');
    expect(ev.every((e) => e.actor?.text !== 'Geneva')).toBe(true);
  });
});

describe('a sentence that opens with a place', () => {
  it('keeps "In Nairobi," out of the subject that follows its comma', () => {
    const ev = code('In Nairobi, the foreign ministers of Kenya and Uganda signed a trade agreement.');
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.every((e) => e.actor?.text !== 'Nairobi')).toBe(true);
  });

  it('places a crowd in "the streets of Tbilisi" in Georgia', () => {
    const [e] = code('Thousands took to the streets of Tbilisi on Sunday.');
    expect(e?.type).toBe('PROTEST');
    expect(e?.actor?.country).toBe('GEO');
  });
});
