/**
 * Answers whose size does not grow with the record: a long article's layers and a much-reported
 * incident's sources come a page at a time, with sizes and links to the rest, and the server
 * stays responsive while they are asked for. Real HTTP server on 127.0.0.1, real SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS } from '../../src/api/create-app.js';
import { type RunningServer, startServer } from '../../src/api/server.js';
import type { CodedArticle, Incident } from '../../src/core/records.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { codedArticle, incidentFixtures, syntheticArticles } from '../store/fixtures.js';
import { errorOf, getJson } from './http-helpers.js';

const EVENTS = 4000;
let dir: string;
let store: Store;
let server: RunningServer;
let long: CodedArticle;
let reported: Incident;

/** Follows `next` links from `first` and returns every item, in order. */
async function collect(url: string, first: string | null): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let path = first; path; ) {
    const page = await getJson(`${url}${path}`);
    expect(page.status, path).toBe(200);
    out.push(...page.body.items);
    path = page.body.next;
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-bounded-'));
  store = await openStore(join(dir, 'bounded.sqlite'));
  // One long article: thousands of sentences, events and mentions (as a 1 MB text would give).
  long = syntheticArticles(1, EVENTS, 'long')[0];
  long.mentions = long.sentences.map((s, k) => ({
    id: `m${k}`,
    sentence: s.index,
    start: s.start,
    end: s.start + 5,
    text: long.article.text.slice(s.start, s.start + 5),
    kind: 'organization',
  }));
  await store.saveArticle(long);
  // One incident that hundreds of reports cite.
  const base = incidentFixtures().incidents[0];
  reported = {
    ...base,
    id: 'inc_much_reported',
    sources: Array.from({ length: 704 }, (_, k) => ({
      ...base.sources[0],
      articleId: `art_report_${k}`,
      eventId: `evt_report_${k}`,
      outlet: `Outlet ${k}`,
      evidence: `Report ${k} of the strike, told at length. `.repeat(4),
    })),
  };
  await store.replaceIncidents([reported, ...incidentFixtures().incidents.slice(1)], []);
  server = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: undefined });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bounded answers', { timeout: 120_000 }, () => {
  it('GET /api/articles/:id trims each layer, gives its size, and pages the rest', async () => {
    const id = long.article.id;
    const res = await fetch(`${server.url}/api/articles/${id}`);
    const text = await res.text();
    expect(res.status).toBe(200);
    const body = JSON.parse(text);
    expect(body.events).toHaveLength(200);
    expect(body.layers.events).toEqual({
      total: EVENTS,
      returned: 200,
      next: `/api/articles/${id}/layers/events?offset=200&limit=200`,
    });
    expect(body.layers.sentences.total).toBe(long.sentences.length);
    expect(body.layers.mentions.total).toBe(long.mentions.length);
    // The whole article as stored would be many times larger.
    const full = JSON.stringify(await store.getArticle(id));
    expect(text.length).toBeLessThan(full.length / 10);

    const events = (await collect(server.url, body.layers.events.next)) as { id: string }[];
    expect([...body.events, ...events].map((e: { id: string }) => e.id)).toEqual(
      long.events.map((e) => e.id),
    );
    const mentions = await collect(server.url, `/api/articles/${id}/layers/mentions?offset=0&limit=1000`);
    expect(mentions).toEqual(JSON.parse(JSON.stringify(long.mentions)));
    const small = await getJson(`${server.url}/api/articles/${id}/layers/sentences?offset=10&limit=3`);
    expect(small.body.items.map((s: { index: number }) => s.index)).toEqual([10, 11, 12]);
    expect(small.body.next).toBe(`/api/articles/${id}/layers/sentences?offset=13&limit=3`);
    const tokens = await getJson(`${server.url}/api/articles/${id}/layers/tokens`);
    expect(tokens.body).toEqual({ layer: 'tokens', items: [], total: 0, next: null });
  });

  it('refuses bad layer requests with a code and the parameter', async () => {
    const cases: [string, number, string, string][] = [
      [`/api/articles/${long.article.id}/layers/words`, 400, 'bad-parameter', 'params.layer'],
      [`/api/articles/${long.article.id}/layers/events?limit=1001`, 400, 'bad-parameter', 'query.limit'],
      [`/api/articles/${long.article.id}/layers/events?offset=-1`, 400, 'bad-parameter', 'query.offset'],
      ['/api/articles/art_0000000000000000/layers/events', 404, 'not-found', 'params.id'],
      ['/api/incidents/inc_nope/sources', 404, 'not-found', 'params.id'],
      ['/api/incidents?sources=101', 400, 'bad-parameter', 'query.sources'],
    ];
    for (const [path, status, code, where] of cases) {
      const r = await getJson(`${server.url}${path}`);
      expect(r.status, path).toBe(status);
      expect(errorOf(r), path).toMatchObject({ code, path: where });
    }
  });

  it('lists the first sources of each incident, with their count and a link to page the rest', async () => {
    const list = await getJson(`${server.url}/api/incidents?limit=50`);
    const hit = list.body.items.find((i: Incident) => i.id === reported.id);
    expect(hit.sources).toHaveLength(10);
    expect(hit.sourceCount).toBe(704);
    expect(hit.sourcesNext).toBe(`/api/incidents/${reported.id}/sources?offset=10&limit=100`);
    expect(JSON.stringify(list.body).length).toBeLessThan(64 * 1024);
    const none = await getJson(`${server.url}/api/incidents?sources=0`);
    expect(none.body.items.every((i: Incident) => i.sources.length === 0)).toBe(true);

    const one = await getJson(`${server.url}/api/incidents/${reported.id}`);
    expect(one.body.sources).toHaveLength(100);
    const rest = await collect(server.url, one.body.sourcesNext);
    expect([...one.body.sources, ...rest]).toEqual(JSON.parse(JSON.stringify(reported.sources)));
    const all = await getJson(`${server.url}/api/incidents/${reported.id}?sources=500`);
    expect(all.body.sources).toHaveLength(500);
  });

  it('serves a long article for little CPU, so the server stays free for other requests', async () => {
    // The server runs in this process: the CPU it spends per answer is time its one thread is
    // not answering anyone else. (CPU, not wall time: a shared machine stretches wall time.)
    // Reading the whole article as stored, as this route did, cost over a second here.
    const cpuPerAnswer = async (path: string, n: number) => {
      await (await fetch(`${server.url}${path}`)).text(); // warm
      const from = process.cpuUsage();
      await Promise.all(Array.from({ length: n }, () => fetch(`${server.url}${path}`).then((r) => r.text())));
      const used = process.cpuUsage(from);
      return (used.user + used.system) / 1000 / n;
    };
    const perAnswer = await cpuPerAnswer(`/api/articles/${long.article.id}`, 8);
    if (process.env.LAPWING_TEST_FIGURES) console.log({ cpuMsPerLongArticle: perAnswer });
    expect(perAnswer).toBeLessThan(100);
  });

  it('refuses an answer over the size cap instead of sending it', async () => {
    // A stored article of more text than the cap (as an old store may hold).
    const huge = codedArticle(
      { id: 'art_huge_text', text: `${'Word '.repeat(MAX_ANSWER_CHARS / 5)}End.` },
      [],
    );
    await store.saveArticle(huge);
    const r = await getJson(`${server.url}/api/articles/art_huge_text`);
    expect(r.status).toBe(400);
    expect(errorOf(r)).toMatchObject({ code: 'answer-too-large' });
  });
});
