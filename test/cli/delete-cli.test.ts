/**
 * `lapwing delete ARTICLE_ID...` as a child process on a real SQLite file and a real PostgreSQL
 * database: counts, rollups, incidents, exit codes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { corpusFixture, STRIKE_REPORTS } from './corpus-fixture.js';
import { jsonOut, runCli } from './run-cli.js';

const { dir, corpus, pgUrl } = corpusFixture('lapwing-delete-', {
  'north.txt': `${STRIKE_REPORTS.first} Colombia condemned the attack.\n`,
  'south.txt': STRIKE_REPORTS.second,
  'pacific.txt': STRIKE_REPORTS.other,
});

interface Deleted {
  articles: number;
  events: number;
  mentions: number;
  sentences: number;
  incidents: number;
  incidentsTouched: number;
  notFound: string[];
}

describe('lapwing delete (child process)', { timeout: 240_000 }, () => {
  for (const kind of ['sqlite', 'postgres'] as const) {
    it(`deletes an article, its events and mentions, and rebuilds incidents, on ${kind}`, async () => {
      const db = kind === 'sqlite' ? join(dir, 'del.sqlite') : pgUrl();
      const ingest = await runCli(['ingest', corpus, '--db', db, '-q']);
      expect(ingest.code, ingest.stderr).toBe(0);
      let store = await openStore(db);
      let target: string;
      let before: Awaited<ReturnType<typeof store.stats>>;
      let targetEvents: number;
      try {
        const articles = (await store.listArticles({ limit: 10 })).items;
        target = articles.find((a) => a.outlet === 'South Ledger')?.id as string;
        const coded = await store.getArticle(target);
        targetEvents = coded?.events.length ?? 0;
        expect(targetEvents).toBeGreaterThan(0);
        before = await store.stats();
        const cited = (await store.queryIncidents({}, { limit: 100 })).items.filter((i) =>
          i.sources.some((s) => s.articleId === target),
        );
        expect(cited.length).toBeGreaterThan(0);
      } finally {
        await store.close();
      }

      const r = await runCli(['delete', target, 'art_00000000000000ff', '--db', db, '--json']);
      expect(r.code, r.stderr).toBe(1); // one id was not stored
      const out = jsonOut<Deleted>(r);
      expect(out).toMatchObject({ articles: 1, events: targetEvents, notFound: ['art_00000000000000ff'] });
      expect(out.incidentsTouched).toBeGreaterThan(0);

      store = await openStore(db);
      try {
        const after = await store.stats();
        expect(after.articles).toBe(before.articles - 1);
        expect(after.events).toBe(before.events - targetEvents);
        expect(after.mentions).toBe(before.mentions - out.mentions);
        expect(after.sentences).toBe(before.sentences - out.sentences);
        expect(after.incidents).toBe(out.incidents);
        const ledger = (await store.queryIncidents({}, { limit: 100 })).items;
        expect(ledger.flatMap((i) => i.sources).some((s) => s.articleId === target)).toBe(false);
        expect(ledger.length).toBeGreaterThan(0);
        // Series from the rollup count exactly the remaining events.
        const total = (
          await store.dyadSeries(
            { claim: ['asserted', 'attributed', 'alleged', 'denied', 'hypothetical', 'future', 'negated'] },
            'month',
          )
        ).reduce((n, p) => n + p.events, 0);
        expect(total).toBe(after.events);
        expect(await store.incidentsPending()).toBe(false);
      } finally {
        await store.close();
      }
    });
  }

  it('refuses what is not an article id (exit 2) and a missing database', async () => {
    const bad = await runCli(['delete', 'not-an-id', '--db', join(dir, 'del.sqlite')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"not-an-id": expected article ids/);
    const none = await runCli(['delete', 'art_0123456789abcdef', '--db', join(dir, 'missing.sqlite')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/does not exist/);
  });
});
