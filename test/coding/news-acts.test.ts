import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { code } from './code-helper.js';

const cameos = (ev: CodedEvent[]) =>
  ev.map((e) => `${e.type} ${e.cameo} ${e.actor.code}>${e.recipient?.code ?? '-'}`);

describe('mediation', () => {
  it('is consultation when it is done, the intent to mediate when it is offered or to come', () => {
    expect(cameos(code('Oman has been mediating between Iran and the United States since April.'))).toEqual([
      'CONSULT 045 OMN>IRN',
      'CONSULT 045 OMN>USA',
    ]);
    expect(cameos(code('Brazil offered to mediate between Venezuela and Guyana.'))).toEqual([
      'AGREE 039 BRA>VEN',
      'AGREE 039 BRA>GUY',
    ]);
    const future = code('Kenya will mediate between Ethiopia and Somalia next month.');
    expect(cameos(future)).toEqual(['AGREE 039 KEN>ETH', 'AGREE 039 KEN>SOM']);
    expect(future.map((e) => e.claim)).toEqual(['future', 'future']);
  });
});

describe('a participle after the noun it describes', () => {
  const arrests = (ev: CodedEvent[]) =>
    ev.filter((e) => e.type === 'COERCE').map((e) => `${e.actor.code}>${e.recipient?.code ?? '-'}`);

  it('makes that noun its target before an adjunct and the clause verb', () => {
    expect(arrests(code('Dozens of students detained during the rally were released on Tuesday.'))).toEqual([
      '--->---EDU',
    ]);
  });

  it('makes that noun its target when set off by commas', () => {
    expect(arrests(code('The two journalists, arrested in May, were charged with espionage.'))).toEqual([
      '--->---MED',
    ]);
    const ev = code('The army freed Bazoum, detained since July, on Friday.', '2025-06-06');
    expect(arrests(ev)).toEqual(['--->NERELI']);
  });

  it('leaves an active verb with an adjunct active', () => {
    const ev = code('Rebels attacked in the night, and troops were sent to the town.');
    expect(ev.filter((e) => e.type === 'ASSAULT').map((e) => e.actor.code)).toEqual(['---REB']);
  });
});

describe('a date opened by "since" after a participle', () => {
  it('dates the state the participle tells, not the act of the clause', () => {
    const ev = code('Police released three journalists held since January.', '2025-06-06');
    expect(ev.map((e) => `${e.type} ${e.date?.from}`)).toEqual(['RETREAT 2025-06-06']);
    const raids = code('Israel has struck Gaza since October.', '2025-06-06');
    expect(raids.map((e) => e.date?.from)).toEqual(['2024-10-01']);
  });
});

describe('a restrictive relative clause on the subject', () => {
  it('ends where the main verb follows its object', () => {
    const ev = code('An editor who criticised the president was detained by security agents in Harare.');
    expect(cameos(ev)).toEqual(['ACCUSE 111 ZWEMED>ZWEGOV', 'COERCE 173 ZWECOP>ZWEMED']);
    const killed = code('Three soldiers who were guarding the bridge were killed by rebels.');
    expect(killed.map((e) => `${e.actor.code}>${e.recipient?.code}`)).toEqual(['---REB>---MIL']);
  });
});

describe('an armed side pulling back', () => {
  it('retreats with no object named', () => {
    expect(cameos(code('The rebels withdrew after a government offensive.'))).toEqual([
      'RETREAT 0872 ---REB>-',
    ]);
    expect(cameos(code('Russian troops pulled back from Kherson in November.'))).toEqual([
      'RETREAT 0872 RUSMIL>UKR',
    ]);
  });

  it('is not a retreat when withdrawn by someone else or out of a race', () => {
    expect(
      code('The peacekeepers were withdrawn from Liberia in February.').map((e) => e.type),
    ).not.toContain('RETREAT');
    expect(code('The senator withdrew from the race on Sunday.')).toEqual([]);
  });
});

