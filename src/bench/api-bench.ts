/**
 * API benchmark: latency (p50, p99) and throughput of the main endpoints over loopback, on a
 * SQLite store of at least a million events synthesised for the purpose and cached in
 * `bench-out/`. Requests are bounded in count and in time; concurrency is a small fetch pool.
 *
 * `syntheticArticles` is also the corpus of the API's store-fixture test: coded articles whose
 * spans, mentions and evidence are consistent with their text, built without the language stages.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../api/server.js';
import { articleId, stableId } from '../core/ids.js';
import type {
  ActorRef,
  Article,
  Casualties,
  ClaimStatus,
  CodedArticle,
  CodedEvent,
  Incident,
  Marker,
  Mention,
  Place,
  Sentence,
} from '../core/records.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { BenchResult } from './bench-result.js';

/** Deterministic PRNG (mulberry32), so the cached corpus and the tests are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SynthActor extends ActorRef {
  surface: string;
}

const ACTORS: SynthActor[] = [
  { code: 'USAGOV', country: 'USA', sector: 'GOV', name: 'United States government', surface: 'Washington' },
  {
    code: 'USAMIL',
    country: 'USA',
    sector: 'MIL',
    name: 'United States military',
    surface: 'the US military',
  },
  { code: 'COLGOV', country: 'COL', sector: 'GOV', name: 'Colombian government', surface: 'Bogotá' },
  {
    code: 'COLMIL',
    country: 'COL',
    sector: 'MIL',
    name: 'Colombian armed forces',
    surface: 'the Colombian army',
  },
  { code: 'VENGOV', country: 'VEN', sector: 'GOV', name: 'Venezuelan government', surface: 'Caracas' },
  {
    code: 'VENMIL',
    country: 'VEN',
    sector: 'MIL',
    name: 'Venezuelan armed forces',
    surface: 'Venezuelan troops',
  },
  { code: 'MEXGOV', country: 'MEX', sector: 'GOV', name: 'Mexican government', surface: 'Mexico City' },
  { code: 'IGOUNO', country: 'IGO', sector: 'UNO', name: 'United Nations', surface: 'the United Nations' },
  {
    code: 'COLCRM',
    country: 'COL',
    sector: 'CRM',
    name: 'Colombian traffickers',
    surface: 'a trafficking crew',
  },
  { code: 'BRAGOV', country: 'BRA', sector: 'GOV', name: 'Brazilian government', surface: 'Brasília' },
];

interface Template {
  type: string;
  cameo: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  verb: string;
  casualties?: boolean;
}

const TEMPLATES: Template[] = [
  {
    type: 'ASSAULT',
    cameo: '190',
    goldstein: -10,
    quad: 4,
    verb: 'struck a vessel linked to',
    casualties: true,
  },
  { type: 'ACCUSE', cameo: '112', goldstein: -2, quad: 3, verb: 'accused', casualties: false },
  { type: 'THREATEN', cameo: '138', goldstein: -7, quad: 3, verb: 'threatened' },
  { type: 'SANCTION', cameo: '163', goldstein: -8, quad: 4, verb: 'imposed sanctions on' },
  { type: 'REJECT', cameo: '120', goldstein: -4, quad: 3, verb: 'rejected a demand from' },
  { type: 'CONSULT', cameo: '040', goldstein: 1, quad: 1, verb: 'held talks with' },
  { type: 'AGREE', cameo: '057', goldstein: 8, quad: 1, verb: 'signed an accord with' },
  { type: 'AID', cameo: '070', goldstein: 7, quad: 2, verb: 'sent aid to' },
  { type: 'COOPERATE', cameo: '061', goldstein: 6.4, quad: 2, verb: 'shared intelligence with' },
  { type: 'PROTEST', cameo: '141', goldstein: -6.5, quad: 3, verb: 'staged protests against' },
];

const PLACES: Omit<Place, 'text'>[] = [
  { name: 'Caribbean Sea', country: null, lat: 14.5, lon: -75.0, kind: 'sea' },
  { name: 'Bogotá', country: 'COL', lat: 4.711, lon: -74.072, kind: 'city' },
  { name: 'Caracas', country: 'VEN', lat: 10.488, lon: -66.879, kind: 'city' },
  { name: 'Washington', country: 'USA', lat: 38.907, lon: -77.037, kind: 'city' },
  { name: 'Cartagena', country: 'COL', lat: 10.391, lon: -75.479, kind: 'city' },
  { name: 'eastern Pacific', country: null, lat: 8.0, lon: -90.0, kind: 'sea' },
];

const OUTLETS = [
  'Sample Wire (sample)',
  'Example Times (sample)',
  'Demo Herald (sample)',
  'Specimen Post (sample)',
];

/** A claim status with the words that give it, weighted towards plain assertion. */
const CLAIMS: { claim: ClaimStatus; lead: string; marker?: Marker['kind'] }[] = [
  { claim: 'asserted', lead: '' },
  { claim: 'asserted', lead: '' },
  { claim: 'asserted', lead: '' },
  { claim: 'attributed', lead: 'Officials said ', marker: 'reported' },
  { claim: 'alleged', lead: 'Critics alleged that ', marker: 'alleged' },
  { claim: 'denied', lead: 'A spokesperson denied that ', marker: 'denied' },
];

