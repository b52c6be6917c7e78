import { describe, expect, it } from 'vitest';
import { brief, code } from './code-helper.js';

/** Sentences we wrote in the style of sport, weather, market and disaster reports. */
describe('acts that are no political events', () => {
  it.each([
    [
      'a football result with a score',
      'Juventus beat Sevilla 3-1 in the Europa League semi-final on Thursday.',
    ],
    ['a basketball result', 'The Bulls crushed the Knicks 112-97 as their coach praised the defence.'],
    [
      'a tennis match',
      'Jannik Sinner defeated Daniil Medvedev in four sets at the Australian Open tennis final.',
    ],
    ['a club and its coach', 'Liverpool thrashed Chelsea and the coach praised the squad after the match.'],
    [
      'a weather service named like a verb',
      'The Met Office issued an amber warning for snow across Scotland.',
    ],
    ['a named storm as the doer', 'Storm Babet battered eastern Scotland, killing three people.'],
    [
      'an earthquake as the subject',
      'A strong earthquake struck western Turkey on Monday, killing at least 12 people.',
    ],
    [
      'flooding as the subject',
      'Flooding in northern Italy has displaced more than 20,000 people, officials said.',
    ],
    [
      'company figures',
      'Samsung recognised record quarterly revenue as its shares rose on the stock market.',
    ],
    [
      'investors and shares',
      'Investors attacked the carmaker after its shares fell on weak quarterly earnings.',
    ],
  ])('%s gives no event', (_label, text) => {
    expect(code(text).map(brief)).toEqual([]);
  });

  it('keeps a political act in a sentence about sport', () => {
    const events = code(
      'Police fired tear gas at football fans outside the stadium in Cairo after the match.',
    );
    expect(events.map((e) => e.type)).toContain('ASSAULT');
    expect(events[0].actor.sector).toBe('COP');
  });

  it("does not lend a storm's destruction to the government named before it", () => {
    const events = code(
      'The Philippine government sent aid to Leyte after the typhoon destroyed thousands of homes.',
    );
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });

  it('keeps soldiers firing on people during a storm', () => {
    const events = code('During the storm, soldiers fired on protesters in Lagos.');
    expect(events.map((e) => e.type)).toContain('ASSAULT');
  });

  it('keeps a state act on a company or market', () => {
    const types = code(
      'The United States imposed sanctions on Chinese chipmakers, and their shares fell.',
    ).map((e) => e.type);
    expect(types).toContain('SANCTION');
  });

  it.each([
    ['a displaced population', 'Half of the residents of the district are displaced, aid groups said.'],
    ['prisoners who remain held', 'Dozens of students remain detained in the capital.'],
    ['a present state of imprisonment', 'The former mayor is imprisoned in a military jail.'],
  ])('a state is no act: %s', (_label, text) => {
    expect(code(text).map((e) => e.type)).toEqual([]);
  });

  it('still codes the act that made the state, and a stance told with "is"', () => {
    expect(code('Dozens of students were detained in the capital on Friday.').map((e) => e.type)).toEqual([
      'COERCE',
    ]);
    expect(
      code('Ruritania is opposed to the peace plan, its foreign minister said.').map((e) => e.type),
    ).toEqual(['REJECT']);
  });

  it('reads a capitalised trigger word at the start of a sentence', () => {
    expect(
      code('Attackers killed four soldiers in northern Mali, the army said.').map((e) => e.type),
    ).toContain('ASSAULT');
  });
});