describe('a bare noun of an institution', () => {
  it('is the thing itself, not an actor', () => {
    const ev = code('The families called for justice after the killings.');
    expect(ev.map((e) => e.recipient?.sector ?? null)).not.toContain('JUD');
    const court = code('The justices rejected the appeal of the opposition leader.');
    expect(court.map((e) => e.actor.sector)).toEqual(['JUD']);
  });
});

describe('accusations traded', () => {
  it('are mutual', () => {
    expect(cameos(code('Venezuela and Guyana traded accusations over the disputed region.'))).toEqual([
      'ACCUSE 112 VEN>GUY',
      'ACCUSE 112 GUY>VEN',
    ]);
    expect(cameos(code('Pakistan exchanged threats with India after the attack.'))).toEqual([
      'THREATEN 130 PAK>IND',
    ]);
  });
});

describe('a gerund of means after "by"', () => {
  it('reports the act, done by the subject of the verb before it', () => {
    expect(cameos(code('Moscow retaliated by expelling twelve Polish diplomats.'))).toEqual([
      'SANCTION 166 RUSGOV>POLGOV',
    ]);
    expect(
      cameos(code('The army responded by shelling the rebel town.')).map((x) => x.split(' ')[0]),
    ).toEqual(['ASSAULT']);
    const ev = code('The riot police broke up the sit-in by arresting dozens of students.');
    expect(
      ev.filter((e) => e.type === 'COERCE').map((e) => `${e.actor.sector}>${e.recipient?.sector}`),
    ).toEqual(['COP>EDU']);
  });

  it('is no act after a passive or another preposition', () => {
    expect(code('He was accused of bombing the embassy.').map((e) => e.type)).not.toContain('ASSAULT');
    expect(code('The rebels were weakened by losing the port.')).toEqual([]);
  });
});

describe('a release ordered', () => {
  it('is the release of the people named', () => {
    const ev = code('A court in Dakar ordered the release of the opposition leader on Monday.');
    expect(ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.sector}`)).toEqual(['RETREAT SENJUD>OPP']);
    expect(code('The ministry announced the release of its annual report.')).toEqual([]);
  });
});

describe('troops sent abroad', () => {
  it('give protection on a peacekeeping mission and military aid to help or train', () => {
    expect(
      cameos(code('Ghana sent 400 soldiers to South Sudan as part of a UN peacekeeping mission.')),
    ).toEqual(['AID 074 GHA>SSD']);
    expect(cameos(code('France deployed 50 instructors to Mali to train Malian troops.'))).toEqual([
      'AID 072 FRA>MLIMIL',
    ]);
  });

  it('arrive on no visit when they come to keep the peace', () => {
    expect(
      cameos(code('About 200 Nepalese troops arrived in Lebanon to join the UN peacekeeping mission.')),
    ).toEqual(['AID 074 NPLMIL>LBN']);
    expect(
      cameos(code('The Nepalese prime minister arrived in Lebanon for talks on the peacekeeping mission.')),
    ).toEqual(['CONSULT 042 NPLGOV>LBN']);
  });

  it('are a show of force otherwise, and at home', () => {
    expect(cameos(code('Russia deployed more troops to the border with Ukraine.'))).toEqual([
      'MOBILIZE 154 RUS>UKR',
    ]);
    expect(code('Kenya deployed troops to Nairobi to help the police.').map((e) => e.type)).toEqual([
      'MOBILIZE',
    ]);
  });
});

describe('a passive whose subject holds the object words', () => {
  it('is read as the act the words name', () => {
    expect(cameos(code('Three Dutch diplomats were expelled from Venezuela on Friday.'))).toEqual([
      'SANCTION 166 VEN>NLDGOV',
    ]);
    expect(cameos(code('Dozens of protesters were arrested in Minsk.'))).toEqual(['COERCE 173 --->BLRCVL']);
  });

  it('finds the target of a thing done where the active verb has it', () => {
    const ev = code('Sanctions were imposed on Belarus last year, the Treasury said.', '2025-06-06');
    expect(ev.map((e) => `${e.type} ${e.cameo} ${e.recipient?.code} ${e.date?.from}`)).toEqual([
      'SANCTION 163 BLR 2024-01-01',
    ]);
  });

  it('lets those withdrawn withdraw from the place they leave', () => {
    const ev = code('Two hundred Kenyan peacekeepers were pulled out of Somalia last month.');
    expect(ev.map((e) => `${e.type} ${e.actor.country}>${e.recipient?.country}`)).toEqual([
      'SANCTION KEN>SOM',
    ]);
  });
});

describe('a restriction whose clause names no place', () => {
  it('is aimed at the place where the sentence says things happen', () => {
    const ev = code('The Kenyan government imposed a curfew after rioters burned shops in Mombasa.');
    expect(ev.filter((e) => e.type === 'COERCE').map((e) => `${e.actor.code}>${e.recipient?.code}`)).toEqual([
      'KENGOV>KEN',
    ]);
    expect(ev.find((e) => e.type === 'COERCE')?.rules).toContain('clause.restriction-sentence-place');
  });
});

describe('a participle after a venue', () => {
  it('is the act of the clause subject, not of the venue', () => {
    const ev = code(
      'Gambia filed a case at the International Court of Justice accusing Myanmar of genocide.',
    );
    expect(ev.map((e) => e.actor.code)).not.toContain('IGOUNOJUD');
    expect(ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.code}`)).toContain('ACCUSE GMB>MMR');
  });
});

