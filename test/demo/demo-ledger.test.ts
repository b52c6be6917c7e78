import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Campaign, CodedEvent, Incident } from '../../src/core/records.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { processArticle } from '../../src/pipeline/pipeline.js';

const DEMO = join(import.meta.dirname, '..', '..', 'demo');

/** Day and toll of each strike the demo articles report, as the articles themselves tell them. */
const STRIKES: [string, number][] = [
  ['2025-09-02', 11],
  ['2025-09-15', 3],
  ['2025-09-19', 3],
  ['2025-10-03', 4],
  ['2025-10-14', 6],
  ['2025-10-16', 2],
  ['2025-10-17', 3],
  ['2025-10-21', 2],
  ['2025-10-22', 3],
  ['2025-10-24', 6],
  ['2025-10-27', 14],
  ['2025-10-29', 4],
  ['2025-11-01', 3],
  ['2025-11-04', 2],
  ['2025-11-06', 3],
  ['2025-11-09', 6],
  ['2025-11-10', 4],
  ['2025-11-15', 3],
  ['2025-12-04', 4],
  ['2025-12-15', 8],
  ['2025-12-17', 4],
];

describe('demo corpus ledger', { timeout: 120_000 }, () => {
  let incidents: Incident[];
  let campaign: Campaign;

  beforeAll(async () => {
    const events: CodedEvent[] = [];
    const articles = new Map<string, Article>();
    for await (const item of readInputs([DEMO])) {
      if (!('article' in item)) continue;
      articles.set(item.article.id, item.article);
      events.push(...processArticle(item.article).events);
    }
    const built = buildIncidents(events, articles);
    incidents = built.incidents;
    expect(built.campaigns).toHaveLength(1);
    campaign = built.campaigns[0];
  });

  it('makes each strike one incident with its day and toll', () => {
    for (const [date, killed] of STRIKES) {
      const onDay = incidents.filter((i) => i.date.granularity === 'day' && i.date.from === date);
      expect([date, onDay.map((i) => i.casualties.killed?.best)]).toEqual([date, [killed]]);
    }
    const dayDated = incidents.filter((i) => i.date.granularity === 'day');
    expect(dayDated).toHaveLength(STRIKES.length);
  });

  it('keeps the survivor missing after the Oct. 27 strikes in the campaign high', () => {
    const oct27 = incidents.find((i) => i.date.from === '2025-10-27')!;
    expect(oct27.casualties.missing?.best).toBe(1);
    expect(campaign.killed).toMatchObject({ low: 98, best: 98, high: 99, missing: 1 });
  });

  it('checks every running total the articles state, and only two other tallies disagree', () => {
    // Tallies come from coded events and from sentences the coder found no event in ("The attack
    // brought the death toll of the campaign to 32", "Other tallies put the number at about 65").
    expect(campaign.statedTotals.map((t) => [t.asOf, t.stated?.figure, t.verdict])).toEqual([
      ['2025-09-15', 14, 'matches'],
      ['2025-09-16', 14, 'matches'],
      ['2025-09-19', 17, 'matches'],
      ['2025-09-27', 17, 'matches'],
      ['2025-10-03', 21, 'matches'],
      ['2025-10-14', 27, 'matches'],
      ['2025-10-18', 29, 'matches'],
      ['2025-10-19', 32, 'matches'],
      ['2025-10-23', 37, 'matches'],
      ['2025-10-24', 43, 'matches'],
      ['2025-10-25', 46, 'disagrees'],
      ['2025-10-28', 57, 'matches'],
      ['2025-10-30', 61, 'matches'],
      ['2025-11-02', 64, 'matches'],
      ['2025-11-02', 65, 'within-range'],
      ['2025-11-07', 66, 'matches'],
      ['2025-11-07', 67, 'within-range'],
      ['2025-11-10', 72, 'disagrees'],
      ['2025-11-11', 76, 'within-range'],
      ['2025-11-11', 75, 'matches'],
      ['2025-11-12', 70, 'within-range'],
      ['2025-11-14', 80, 'within-range'],
      ['2025-11-16', 83, 'within-range'],
      ['2025-11-16', 82, 'matches'],
      ['2025-12-03', 80, 'within-range'],
      ['2025-12-18', 99, 'within-range'],
      ['2025-12-18', 95, 'within-range'],
    ]);
    // "At least 46" (Oct. 25) and "72" (Nov. 10) are outlets' own tallies, off the sum of the
    // strikes announced by 3 either way; the reason says so.
    const disagree = campaign.statedTotals.filter((t) => t.verdict === 'disagrees');
    expect(disagree.map((t) => [t.delta, t.reason?.match(/is 3 (above|below) the campaign/)?.[1]])).toEqual([
      [3, 'above'],
      [-3, 'below'],
    ]);
    // "counted 67 dead after the Tuesday attack" is set against the campaign through that strike.
    const after = campaign.statedTotals.find((t) => t.stated?.figure === 67)!;
    expect(after.campaign).toMatchObject({ best: 66, high: 67, through: '2025-11-04' });
  });
});
