/**
 * The API over a store filled with synthetic coded articles (saved through the public
 * `saveArticle`, with a synthetic incident ledger through `replaceIncidents`). This is a
 * store-fixture test: it exercises filters, pagination and aggregates on many known events
 * without depending on the coder. The pipeline-fed tests are in api.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/server.js';
import { syntheticArticles, syntheticIncidents } from '../../src/bench/api-bench.js';
import type { CodedArticle, CodedEvent, Incident } from '../../src/core/records.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { errorOf, getJson } from './http-helpers.js';

let dir: string;
let store: Store;
let server: RunningServer;
let articles: CodedArticle[];
let events: CodedEvent[];
let incidents: Incident[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-api-fixture-'));
  store = await openStore(join(dir, 'fixture.sqlite'));
  articles = [...syntheticArticles(40, { eventsPerArticle: 6, seed: 11, from: '2025-09-01', days: 90 })];
  for (const a of articles) expect(await store.saveArticle(a)).toBe('stored');
  events = articles.flatMap((a) => a.events);
  incidents = syntheticIncidents(articles);
  await store.replaceIncidents(incidents, []);
  server = await startServer({ store, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Walks every page of a list endpoint and returns all items. */
async function allPages<T>(path: string, limit: number): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const url = `${server.url}${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const r = await getJson<{ items: T[]; next: string | null }>(url);
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...r.body.items);
    cursor = r.body.next;
    pages++;
  } while (cursor && pages < 1000);
  return { items, pages };
}

const DEFAULT_CLAIMS = new Set(['asserted', 'attributed', 'alleged', 'denied', 'future']);

describe('events over a synthetic store', () => {
  it('walks every default-claim event exactly once through cursor pagination', async () => {
    const { items, pages } = await allPages<CodedEvent>('/api/events', 7);
    const expected = events
      .filter((e) => DEFAULT_CLAIMS.has(e.claim))
      .map((e) => e.id)
      .sort();
    expect(items.map((e) => e.id).sort()).toEqual(expected);
    expect(new Set(items.map((e) => e.id)).size).toBe(items.length);
    // A store may or may not know that an exactly full page is the last one.
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(expected.length / 7));
    expect(pages).toBeLessThanOrEqual(Math.ceil(expected.length / 7) + 1);
  });

  it('filters by dyad in either direction', async () => {
    const { items } = await allPages<CodedEvent>('/api/events?dyad=USA,COL', 50);
    const expected = events.filter(
      (e) =>
        DEFAULT_CLAIMS.has(e.claim) &&
        ((e.actor.code.startsWith('USA') && e.recipient?.code.startsWith('COL')) ||
          (e.actor.code.startsWith('COL') && e.recipient?.code.startsWith('USA'))),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
  });

  it('filters by type, claim list and date range together', async () => {
    const { items } = await allPages<CodedEvent>(
      '/api/events?type=assault&claim=asserted,denied&from=2025-09-15&to=2025-10-31',
      50,
    );
    const expected = events.filter(
      (e) =>
        e.type === 'ASSAULT' &&
        (e.claim === 'asserted' || e.claim === 'denied') &&
        e.date!.from >= '2025-09-15' &&
        e.date!.from <= '2025-10-31',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
  });

  it('filters by CAMEO root, actor, recipient, place and text', async () => {
    const cases: [string, (e: CodedEvent) => boolean][] = [
      ['cameoRoot=19', (e) => e.cameo.startsWith('19')],
      ['actor=VENGOV', (e) => e.actor.code.startsWith('VENGOV') || !!e.recipient?.code.startsWith('VENGOV')],
      ['recipient=IGOUNO', (e) => !!e.recipient?.code.startsWith('IGOUNO')],
      ['text=Cartagena', (e) => e.sentenceText.includes('Cartagena')],
      [`articleId=${articles[3]!.article.id}`, (e) => e.articleId === articles[3]!.article.id],
    ];
    for (const [q, pred] of cases) {
      const { items } = await allPages<CodedEvent>(`/api/events?${q}`, 100);
      const expected = events.filter((e) => DEFAULT_CLAIMS.has(e.claim) && pred(e));
      expect(expected.length, q).toBeGreaterThan(0);
      expect(items.map((e) => e.id).sort(), q).toEqual(expected.map((e) => e.id).sort());
    }
  });

  it('returns events whose evidence offsets point at the evidence text', async () => {
    const r = await getJson<{ items: CodedEvent[] }>(`${server.url}/api/events?limit=20`);
    const byId = new Map(articles.map((a) => [a.article.id, a.article.text]));
    expect(r.body.items.length).toBe(20);
    for (const e of r.body.items) {
      expect(byId.get(e.articleId)!.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    }
  });

  it('rejects a cursor it did not issue', async () => {
    const r = await getJson(`${server.url}/api/events?cursor=not-a-cursor`);
    expect(r.status).toBe(400);
    expect(errorOf(r).code).toBe('bad-cursor');
  });
});

describe('aggregates over a synthetic store', () => {
  it('sums the dyad series to the dyad events, with conflict and cooperation split by quad', async () => {
    const r = await getJson<{
      bucket: string;
      points: { period: string; events: number; goldstein: number; conflict: number; cooperation: number }[];
    }>(`${server.url}/api/series?dyad=USA,VEN&bucket=month`);
    expect(r.status).toBe(200);
    expect(r.body.bucket).toBe('month');
    const dyad = events.filter(
      (e) =>
        DEFAULT_CLAIMS.has(e.claim) &&
        ((e.actor.code.startsWith('USA') && e.recipient?.code.startsWith('VEN')) ||
          (e.actor.code.startsWith('VEN') && e.recipient?.code.startsWith('USA'))),
    );
    const sum = (k: 'events' | 'goldstein' | 'conflict' | 'cooperation') =>
      r.body.points.reduce((s, p) => s + p[k], 0);
    expect(sum('events')).toBe(dyad.length);
    expect(sum('goldstein')).toBeCloseTo(
      dyad.reduce((s, e) => s + e.goldstein, 0),
      4,
    );
    expect(sum('conflict')).toBe(dyad.filter((e) => e.quad >= 3).length);
    expect(sum('cooperation')).toBe(dyad.filter((e) => e.quad <= 2).length);
    expect(r.body.points.every((p) => /^2025-(08|09|10|11)/.test(p.period))).toBe(true);
  });

  it('reports actor activity and a network consistent with the events', async () => {
    const act = await getJson<{ items: { code: string; asActor: number; asRecipient: number }[] }>(
      `${server.url}/api/actors?limit=100`,
    );
    const counted = events.filter((e) => DEFAULT_CLAIMS.has(e.claim));
    const usagov = act.body.items.find((a) => a.code === 'USAGOV')!;
    expect(usagov.asActor).toBe(counted.filter((e) => e.actor.code === 'USAGOV').length);
    expect(usagov.asRecipient).toBe(counted.filter((e) => e.recipient?.code === 'USAGOV').length);

    const net = await getJson<{
      nodes: { id: string; events: number }[];
      edges: { source: string; target: string; events: number }[];
    }>(`${server.url}/api/network?limit=1000`);
    expect(net.body.edges.reduce((s, e) => s + e.events, 0)).toBe(counted.length);
    const ids = new Set(net.body.nodes.map((n) => n.id));
    for (const e of net.body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const pair = net.body.edges.find((e) => e.source === 'USAMIL' && e.target === 'COLCRM');
    expect(pair?.events ?? 0).toBe(
      counted.filter((e) => e.actor.code === 'USAMIL' && e.recipient?.code === 'COLCRM').length,
    );
  });
});

describe('incidents and articles over a synthetic store', () => {
  it('pages the ledger and fetches one incident by id with its sources', async () => {
    const { items } = await allPages<Incident>('/api/incidents', 9);
    expect(items.map((i) => i.id).sort()).toEqual(incidents.map((i) => i.id).sort());
    const one = incidents[5]!;
    const r = await getJson<Incident>(`${server.url}/api/incidents/${one.id}`);
    expect(r.status).toBe(200);
    expect(r.body.sources[0]!.eventId).toBe(one.sources[0]!.eventId);
    expect(r.body.casualties.killed?.best).toBe(one.casualties.killed?.best);
  });

  it('returns an article with its annotated spans consistent with its text', async () => {
    const a = articles[2]!;
    const r = await getJson<CodedArticle>(`${server.url}/api/articles/${a.article.id}`);
    expect(r.status).toBe(200);
    const text = r.body.article.text;
    expect(text).toBe(a.article.text);
    expect(r.body.sentences.length).toBe(a.sentences.length);
    for (const s of r.body.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const m of r.body.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const k of r.body.markers) expect(text.slice(k.start, k.end)).toBe(k.text);
    expect(r.body.events.map((e) => e.id).sort()).toEqual(a.events.map((e) => e.id).sort());
    expect('tokens' in r.body).toBe(false);
  });
});