describe('words of force used for words', () => {
  it('reads "hit back at" as criticism, and "hit back with air strikes" as force', () => {
    expect(code('Ruritania hit back at Freedonia over the border dispute.').map((e) => e.type)).toEqual([
      'ACCUSE',
    ]);
    expect(code('Ruritania hit back with air strikes on Freedonia.').map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('promises of force', () => {
  it('reads "vowed to retaliate" and "vowed revenge" as threats, not offers', () => {
    expect(code('Ruritania vowed to retaliate after the border raid.').map((e) => e.type)).toEqual([
      'THREATEN',
    ]);
    expect(code('The militia vowed revenge against the army.').map((e) => e.type)).toEqual(['THREATEN']);
    expect(code('The government vowed to rebuild the bridge.').map((e) => e.type)).not.toContain('THREATEN');
  });
});

describe('what the whole article is about', () => {
  it('reads every sentence of a match report as sport, not only those with sport words', () => {
    const text = [
      'Atletico Ruritania beat Sporting Freedonia 2-0 in the cup final on Sunday, with their striker scoring twice.',
      'Freedonia attacked relentlessly after the break but could not find a way through.',
      'Their captain struck the crossbar in the last minute.',
    ].join(' ');
    expect(code(text)).toEqual([]);
  });

  it('codes no violence from a disaster report, but keeps the acts of governments in it', () => {
    const text = [
      'A magnitude 7.1 earthquake struck southern Peru on Tuesday, killing at least 60 people.',
      'The tremors destroyed hundreds of homes and cut roads to several villages.',
      'Rescue teams pulled survivors from the rubble as aftershocks shook the region.',
      'Chile pledged emergency aid to Peru on Wednesday.',
    ].join(' ');
    const ev = code(text);
    expect(ev.filter((e) => e.type === 'ASSAULT' || e.type === 'COERCE')).toEqual([]);
    expect(ev.some((e) => e.actor.country === 'CHL')).toBe(true);
  });

  it('keeps a protest by the victims of a flood', () => {
    const text = [
      'Flash floods swept through northern Ruritania last month, killing 40 people and destroying crops.',
      'On Monday hundreds of farmers protested in the capital against slow relief.',
    ].join(' ');
    expect(code(text).map((e) => e.type)).toContain('PROTEST');
  });

  it('does not read a political report as a disaster for one word of weather in it', () => {
    const text = [
      'Ruritanian troops shelled three villages near the Freedonian border on Monday, officials said.',
      'Heavy rain had slowed the advance for a week.',
      'Freedonia accused Ruritania of targeting civilians.',
    ].join(' ');
    const types = code(text).map((e) => e.type);
    expect(types).toContain('ASSAULT');
    expect(types).toContain('ACCUSE');
  });

  it('reads an earnings report and a product launch as business', () => {
    expect(
      code(
        'Globex reported record quarterly revenue on Wednesday, beating analysts expectations. The company attacked rivals over their margins.',
      ),
    ).toEqual([]);
    expect(
      code(
        'Initech unveiled its new smartphone on Tuesday, cutting the price of its cheapest handset. The company attacked rivals over their battery claims.',
      ),
    ).toEqual([]);
  });
});

describe('more reports that are no politics', () => {
  it('codes no killing by an outbreak and no execution in an index name', () => {
    expect(
      code(
        'A cholera outbreak in northern Zambia has killed at least 20 people, health officials said.',
      ).filter((e) => e.type === 'ASSAULT'),
    ).toEqual([]);
    expect(code("Tokyo's Nikkei fell 3 percent and Hong Kong's Hang Seng lost 2 percent.")).toEqual([]);
  });

  it('reads a merger report as business', () => {
    const text = [
      'Globex agreed to buy Initech in a 12 billion dollar deal on Monday.',
      'Shareholders of both companies must approve the merger.',
      'Analysts said the takeover could face scrutiny.',
    ].join(' ');
    expect(code(text).filter((e) => e.actor.text === 'Globex')).toEqual([]);
  });
});

describe('a force named right after an act with no doer', () => {
  it('codes no attack from "were killed in an earthquake", but one from "killed in an attack by rebels"', () => {
    expect(code('At least nine people were killed in an earthquake on Sumatra on Monday.')).toEqual([]);
    const ev = code('At least nine people were killed in an attack by rebels on Monday.');
    expect(ev.some((e) => e.type === 'ASSAULT')).toBe(true);
  });
});
