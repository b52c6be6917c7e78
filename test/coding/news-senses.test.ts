import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { brief, code } from './code-helper.js';

const codes = (ev: CodedEvent[]) => ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.code ?? '-'}`);

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

describe('sport in one sentence', () => {
  it('codes no capture of a trophy and no accusation of a referee', () => {
    expect(code('England captured the Ashes after a dramatic final day.')).toEqual([]);
    expect(code("Manchester City's manager accused the referee of bias.")).toEqual([]);
  });

  it('still codes a captured soldier', () => {
    expect(code('Rebels captured two soldiers near the border.').map((e) => e.cameo)).toEqual(['181']);
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

describe('house arrest, counts of victims and participles before nouns', () => {
  it('codes someone placed under house arrest', () => {
    expect(code('The army placed the president under house arrest.').map((e) => e.cameo)).toEqual(['173']);
  });

  it('reads "abducted more than 280 pupils" as the clause’s verb', () => {
    const ev = code('Armed men abducted more than 280 pupils from a school in Kaduna state.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ASSAULT 181']);
  });

  it('codes no act for a participle that modifies a noun ("a camp for displaced people")', () => {
    const ev = code('The militia shelled a camp for displaced people in North Darfur.');
    expect(ev.map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('raids and recalled envoys', () => {
  it('codes a raid that kills as an attack', () => {
    const ev = code('Israeli forces raided the Jenin refugee camp, killing nine Palestinians.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ASSAULT 190']);
  });

  it('leaves a raid on offices a search', () => {
    expect(code('Police raided the offices of the newspaper.').map((e) => e.cameo)).toEqual(['1711']);
  });

  it('aims a recalled ambassador at the country the envoy was in', () => {
    const ev = code('Algeria recalled its ambassador to France.');
    expect(ev.map((e) => `${e.type} ${e.actor.country}>${e.recipient?.country}`)).toEqual([
      'SANCTION DZA>FRA',
    ]);
  });
});

describe('approving a bid', () => {
  it('supports the applicant', () => {
    const ev = code("Turkey's parliament approved Sweden's bid to join NATO.");
    expect(ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.country}`)).toEqual([
      'SUPPORT TURLEG>SWE',
    ]);
  });

  it('leaves a budget approved alone', () => {
    expect(code('The committee approved the budget.')).toEqual([]);
  });
});

describe('a sit-in', () => {
  it('is a protest when students or workers occupy a place', () => {
    const ev = code('Students occupied the university campus to protest against the war.');
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toEqual(['PROTEST 144']);
  });

  it('leaves troops occupying a town an occupation', () => {
    expect(code('Russian troops occupied the town of Avdiivka.').map((e) => e.cameo)).toEqual(['192']);
  });
});

describe('a measure that was lifted', () => {
  it('is not coded as imposed', () => {
    expect(
      code('UN sanctions against Iran were lifted on 16 January 2016.').map((e) => e.type),
    ).not.toContain('SANCTION');
  });

  it('leaves sanctions imposed a sanction', () => {
    expect(code('New UN sanctions against Iran were imposed on Monday.').map((e) => e.type)).toContain(
      'SANCTION',
    );
  });
});
