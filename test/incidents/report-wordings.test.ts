import { describe, expect, it } from 'vitest';
import { casualtiesFromText } from '../../src/casualties/casualties.js';
import type { Article } from '../../src/core/records.js';
import { articleActDays } from '../../src/incidents/article-act-day.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { statedDays } from '../../src/incidents/event-date.js';
import { retractsFigure } from '../../src/incidents/retracted-figure.js';
import { processArticle } from '../../src/pipeline/pipeline.js';
import { textArticle } from './fixtures.js';

const read = textArticle;

describe('dates of news wordings', () => {
  it('reads "this morning" and "tonight" as the day of publication', () => {
    expect(statedDays('The navy hit a skiff this morning near the cape.', '2025-06-10')).toEqual([
      '2025-06-10',
    ]);
    expect(statedDays('Officials said a second raid came tonight.', '2025-06-10')).toEqual(['2025-06-10']);
  });

  it('counts "a day earlier" and "the previous day" back from the announcement', () => {
    // 2025-06-14 is a Saturday.
    expect(
      statedDays('The minister said Saturday that the navy had struck a launch a day earlier.', '2025-06-16'),
    ).toEqual(['2025-06-14', '2025-06-13']);
    expect(statedDays('The launch was hit two days earlier, officials said.', '2025-06-16')).toEqual([
      '2025-06-14',
    ]);
    const a = read(
      'The minister said Saturday that the navy had struck a launch in the Gulf of Aden the previous day, killing three people.',
      '2025-06-16',
    );
    const { incidents } = buildIncidents(processArticle(a).events, new Map([[a.id, a]]));
    expect(incidents.map((i) => [i.date.from, i.casualties.killed?.best])).toEqual([['2025-06-13', 3]]);
  });

  it('finds the day an article says its strike was carried out, not the day it was announced', () => {
    // 2025-06-13 is a Friday.
    const a = read(
      'The coast guard said it killed five people on a launch. The strike, announced Thursday by the U.S. Coast Guard, was carried out on Tuesday.',
      '2025-06-13',
    );
    expect(articleActDays(a, '2025-06-13')).toEqual(['2025-06-10']);
    const none = read(
      'The navy said on Thursday that it had struck a launch, killing five people.',
      '2025-06-13',
    );
    expect(articleActDays(none, '2025-06-13')).toEqual([]);
  });

  it('dates an undated strike report by the day the article gives for the strike', () => {
    const a = read(
      'The navy said it killed five people in a strike on a launch in the Gulf of Aden, days after the attack. The strike, announced Thursday, was carried out on Tuesday.',
      '2025-06-13',
    );
    const { incidents } = buildIncidents(processArticle(a).events, new Map([[a.id, a]]));
    const dated = incidents.filter((i) => i.casualties.killed?.best === 5);
    expect(dated.map((i) => [i.date.from, i.date.to])).toEqual([['2025-06-10', '2025-06-10']]);
  });

  it('leaves the date alone when an article gives several days for its strikes', () => {
    const a = read(
      'The first strike was carried out on Monday. A second attack took place on Wednesday.',
      '2025-06-13',
    );
    expect(articleActDays(a, '2025-06-13')).toEqual(['2025-06-09', '2025-06-11']);
  });
});

describe('figures set aside', () => {
  it('recognises correction notes and figures given as wrong', () => {
    expect(retractsFigure('Correction: An earlier version of this story said nine people had died.')).toBe(
      true,
    );
    expect(retractsFigure('The ministry had incorrectly reported that 12 sailors were killed.')).toBe(true);
    expect(retractsFigure('An earlier strike on the same route killed nine people.')).toBe(false);
  });

  it('drops the withdrawn figure so it makes no incident of its own', () => {
    const a = read(
      'A navy strike on a launch in the Gulf of Aden on Monday killed eight people, officials said. Correction: An earlier version of this story said six people had been killed in the strike.',
      '2025-06-10',
    );
    const { incidents } = buildIncidents(processArticle(a).events, new Map([[a.id, a]]));
    expect(incidents.map((i) => i.casualties.killed?.best)).toEqual([8]);
  });
});

describe('tolls revised and follow-up strikes', () => {
  const build = (...list: Article[]) =>
    buildIncidents(
      list.flatMap((a) => processArticle(a).events),
      new Map(list.map((a) => [a.id, a])),
    ).incidents;

  it('lets a revised toll replace the earlier report of the same strike', () => {
    // 2025-06-10 is a Tuesday.
    const first = read(
      'Navy forces struck a launch in the Gulf of Aden on Tuesday, killing three people, the minister said.',
      '2025-06-10',
    );
    const revised = read(
      "The ministry revised the toll from Tuesday's strike in the Gulf of Aden to two, saying an earlier figure of three was wrong.",
      '2025-06-11',
    );
    const incidents = build(first, revised);
    expect(incidents.map((i) => [i.date.from, i.casualties.killed])).toEqual([
      ['2025-06-10', { low: 2, best: 2, high: 2 }],
    ]);
    expect(incidents[0].sources).toHaveLength(2);
  });

  it('keeps two strikes in one sea on one day apart when neither revises the other toll', () => {
    const a = read(
      'Navy forces struck a launch in the Gulf of Aden on Tuesday, killing three people, the minister said.',
      '2025-06-10',
    );
    const b = read(
      'A navy strike in the Gulf of Aden on Tuesday killed nine people, officials said.',
      '2025-06-11',
    );
    // two incidents of one day come in id order, which hangs on the events' codes: compare as a set
    const tolls = build(a, b).map((i) => i.casualties.killed?.best ?? 0);
    expect(tolls.sort((x, y) => x - y)).toEqual([3, 9]);
  });

  it("keeps the undated toll of one of a day's several strikes inside that day's incident", () => {
    // 2025-06-10 is a Tuesday.
    const a = read(
      'The minister said the navy carried out three strikes on Monday against four boats in the Gulf of Aden, killing 14 people. The first strike killed eight people, the second four and the third two.',
      '2025-06-10',
    );
    expect(build(a).map((i) => [i.date.from, i.date.to, i.casualties.killed?.best])).toEqual([
      ['2025-06-09', '2025-06-09', 14],
    ]);
  });

  it('puts survivors killed when forces "fired again" into the first strike, not a new incident', () => {
    const a = read(
      'The strike on Tuesday killed eleven people, the president said. Officials later said the military had fired again at the boat after the first hit, killing two survivors.',
      '2025-06-11',
    );
    const incidents = build(a);
    expect(incidents.map((i) => [i.date.from, i.casualties.killed?.best])).toEqual([['2025-06-10', 11]]);
  });
});

describe('counts of things beside counts of people', () => {
  it('does not take "two more boats" for a count of the dead', () => {
    const c = casualtiesFromText('The strikes on two more boats killed six, pushing the death toll past 75.');
    expect(c.killed).toMatchObject({ best: 6 });
    expect(c.killedTotal).toMatchObject({ min: 76, max: null, qualifier: 'past' });
  });
});

describe('running totals against one day of strikes', () => {
  it('reads the perfect over plural strikes as a tally, the simple past as one incident', () => {
    const tally = casualtiesFromText('At least 21 people have been killed in the strikes.');
    expect(tally.killed?.cumulative).toBe(true);
    expect(casualtiesFromText('Forty people have now died in US strikes on boats.').killed?.cumulative).toBe(
      true,
    );
    const day = casualtiesFromText('Fourteen people were killed in the strikes, according to the navy.');
    expect(day.killed).toMatchObject({ best: 14 });
    expect(day.killed?.cumulative).toBeUndefined();
  });
});
