import { describe, expect, it } from 'vitest';
import { contextPlaces } from '../../src/actors/resolve-text.js';
import { brief, code } from './code-helper.js';

describe('a country name before a currency sign is money', () => {
  it('lends no country to a person of the same sentence', () => {
    const ev = code(
      'Former president Juan Ortega was accused of stealing US $20 million by Peruvian government officials.',
    );
    expect(ev.map(brief)).toEqual(['ACCUSE PER>PER asserted']);
  });
});

describe('an unresolved pronoun subject of a report is its speaker', () => {
  it('makes "it" in "X announced that it ..." the announcer', () => {
    const ev = code(
      'The Ghana Association of Nurses (GAN), the main body for hospital nurses, announced Monday that it has called off a week-long strike after talks with the Ghanaian government.',
    );
    expect(ev.map(brief)).toEqual(['CONCEDE GHA>GHA attributed']);
    expect(ev[0].rules).toContain('clause.pronoun-is-speaker');
  });
});

describe('the owner named inside an object is the target', () => {
  it('takes "X" in "defended the right of X" before a later phrase', () => {
    const ev = code('France defended the right of Malian troops to fire on rebels in Niger.');
    expect(ev.map(brief)).toEqual(['SUPPORT FRA>MLI asserted']);
    expect(ev[0].rules).toContain('clause.object-owner');
  });
});

describe('the forces mobilized are the actor’s own', () => {
  it('looks for the target after the forces', () => {
    const ev = code('Iran has trained hundreds of fighters capable of launching raids against Israel.');
    expect(ev.map(brief)).toEqual(['MOBILIZE IRN>ISR asserted']);
    expect(ev[0].rules).toContain('clause.mobilized-own');
  });

  it('leaves a deployment with no target without one', () => {
    const ev = code('Chile deployed extra troops on Monday.');
    expect(ev.map(brief)).toEqual(['MOBILIZE CHL>- asserted']);
  });
});

describe('places too small for the actor index', () => {
  it('reads a town as a place of its own country, not of the attacker', () => {
    const ev = code('Somali troops shelled houses in Mandera.');
    expect(ev.map(brief)).toEqual(['ASSAULT SOM>KEN asserted']);
    expect(ev[0].recipient?.rules).toContain('place.town');
  });

  it('does not take the weapons fired for the target', () => {
    const ev = code('Somali gunmen fired rockets at targets in Mandera.');
    expect(ev.map(brief)).toEqual(['ASSAULT SOM>KEN asserted']);
  });

  it('reads "the West Bank" as the territory, not "the West"', () => {
    expect(contextPlaces('Jordanian doctors worked in the West Bank for a year.')).toEqual(['PSE']);
  });
});

describe('the place of an event as its target', () => {
  it('makes the city where aid is suspended the target, a capital included', () => {
    const ev = code('Swiss aid workers suspended food deliveries in Kabul on Tuesday.');
    expect(ev.map(brief)).toEqual(['SANCTION CHE>AFG asserted']);
    expect(ev[0].rules).toContain('clause.place-target');
  });

  it('makes the country of a riot by foreigners its target', () => {
    const ev = code('Afghan prisoners rioted on Sunday at a jail in northern Iran.');
    expect(ev[0].recipient?.country).toBe('IRN');
  });

  it('does not make the venue of suspended talks their target', () => {
    const ev = code('Peruvian officials suspended talks in Geneva on Friday.');
    expect(ev.map((e) => e.recipient?.country ?? null)).toEqual([null]);
  });
});