describe('tariffs', () => {
  it('are a sanction on the country the goods come from, imposed or answered with', () => {
    expect(cameos(code('Washington imposed 25 percent tariffs on steel imports from Brazil.'))).toEqual([
      'SANCTION 163 USAGOV>BRA',
    ]);
    expect(cameos(code('Beijing retaliated with tariffs of 15 percent on imports from Australia.'))).toEqual([
      'SANCTION 163 CHNGOV>AUS',
    ]);
  });
});

describe('harm done by a thing', () => {
  it('is another sense of the verb of violence', () => {
    expect(code('Tariffs hurt soybean farmers across the Midwest.')).toEqual([]);
  });

  it('is still an attack when the thing is an act of violence or a weapon', () => {
    expect(code('The air strike killed 12 people in Idlib.').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(code('A missile hit a school in Kharkiv.').map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('taking part', () => {
  it('in war games is military cooperation, in peacekeeping operations protection given', () => {
    expect(cameos(code('Brazilian and Chilean marines took part in joint war games off Rio.'))[0]).toMatch(
      /^COOPERATE 062 /,
    );
    expect(cameos(code('Nepalese troops participate in peacekeeping operations in Lebanon.'))).toEqual([
      'AID 074 NPLMIL>LBN',
    ]);
  });

  it('reads a lifted measure in the passive with its words in the subject', () => {
    expect(code('EU sanctions against Belarus were lifted on Monday.').map((e) => e.type)).toEqual([
      'RETREAT',
    ]);
  });
});

describe('support given as money', () => {
  it('is economic aid, and support for a text about aid is none', () => {
    expect(cameos(code('Norway has long supported economic assistance to the Palestinians.'))).toEqual([
      'AID 071 NOR>PSE',
    ]);
    expect(code('Germany supported a UN resolution on humanitarian assistance.').map((e) => e.type)).toEqual([
      'SUPPORT',
    ]);
  });
});

describe('a headline verb after a person', () => {
  it('is read as the verb when the headline has no other', () => {
    expect(cameos(code('Biden lifts embargo on arms sales to Vietnam.'))).toEqual(['RETREAT 085 USAGOV>VNM']);
    expect(code('Apple shares rose on Monday.')).toEqual([]);
  });
});

describe('a vow to hunt down attackers', () => {
  it('is a threat of force, not an offer', () => {
    const ev = code(
      'Gunmen killed 12 soldiers on Thursday, the army said, vowing to hunt down the attackers.',
    );
    expect(ev.map((e) => `${e.type} ${e.cameo}`)).toContain('THREATEN 138');
    expect(ev.map((e) => e.type)).not.toContain('AGREE');
  });
});
