/**
 * Store benchmark: articles/s and events/s saved through `saveArticles` (and through one
 * `saveArticle` call per article) into a fresh SQLite file and, when reachable, a throwaway
 * PostgreSQL database; then the median latency of typical filtered queries on what was stored.
 *
 * Size: `LAPWING_BENCH_STORE_ARTICLES` (default 2000 articles of 8 events: 16,000 events, well
 * under a minute on two idle cores). PostgreSQL: `LAPWING_BENCH_PG` (default the local test server);
 * set it to `off` to skip.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { stableId } from '../core/ids.js';
import type { ActorRef, CodedArticle, CodedEvent, Mention, Sentence } from '../core/records.js';
import { openStore } from '../store/open-store.js';
import type { EventFilter, Store } from '../store/store.js';
import type { BenchResult } from './bench-result.js';

const ARTICLES = Number(process.env.LAPWING_BENCH_STORE_ARTICLES ?? 2000);
const PER_ARTICLE = 8;
const BATCH = 500;
const SINGLE = Math.min(200, ARTICLES);
const PG_URL = process.env.LAPWING_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const ACTORS: ActorRef[] = [
  { code: 'USAMIL', country: 'USA', sector: 'MIL', name: 'US military' },
  { code: 'USAGOV', country: 'USA', sector: 'GOV', name: 'US government' },
  { code: 'COLGOV', country: 'COL', sector: 'GOV', name: 'Colombian government' },
  { code: 'VENGOV', country: 'VEN', sector: 'GOV', name: 'Venezuelan government' },
  { code: 'VENCRM', country: 'VEN', sector: 'CRM', name: 'traffickers' },
  { code: 'IGOUNO', country: 'IGO', sector: null, name: 'United Nations' },
  { code: 'MEXGOV', country: 'MEX', sector: 'GOV', name: 'Mexican government' },
  { code: 'BRAGOV', country: 'BRA', sector: 'GOV', name: 'Brazilian government' },
];
const VERBS = [
  { verb: 'struck', type: 'ASSAULT', cameo: '190', goldstein: -10, quad: 4 as const },
  { verb: 'criticised', type: 'DISAPPROVE', cameo: '111', goldstein: -2, quad: 3 as const },
  { verb: 'met', type: 'CONSULT', cameo: '040', goldstein: 1, quad: 1 as const },
  { verb: 'aided', type: 'AID', cameo: '070', goldstein: 7, quad: 2 as const },
  { verb: 'threatened', type: 'THREATEN', cameo: '138', goldstein: -7, quad: 3 as const },
];
const CLAIMS: CodedEvent['claim'][] = [
  'asserted',
  'asserted',
  'asserted',
  'alleged',
  'attributed',
  'negated',
  'future',
];

/** Deterministic synthetic articles: one event per sentence, spans pointing at their words. */
export function synthetic(n: number, seed: string): CodedArticle[] {
  const out: CodedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 730) * 86_400_000).toISOString().slice(0, 10);
    const sentences: Sentence[] = [];
    const mentions: Mention[] = [];
    const specs: {
      s: number;
      a: ActorRef;
      b: ActorRef;
      v: (typeof VERBS)[number];
      at: number;
      text: string;
    }[] = [];
    let text = '';
    for (let k = 0; k < PER_ARTICLE; k++) {
      const a = ACTORS[(i + k) % ACTORS.length];
      const b = ACTORS[(i * 3 + k + 1) % ACTORS.length];
      const v = VERBS[(i + k * 2) % VERBS.length];
      const s = `The ${a.name} ${v.verb} the ${b.name} in report ${seed}-${i}-${k}.`;
      const at = text.length;
      sentences.push({ index: k, start: at, end: at + s.length, text: s, paragraph: k >> 2 });
      mentions.push({
        id: `m${2 * k}`,
        sentence: k,
        start: at + 4,
        end: at + 4 + a.name.length,
        text: a.name,
        kind: 'organization',
        actor: a,
      });
      specs.push({ s: k, a, b, v, at, text: s });
      text += `${s} `;
    }
    const id = stableId('art', seed, String(i));
    const events: CodedEvent[] = specs.map(({ s, a, b, v, at, text: st }, k) => ({
      id: stableId('evt', id, String(k)),
      articleId: id,
      sentence: s,
      type: v.type,
      mode: null,
      context: null,
      cameo: v.cameo,
      goldstein: v.goldstein,
      quad: v.quad,
      actor: { ...a, text: a.name, span: { start: at + 4, end: at + 4 + a.name.length } },
      recipient: { ...b, text: b.name },
      claim: CLAIMS[(i + k) % CLAIMS.length],
      evidence: { start: at, end: at + st.length, text: st },
      sentenceText: st,
      date: k % 3 ? { from: day, to: day, granularity: 'day' } : null,
      location:
        k % 2
          ? { text: 'Caribbean', name: 'Caribbean Sea', country: null, lat: 15, lon: -75, kind: 'sea' }
          : null,
      confidence: 0.8,
      rules: ['bench'],
    }));
    out.push({
      article: {
        id,
        text: text.trimEnd(),
        title: `Bench ${i}`,
        outlet: 'Bench Wire (sample)',
        published: `${day}T12:00:00Z`,
        url: `https://example.org/bench/${i}`,
        language: 'eng',
        origin: `bench:${i}`,
        format: 'text',
      },
      sentences,
      tokens: [],
      mentions,
      quotes: [],
      markers: [],
      quantities: [],
      dates: [],
      events,
    });
  }
  return out;
}

