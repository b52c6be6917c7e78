import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, CodedEvent, Incident } from '../../src/core/records.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { processArticle } from '../../src/pipeline/pipeline.js';

const DIR = join(import.meta.dirname, 'real-style');

/** The strikes the fixture articles tell of: day carried out, toll, and the files that tell it. */
const STRIKES: { day: string; killed: number; files: string[] }[] = [
  { day: '2025-09-02', killed: 11, files: ['01', '09'] },
  { day: '2025-09-15', killed: 3, files: ['02', '09'] },
  { day: '2025-09-19', killed: 3, files: ['09'] },
  { day: '2025-10-03', killed: 4, files: ['09'] },
  { day: '2025-10-14', killed: 6, files: ['03'] },
  { day: '2025-10-21', killed: 2, files: ['11'] },
  { day: '2025-10-22', killed: 3, files: ['11'] },
  { day: '2025-10-24', killed: 6, files: ['04'] },
  { day: '2025-10-27', killed: 14, files: ['07', '08'] },
  { day: '2025-11-01', killed: 3, files: ['05'] },
  { day: '2025-11-10', killed: 4, files: ['06'] },
  { day: '2025-12-04', killed: 4, files: ['12'] },
  { day: '2025-12-15', killed: 8, files: ['10'] },
];

describe('real-style strike reports', { timeout: 120_000 }, () => {
  let incidents: Incident[];
  let articles: Map<string, Article>;
  const fileOf = (articleId: string) => articles.get(articleId)!.origin.split('/').pop()!.slice(0, 2);

  beforeAll(async () => {
    const events: CodedEvent[] = [];
    articles = new Map();
    for await (const item of readInputs([DIR])) {
      if (!('article' in item)) continue;
      articles.set(item.article.id, item.article);
      events.push(...processArticle(item.article).events);
    }
    expect(articles.size).toBe(12);
    incidents = buildIncidents(events, articles).incidents;
  });

  it.each(STRIKES)('makes the strike of $day one incident with its toll', ({ day, killed, files }) => {
    const onDay = incidents.filter((i) => i.date.from <= day && day <= i.date.to);
    expect(onDay.map((i) => [i.date.from, i.date.to, i.casualties.killed?.best])).toEqual([
      [day, day, killed],
    ]);
    // Every article that tells of the strike is one of its sources.
    expect([...new Set(onDay[0].sources.map((s) => fileOf(s.articleId)))].sort()).toEqual(
      expect.arrayContaining(files),
    );
  });

  it('adds no incident for recaps, later reports, tallies or corrections', () => {
    expect(incidents.map((i) => i.date.from)).toEqual(STRIKES.map((s) => s.day));
  });

  it('keeps the toll of the strikes whose survivor was later presumed dead', () => {
    const oct27 = incidents.find((i) => i.date.from === '2025-10-27')!;
    expect(oct27.casualties.killed).toEqual({ low: 14, best: 14, high: 14 });
  });

  it('drops the figure a correction withdrew', () => {
    const dec15 = incidents.find((i) => i.date.from === '2025-12-15')!;
    expect(dec15.sources.every((s) => s.killed?.best !== 6)).toBe(true);
  });
});
