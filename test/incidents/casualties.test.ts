import { describe, expect, it } from 'vitest';
import { casualtiesFromText, extractCasualties } from '../../src/casualties/casualties.js';
import type { AnalyzedArticle, Sentence } from '../../src/core/records.js';
import { article } from './fixtures.js';

describe('casualtiesFromText: ranges', () => {
  it('reads "more than", "at least" and "up to" as open or closed ranges', () => {
    expect(casualtiesFromText('The raid killed more than 20 people, officials said.').killed).toMatchObject({
      min: 21,
      max: null,
      qualifier: 'more than',
    });
    expect(casualtiesFromText('The navy said at least 9 crew were killed on Friday.').killed).toMatchObject({
      min: 9,
      max: null,
    });
    expect(casualtiesFromText('Up to 12 people died when the launch was hit.').killed).toMatchObject({
      min: null,
      max: 12,
    });
  });

  it('reads exact counts in several wordings', () => {
    const cases: [string, number][] = [
      ['Forces fired on a speedboat near the reef, killing five men.', 5],
      ['Four were killed in the attack on the skiff.', 4],
      ['Seven dead after the patrol opened fire, a spokesman said.', 7],
      ['The officer said the attack on the skiff killed twenty-two.', 22],
      ["The death toll from Sunday's raid rose to nine.", 9],
    ];
    for (const [text, n] of cases)
      expect(casualtiesFromText(text).killed, text).toMatchObject({ min: n, max: n, best: n });
  });

  it('counts people killed including survivors of a first blast once, not as survivors', () => {
    const c = casualtiesFromText(
      'The opening raid killed 9 people, including three survivors of the first blast.',
    );
    expect(c.killed).toMatchObject({ best: 9 });
    expect(c.survivors).toBeUndefined();
  });

  it('keeps survivors, injured and arrested apart from the dead', () => {
    const c = casualtiesFromText(
      'Two people were killed, three were wounded and one survivor was pulled from the water.',
    );
    expect(c.killed?.best).toBe(2);
    expect(c.injured?.best).toBe(3);
    expect(c.survivors?.best).toBe(1);
    expect(casualtiesFromText('Police arrested 14 suspects at the dock.').arrested?.best).toBe(14);
    expect(casualtiesFromText('Six fishermen remain missing after the storm of fire.').missing?.best).toBe(6);
  });

  it('does not count boats, days or a "no one" as people', () => {
    const c = casualtiesFromText('The crew of 3 boats spent 12 days at sea and no one was hurt.');
    expect(c.killed).toBeUndefined();
    expect(c.injured).toMatchObject({ min: 0, max: 0 });
  });
});

describe('casualtiesFromText: cumulative against per-incident', () => {
  it('marks a running total of a campaign as cumulative', () => {
    const c = casualtiesFromText(
      'Since mid-August, the raids have killed at least 40 people along the coast.',
    );
    expect(c.killed).toMatchObject({ min: 40, cumulative: true });
    expect(c.killedTotal).toMatchObject({ min: 40 });
  });

  it("separates one strike's toll from the total it brings the campaign to", () => {
    const c = casualtiesFromText(
      'The latest strike killed three people, bringing the toll of the campaign to 52.',
    );
    expect(c.killed).toMatchObject({ best: 3 });
    expect(c.killed?.cumulative).toBeUndefined();
    expect(c.killedTotal).toMatchObject({ best: 52, cumulative: true });
  });

  it('treats a toll tied to one named strike as per-incident', () => {
    const c = casualtiesFromText("The toll from Thursday's strike rose to six.");
    expect(c.killed).toMatchObject({ best: 6 });
    expect(c.killed?.cumulative).toBeUndefined();
  });

  it('reads "in N strikes" as a running total', () => {
    expect(casualtiesFromText('The US has killed 41 people in 10 strikes.').killed?.cumulative).toBe(true);
  });
});

describe('casualtiesFromText: nationality', () => {
  it('records the nationality of victims where the text gives it', () => {
    expect(casualtiesFromText('The attack killed four Ecuadorian fishermen.').killed).toMatchObject({
      best: 4,
      nationality: 'ECU',
    });
    expect(casualtiesFromText('Quito said the strike killed an Ecuadorian sailor.').killed).toMatchObject({
      best: 1,
      nationality: 'ECU',
    });
    expect(casualtiesFromText('Three Peruvians were among the eight killed.').killed).toMatchObject({
      best: 8,
      nationality: 'PER',
    });
    const uncounted = casualtiesFromText(
      'He condemned raids that caused the deaths of Venezuelan nationals.',
    );
    expect(uncounted.killed).toMatchObject({ best: null, nationality: 'VEN' });
  });

  it("does not take a title for the victims' nationality", () => {
    expect(
      casualtiesFromText('Mexican President Ana Ruiz said the strike killed three men.').killed?.nationality,
    ).toBeUndefined();
  });
});

describe('extractCasualties', () => {
  const text = 'A short report. Officials said the blast killed about 15 sailors.';
  const sentences: Sentence[] = [
    { index: 0, start: 0, end: 16, text: 'A short report.', paragraph: 0 },
    { index: 1, start: 16, end: text.length, text: text.slice(16), paragraph: 0 },
  ];
  const base: AnalyzedArticle = {
    article: { ...article('a1', 'Sample Wire', '2025-01-05'), text },
    sentences,
    tokens: [],
    mentions: [],
    quotes: [],
    markers: [],
    quantities: [],
    dates: [],
  };

  it('gives spans in article offsets', () => {
    const k = extractCasualties(base, 1).killed!;
    expect(k.best).toBe(15);
    expect(text.slice(k.span!.start, k.span!.end)).toBe(k.phrase);
    expect(k.phrase).toContain('about 15');
  });

  it('prefers the language stage quantity when it covers the number', () => {
    const at = text.indexOf('about 15');
    const analyzed: AnalyzedArticle = {
      ...base,
      quantities: [
        {
          sentence: 1,
          start: at,
          end: at + 8,
          text: 'about 15',
          min: 13,
          max: 17,
          best: 15,
          qualifier: 'about',
        },
      ],
    };
    expect(extractCasualties(analyzed, 1).killed).toMatchObject({
      min: 13,
      max: 17,
      best: 15,
      qualifier: 'about',
    });
  });

  it('uses a "since" date from the language stage as a cumulative cue', () => {
    const t2 = 'Raids have killed 30 people.';
    const analyzed: AnalyzedArticle = {
      ...base,
      article: { ...base.article, text: t2 },
      sentences: [{ index: 0, start: 0, end: t2.length, text: t2, paragraph: 0 }],
      dates: [],
    };
    expect(extractCasualties(analyzed, 0).killed?.cumulative).toBe(true);
    expect(extractCasualties(analyzed, 5)).toEqual({});
  });
});