const QUERIES: [string, EventFilter][] = [
  ['all, first page', {}],
  ['actor prefix USA', { actor: 'USA' }],
  ['dyad USA-VEN', { dyad: ['USA', 'VEN'] }],
  ['type + 3 months', { type: 'ASSAULT', from: '2024-03-01', to: '2024-05-31' }],
  ['text substring', { text: 'report bench-12' }],
  ['place country', { place: 'Caribbean' }],
];

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function measure(label: string, store: Store, settle?: () => Promise<void>): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  const corpus = synthetic(ARTICLES, 'bench');
  const detail = `${ARTICLES} articles x ${PER_ARTICLE} events, batches of ${BATCH}`;
  let t = performance.now();
  for (let i = 0; i < corpus.length; i += BATCH) {
    const out = await store.saveArticles(corpus.slice(i, i + BATCH));
    const err = out.find((o) => o instanceof Error);
    if (err) throw err;
  }
  let s = (performance.now() - t) / 1000;
  rows.push({ name: `store ${label}: saveArticles`, value: ARTICLES / s, unit: 'articles/s', detail });
  rows.push({
    name: `store ${label}: saveArticles events`,
    value: (ARTICLES * PER_ARTICLE) / s,
    unit: 'events/s',
    detail,
  });

  const singles = synthetic(SINGLE, 'single');
  t = performance.now();
  for (const a of singles) await store.saveArticle(a);
  s = (performance.now() - t) / 1000;
  rows.push({
    name: `store ${label}: saveArticle`,
    value: SINGLE / s,
    unit: 'articles/s',
    detail: `${SINGLE} articles, one call each`,
  });

  t = performance.now();
  const dups = await store.saveArticles(corpus.slice(0, BATCH));
  s = (performance.now() - t) / 1000;
  if (dups.some((o) => o !== 'duplicate')) throw new Error('re-saving stored articles wrote something');
  rows.push({
    name: `store ${label}: re-save (no-op)`,
    value: dups.length / s,
    unit: 'articles/s',
    detail: `${BATCH} duplicates`,
  });

  // PostgreSQL's autovacuum analyzes a freshly loaded table within a minute or so; queries are
  // measured in that steady state rather than in the first seconds after the load.
  if (settle) await settle();
  for (const [name, filter] of QUERIES) {
    const ms = await median(15, () => store.queryEvents(filter, { limit: 100 }));
    rows.push({ name: `store ${label}: query ${name}`, value: ms, unit: 'ms (p50)', detail: 'limit 100' });
  }
  const deep = await median(5, async () => {
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++)
      cursor = (await store.queryEvents({ actor: 'VEN' }, { limit: 100, cursor })).next;
  });
  rows.push({
    name: `store ${label}: 10 pages by cursor`,
    value: deep,
    unit: 'ms (p50)',
    detail: 'actor VEN, limit 100',
  });
  rows.push({
    name: `store ${label}: month series`,
    value: await median(5, () => store.dyadSeries({ dyad: ['USA', 'VEN'] }, 'month')),
    unit: 'ms (p50)',
  });
  rows.push({
    name: `store ${label}: actor activity`,
    value: await median(5, () => store.actorActivity({}, 20)),
    unit: 'ms (p50)',
  });
  return rows;
}

async function pgReachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** `saveArticles` throughput of a SQLite store opened with `bulkLoad` (no fsync, big cache). */
async function bulkLoadRate(file: string): Promise<BenchResult[]> {
  const store = await openStore(file, { bulkLoad: true });
  try {
    const corpus = synthetic(ARTICLES, 'bulk');
    const t = performance.now();
    for (let i = 0; i < corpus.length; i += BATCH) {
      const out = await store.saveArticles(corpus.slice(i, i + BATCH));
      const err = out.find((o) => o instanceof Error);
      if (err) throw err;
    }
    const s = (performance.now() - t) / 1000;
    const detail = `${ARTICLES} articles x ${PER_ARTICLE} events, batches of ${BATCH}, bulkLoad`;
    return [
      { name: 'store sqlite bulkLoad: saveArticles', value: ARTICLES / s, unit: 'articles/s', detail },
      {
        name: 'store sqlite bulkLoad: saveArticles events',
        value: (ARTICLES * PER_ARTICLE) / s,
        unit: 'events/s',
        detail,
      },
    ];
  } finally {
    await store.close();
  }
}

/** Runs the store benchmark on SQLite and, if reachable, PostgreSQL. */
export async function bench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lapwing-store-bench-'));
  try {
    const store = await openStore(join(dir, 'bench.sqlite'));
    try {
      results.push(...(await measure('sqlite', store)));
    } finally {
      await store.close();
    }
    results.push(...(await bulkLoadRate(join(dir, 'bulk.sqlite'))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (PG_URL !== 'off' && (await pgReachable(PG_URL))) {
    const name = `lapwing_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const u = new URL(PG_URL);
      u.pathname = `/${name}`;
      const store = await openStore(u.toString());
      const analyze = async () => {
        const c = new pg.Client({ connectionString: u.toString() });
        await c.connect();
        await c.query('analyze');
        await c.end();
      };
      try {
        results.push(...(await measure('postgres', store, analyze)));
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
  return results;
}