describe('an act named again without its actor', () => {
  const story =
    'Ethiopian jets bombed rebel camps near the border on Monday. ' +
    'These raids have killed at least 30 people, aid workers said. ' +
    'Eritrea condemned attacks on civilian villages.';

  it('takes the actor of the article’s last such act for "these raids"', () => {
    const ev = code(story).filter((e) => e.sentence === 1 && e.type === 'ASSAULT');
    expect(ev.map((e) => e.actor.country)).toEqual(['ETH']);
    expect(ev[0].rules).toContain('article.event-actor');
  });

  it('makes the attacker the target of a condemnation of "attacks"', () => {
    const ev = code(story).filter((e) => e.sentence === 2);
    expect(ev.map(brief)).toEqual(['ACCUSE ERI>ETH asserted']);
  });

  it('leaves an indefinite act without an earlier actor', () => {
    const ev = code('Ethiopian jets bombed rebel camps on Monday. An attack killed 30 people in Somalia.');
    expect(ev.filter((e) => e.sentence === 1).some((e) => e.actor.country === 'ETH')).toBe(false);
  });
});

describe('an act that names its own actor', () => {
  it('keeps the actor named in front of it', () => {
    const ev = code(
      'Ethiopian jets bombed rebel camps on Monday. Eritrea condemned Sudanese attacks on villages.',
    );
    expect(ev.filter((e) => e.sentence === 1).map(brief)).toEqual(['ACCUSE ERI>SDN asserted']);
  });
});

describe('a reporting aside in a relative clause', () => {
  it('makes the speaker the claim source and the act its own actor’s', () => {
    const ev = code('Cuba condemned the Brazilian raid on a farm that Lima says killed four guards.');
    const killed = ev.find((e) => e.type === 'ASSAULT');
    expect(killed && brief(killed)).toBe('ASSAULT BRA>- attributed');
    expect(killed?.claimSource?.country).toBe('PER');
    expect(killed?.rules).toContain('clause.reporting-aside');
  });

  it('reads a claim as an allegation even when the tagger takes "claims" for a noun', () => {
    const ev = code('The raid, which the army claims killed five militants, drew protests.');
    const killed = ev.find((e) => e.type === 'ASSAULT');
    expect(killed?.claim).toBe('alleged');
    expect(killed?.actor.code).toBe('---');
    expect(killed?.claimSource?.sector).toBe('MIL');
  });

  it('keeps "that" + plural noun + "said" apart from the speaker', () => {
    const ev = code('The attack that officials said wounded three soldiers happened near the border.');
    const hurt = ev.find((e) => e.type === 'ASSAULT');
    expect(hurt?.actor.text).not.toMatch(/officials/);
    expect(hurt?.claim).toBe('attributed');
  });

  it('leaves a speaker who is the subject of a plain relative clause alone', () => {
    const ev = code('Rebels attacked the town that Ethiopian troops had captured in May.');
    expect(ev.map(brief)).not.toContain(expect.stringMatching(/attributed/));
  });
});

describe('a verb’s object is not sought past "that"', () => {
  it('codes the act of the reported clause, not the reporting verb', () => {
    const ev = code('Police announced that the army would impose a curfew in Tripoli.');
    expect(ev).toHaveLength(1);
    expect(ev[0].actor.sector).toBe('MIL');
    expect(ev[0].rules).toContain('coerce.curfew');
  });

  it('still sees "that" itself right after the verb ("denied that")', () => {
    const ev = code('Turkey denied that its troops shelled Syrian villages.');
    expect(ev.map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('the pronoun subject of a reported plan is its speaker', () => {
  it('follows an infinitive to the reported clause that holds the pronoun', () => {
    const ev = code('The ministry said that it is ready to impose a curfew.');
    expect(ev).toHaveLength(1);
    expect(ev[0].type).toBe('THREATEN');
    expect(ev[0].actor.sector).toBe('GOV');
    expect(ev[0].rules).toContain('clause.pronoun-is-speaker');
  });
});

describe("the actor's own agents", () => {
  it('are not the recipient: "recalled its ambassador from X" aims at X', () => {
    const [e] = code('Chile recalled its ambassador from Lima on Friday.');
    expect(e.type).toBe('SANCTION');
    expect(e.recipient?.country).toBe('PER');
    // the pattern's object (an envoy) is what moves, and "from X" is whom the act aims at
    expect(e.rules).toContain('clause.theme-object');
  });
});
