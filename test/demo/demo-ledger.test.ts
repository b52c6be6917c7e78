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

  it('finds every stated running total consistent with the ledger, bar two other tallies', () => {
    const verdicts = campaign.statedTotals.map((t) => `${t.asOf} ${t.stated?.figure} ${t.verdict}`);
    const disagree = campaign.statedTotals.filter((t) => t.verdict === 'disagrees');
    // "At least 46" (Oct. 25) and "72" (Nov. 10) are outlets' own tallies that differ from the
    // sum of the strikes announced; the articles say so.
    expect(disagree.map((t) => [t.asOf, t.stated?.figure, t.delta])).toEqual([
      ['2025-10-25', 46, 3],
      ['2025-11-10', 72, -3],
    ]);
    expect(disagree.every((t) => /is 3 (?:above|below) the campaign/.test(t.reason ?? ''))).toBe(true);
    expect(verdicts.filter((v) => v.endsWith('matches')).length).toBeGreaterThanOrEqual(10);
    for (const t of campaign.statedTotals)
      if (t.verdict === 'within-range') expect(Math.abs(t.delta ?? 99)).toBeLessThanOrEqual(4);
  });
});