function isoDay(start: number, dayOffset: number): string {
  return new Date(start + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Synthesises coded articles: every sentence reports one event between two actors, and every span
 * (sentences, mentions, markers, evidence, casualty phrase) points at the words it names.
 */
export function* syntheticArticles(
  count: number,
  opts: { eventsPerArticle?: number; seed?: number; from?: string; days?: number } = {},
): Generator<CodedArticle> {
  const perArticle = opts.eventsPerArticle ?? 10;
  const rand = prng(opts.seed ?? 7);
  const start = Date.parse(`${opts.from ?? '2025-01-01'}T00:00:00Z`);
  const days = opts.days ?? 365;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (let n = 0; n < count; n++) {
    const published = isoDay(start, Math.floor(rand() * days));
    const parts: string[] = [];
    let offset = 0;
    const sentences: Sentence[] = [];
    const mentions: Mention[] = [];
    const markers: Marker[] = [];
    const events: Omit<CodedEvent, 'id' | 'articleId'>[] = [];
    const push = (s: string, paragraph: number): number => {
      const at = offset;
      sentences.push({ index: sentences.length, start: at, end: at + s.length, text: s, paragraph });
      parts.push(s);
      offset += s.length + 1;
      return at;
    };
    push(`Dispatch ${n + 1} of the synthetic benchmark corpus.`, 0);
    for (let k = 0; k < perArticle; k++) {
      const t = pick(TEMPLATES);
      const a = pick(ACTORS);
      let b = pick(ACTORS);
      if (b.code === a.code) b = ACTORS[(ACTORS.indexOf(a) + 1) % ACTORS.length]!;
      const place = pick(PLACES);
      const c = pick(CLAIMS);
      const when = isoDay(Date.parse(`${published}T00:00:00Z`), -Math.floor(rand() * 5));
      const killed = t.casualties ? 1 + Math.floor(rand() * 12) : 0;
      const core = `${a.surface} ${t.verb} ${b.surface}`;
      const tail = ` near ${place.name} on ${when}${killed ? `, killing ${killed} people` : ''}.`;
      const lead = c.lead;
      const text = `${lead}${core}${tail}`;
      const si = sentences.length;
      const at = push(text, 1 + Math.floor(k / 3));
      const { surface: _as, ...actorRef } = a;
      const { surface: _bs, ...recipientRef } = b;
      const aStart = at + lead.length;
      const bStart = aStart + a.surface.length + 1 + t.verb.length + 1;
      const aMention: Mention = {
        id: `m${mentions.length}`,
        sentence: si,
        start: aStart,
        end: aStart + a.surface.length,
        text: a.surface,
        kind: 'organization',
        actor: actorRef,
      };
      const bMention: Mention = {
        id: `m${mentions.length + 1}`,
        sentence: si,
        start: bStart,
        end: bStart + b.surface.length,
        text: b.surface,
        kind: 'organization',
        actor: recipientRef,
      };
      mentions.push(aMention, bMention);
      if (c.marker)
        markers.push({
          sentence: si,
          start: at,
          end: at + lead.trimEnd().length,
          kind: c.marker,
          text: lead.trimEnd(),
        });
      const placeStart = at + text.indexOf(place.name!);
      const casualties: Casualties | undefined = killed
        ? (() => {
            const phrase = `killing ${killed} people`;
            const ps = at + text.indexOf(phrase);
            return {
              killed: {
                min: killed,
                max: killed,
                best: killed,
                qualifier: null,
                phrase,
                span: { start: ps, end: ps + phrase.length },
              },
            };
          })()
        : undefined;
      events.push({
        sentence: si,
        type: t.type,
        mode: null,
        context: null,
        cameo: t.cameo,
        goldstein: t.goldstein,
        quad: t.quad,
        actor: { ...actorRef, text: a.surface, span: { start: aMention.start, end: aMention.end } },
        recipient: { ...recipientRef, text: b.surface, span: { start: bMention.start, end: bMention.end } },
        claim: c.claim,
        claimSource: null,
        evidence: { start: aStart, end: bMention.end, text: core },
        sentenceText: text,
        date: { from: when, to: when, granularity: 'day' },
        location: {
          ...place,
          text: place.name!,
          span: { start: placeStart, end: placeStart + place.name!.length },
        },
        ...(casualties ? { casualties } : {}),
        confidence: 0.9,
        rules: ['synthetic'],
      });
    }
    const body = parts.join('\n');
    const id = articleId(body);
    const article: Article = {
      id,
      text: body,
      title: `Synthetic dispatch ${n + 1}`,
      outlet: OUTLETS[n % OUTLETS.length]!,
      published,
      url: `https://example.org/synthetic/${n + 1}`,
      language: 'eng',
      origin: `synthetic:${n + 1}`,
      format: 'text',
    };
    yield {
      article,
      sentences,
      tokens: sentences.map(() => []),
      mentions,
      quotes: [],
      markers,
      quantities: [],
      dates: [],
      events: events.map((e, i) => ({ ...e, id: stableId('evt', id, String(i)), articleId: id })),
    };
  }
}

/** One incident per assault event: enough of a ledger to exercise the incident endpoints. */
export function syntheticIncidents(articles: CodedArticle[]): Incident[] {
  const out: Incident[] = [];
  for (const a of articles) {
    for (const e of a.events) {
      if (e.type !== 'ASSAULT' || !e.date) continue;
      const k = e.casualties?.killed;
      out.push({
        id: stableId('inc', e.id),
        type: e.type,
        cameo: e.cameo,
        date: e.date,
        reported: a.article.published,
        location: e.location,
        actors: [e.actor],
        recipients: e.recipient ? [e.recipient] : [],
        casualties: k ? { killed: { low: k.min, best: k.best, high: k.max } } : {},
        grade: e.claim === 'asserted' ? 'fair' : 'weak',
        campaignId: null,
        sources: [
          {
            articleId: a.article.id,
            eventId: e.id,
            outlet: a.article.outlet,
            url: a.article.url,
            published: a.article.published,
            ...(k ? { killed: k } : {}),
            evidence: e.evidence.text,
          },
        ],
      });
    }
  }
  return out;
}

/** Saves articles through the store's bulk path; any article that fails fails the build. */
export async function saveAll(store: Store, articles: CodedArticle[]): Promise<void> {
  const out = await store.saveArticles(articles);
  const err = out.find((o) => o instanceof Error);
  if (err) throw err;
}

/** At least a million events; `LAPWING_API_BENCH_EVENTS` lowers it for a quick trial run only. */
const EVENTS_TARGET = Number(process.env.LAPWING_API_BENCH_EVENTS ?? 1_000_000);
const PER_ARTICLE = 10;
const BATCH = 2000;

/** Builds (or reuses) the benchmark store; returns its path and the build time if built now. */
async function benchStore(): Promise<{ path: string; buildSeconds: number | null }> {
  mkdirSync('bench-out', { recursive: true });
  const path = join('bench-out', `api-bench-${EVENTS_TARGET}.sqlite`);
  if (existsSync(path)) return { path, buildSeconds: null };
  // A per-process name: two bench runs at once each build their own and the last rename wins.
  const tmp = `${path}.building-${process.pid}`;
  const started = Date.now();
  // Bulk-load settings (no fsync, big page cache, 2000 articles per commit): the file is rebuilt
  // from the generator if a crash spoils it.
  const store = await openStore(tmp, { bulkLoad: true });
  const articles = EVENTS_TARGET / PER_ARTICLE;
  let batch: CodedArticle[] = [];
  let incidents: Incident[] = [];
  let n = 0;
  for (const a of syntheticArticles(articles, {
    eventsPerArticle: PER_ARTICLE,
    seed: 1,
    days: 730,
    from: '2024-01-01',
  })) {
    batch.push(a);
    if (batch.length === BATCH) {
      // A ledger of a few thousand incidents: the first assault of every 20th article.
      if (incidents.length < 5000)
        incidents = incidents.concat(syntheticIncidents(batch.filter((_, i) => i % 20 === 0)).slice(0, 500));
      await saveAll(store, batch);
      n += batch.length;
      batch = [];
      if (n % 20_000 === 0) console.log(`  api bench store: ${n * PER_ARTICLE} events`);
    }
  }
  if (batch.length) await saveAll(store, batch);
  await store.replaceIncidents(incidents, []);
  await store.close();
  for (const suffix of ['-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
  renameSync(tmp, path);
  return { path, buildSeconds: (Date.now() - started) / 1000 };
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Runs `total` requests with `concurrency` in flight, stopping early after `maxMs`. */
async function load(urls: string[], total: number, concurrency: number, maxMs: number) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total && performance.now() - started < maxMs) {
      const url = urls[next++ % urls.length]!;
      const t = performance.now();
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (!res.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    rps: latencies.length / seconds,
    n: latencies.length,
    errors,
  };
}

/** The benchmark the lead's runner calls. */
export async function bench(): Promise<BenchResult[]> {
  const { path, buildSeconds } = await benchStore();
  const store = await openStore(path);
  const stats = await store.stats();
  const server = await startServer({ store, port: 0, host: '127.0.0.1' });
  const u = server.url;
  const firstPage = (await (await fetch(`${u}/api/events?limit=100`)).json()) as {
    next: string | null;
    items: CodedEvent[];
  };
  const someArticle = firstPage.items[0]?.articleId ?? 'none';
  const cursor = encodeURIComponent(firstPage.next ?? '');
  const endpoints: { name: string; urls: string[] }[] = [
    { name: 'GET /api/events (first page, 50)', urls: [`${u}/api/events`] },
    { name: 'GET /api/events?cursor (next page)', urls: [`${u}/api/events?limit=50&cursor=${cursor}`] },
    {
      name: 'GET /api/events filtered',
      urls: [
        `${u}/api/events?dyad=USA,COL&limit=50`,
        `${u}/api/events?actor=VENGOV&type=ASSAULT&limit=50`,
        `${u}/api/events?from=2025-03-01&to=2025-03-31&claim=asserted,attributed&limit=50`,
      ],
    },
    { name: 'GET /api/events?text= (substring)', urls: [`${u}/api/events?text=Cartagena&limit=50`] },
    {
      name: 'GET /api/series?dyad=USA,COL&bucket=month',
      urls: [`${u}/api/series?dyad=USA,COL&bucket=month`],
    },
    {
      name: 'GET /api/series?dyad=USA,COL&bucket=week',
      urls: [`${u}/api/series?dyad=USA,COL&bucket=week`],
    },
    { name: 'GET /api/network', urls: [`${u}/api/network?limit=100`] },
    {
      name: 'GET /api/network?from&to (days)',
      urls: [`${u}/api/network?limit=100&from=2025-03-10&to=2025-06-20`],
    },
    { name: 'GET /api/actors', urls: [`${u}/api/actors?limit=50`] },
    { name: 'GET /api/actors?type=ASSAULT', urls: [`${u}/api/actors?limit=50&type=ASSAULT`] },
    { name: 'GET /api/incidents', urls: [`${u}/api/incidents?limit=50`] },
    { name: 'GET /api/articles/:id', urls: [`${u}/api/articles/${someArticle}`] },
    { name: 'GET /api/health', urls: [`${u}/api/health`] },
  ];
  const detail = `${stats.events} events, ${stats.articles} articles, SQLite, loopback`;
  const results: BenchResult[] = [];
  if (buildSeconds !== null) {
    results.push({
      name: 'api: bench store build',
      value: buildSeconds,
      unit: 's',
      detail: `${stats.events} events (cached in ${path})`,
    });
  }
  try {
    for (const ep of endpoints) {
      await load(ep.urls, 1, 1, 60_000); // warm the page cache and the statement cache
      const r = await load(ep.urls, 200, 4, 15_000);
      const d = `${detail}; ${r.n} requests, 4 concurrent${r.errors ? `, ${r.errors} errors` : ''}`;
      results.push({ name: `api: ${ep.name} p50`, value: r.p50, unit: 'ms', detail: d });
      results.push({ name: `api: ${ep.name} p99`, value: r.p99, unit: 'ms', detail: d });
      results.push({ name: `api: ${ep.name} throughput`, value: r.rps, unit: 'req/s', detail: d });
    }
  } finally {
    await server.close();
    await store.close();
  }
  return results;
}
