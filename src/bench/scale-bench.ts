/**
 * Scale-out benchmark: articles/s for 1, 2 and 4 `lapwing worker` processes against PostgreSQL
 * through NATS JetStream, and for the embedded mode (SQLite) with 1 and 2 pipeline threads, on a
 * corpus made by varying the demo articles.
 *
 * Each configuration works through the corpus until it is done or its time budget is spent, and
 * reports the steady rate: articles stored per second from the first stored article on, so that
 * process and thread start-up do not count. The budget keeps the default run to a few minutes on
 * two cores while the corpus stays at 10,000 articles.
 *
 * Environment: `LAPWING_SCALE_ARTICLES` (corpus size, default 10000), `LAPWING_SCALE_SECONDS`
 * (time budget per configuration, default 20; 0 for none), `LAPWING_QUEUE` (default
 * nats://127.0.0.1:4222), `LAPWING_PG` (an admin URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * a scratch database is created and dropped), `LAPWING_SCALE_WORKERS` (default `1,2,4`) and
 * `LAPWING_SCALE_THREADS` (default `1,2`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { articleId } from '../core/ids.js';
import type { Article } from '../core/records.js';
import { readInputs } from '../ingest/read-inputs.js';
import { processArticlesParallel, warmUpPipeline } from '../pipeline/thread-pool.js';
import { deleteStream } from '../queue/nats-connection.js';
import { publishArticles } from '../queue/publish.js';
import { openStore } from '../store/open-store.js';
import type { BenchResult } from './bench-result.js';

/** Time allowed for worker processes to start before a budgeted run is stopped regardless. */
const STARTUP_ALLOWANCE_MS = 60_000;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lapwing');

/** Reads the demo corpus (or another folder) through the real ingest readers. */
export async function loadDemoArticles(dir = join(ROOT, 'demo')): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([dir])) if ('article' in item) out.push(item.article);
  if (out.length === 0) throw new Error(`no articles read from ${dir}`);
  return out;
}

/**
 * Makes `n` distinct articles from a base corpus: article `i` is base article `i mod B` with a
 * subset of its paragraphs after the lead (variant `k` drops the paragraphs named by the bits of
 * `k`), and past the subsets a wire-style credit line. Variant 0 is the base article itself, so
 * each variant's text, and therefore its id, differs; the lead paragraph, which carries most
 * events, is kept.
 */
export function varyArticles(base: Article[], n: number): Article[] {
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length];
    const k = Math.floor(i / base.length);
    if (k === 0) {
      out.push(b);
      continue;
    }
    const [lead, ...rest] = b.text.split('\n');
    const subsets = 2 ** rest.length;
    const mask = k % subsets;
    const kept = rest.filter((_, j) => (mask & (1 << j)) === 0);
    const desk = Math.floor(k / subsets);
    const paragraphs = [lead, ...kept];
    if (desk > 0) paragraphs.push(`Reporting by sample desk ${desk}.`);
    const text = paragraphs.join('\n');
    out.push({ ...b, id: articleId(text), text, origin: `${b.origin}#variant-${k}` });
  }
  return out;
}

/** Creates an empty PostgreSQL database next to `adminUrl`'s and returns its URL. */
export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by {@link createScratchDatabase}, disconnecting anyone still on it. */
export async function dropScratchDatabase(adminUrl: string, dbUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(dbUrl).pathname.slice(1));
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A count of stored articles at a moment (ms). */
interface Sample {
  at: number;
  n: number;
}

/**
 * The steady rate over samples: from the first sample at 10% of the final count to the last one
 * that grew. The first articles pay for loading data files and models, which a long-running
 * worker pays once, so they are left out.
 */
export function steadyRate(samples: Sample[]): { perSecond: number; seconds: number; articles: number } {
  const last = samples.reduce<Sample | null>((best, x) => (best === null || x.n > best.n ? x : best), null);
  if (!last || last.n === 0) return { perSecond: 0, seconds: 0, articles: 0 };
  const start = samples.find((x) => x.n >= Math.max(1, Math.ceil(last.n * 0.1)) && x.at < last.at);
  if (!start) return { perSecond: 0, seconds: 0, articles: last.n };
  const seconds = (last.at - start.at) / 1000;
  return { perSecond: Math.round(((last.n - start.n) / seconds) * 10) / 10, seconds, articles: last.n };
}

function list(env: string | undefined, fallback: number[]): number[] {
  if (!env) return fallback;
  return env
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

async function embedded(corpus: Article[], threads: number, budgetMs: number): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'lapwing-scale-'));
  const store = await openStore(join(dir, 'bench.sqlite'));
  // Threads warm themselves up; the single-thread mode runs here, so warm this thread too.
  if (threads <= 1) warmUpPipeline();
  try {
    const samples: Sample[] = [];
    let first = 0;
    let done = 0;
    let failed = 0;
    let firstError = '';
    for await (const r of processArticlesParallel(corpus, threads)) {
      if (r.ok) await store.saveArticle(r.coded);
      else {
        failed++;
        firstError ||= r.error.split('\n')[0];
      }
      done++;
      const now = performance.now();
      if (first === 0) first = now;
      samples.push({ at: now, n: done });
      if (budgetMs > 0 && now - first > budgetMs) break;
    }
    const r = steadyRate(samples);
    return {
      name: `embedded SQLite, ${threads} thread${threads > 1 ? 's' : ''}: articles/s`,
      value: r.perSecond,
      unit: 'articles/s',
      detail: `${done} of ${corpus.length} articles; steady rate over ${r.seconds.toFixed(1)} s${failed ? `; ${failed} failed (${firstError})` : ''}`,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function startWorkers(count: number, args: string[]): { exits: Promise<number[]>; stop: () => void } {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, [BIN, 'worker', ...args], { stdio: ['ignore', 'ignore', 'inherit'] }),
  );
  const exits = Promise.all(
    children.map((c) => new Promise<number>((resolve) => c.on('exit', (code) => resolve(code ?? -1)))),
  );
  let stopped = false;
  const stop = (): void => {
    // Once: a second SIGTERM makes a worker quit without finishing its article.
    if (!stopped) for (const c of children) c.kill('SIGTERM');
    stopped = true;
  };
  return { exits, stop };
}

async function countArticles(client: pg.Client): Promise<number> {
  const r = await client.query<{ n: string }>('select count(*) as n from articles');
  return Number(r.rows[0].n);
}

async function queued(
  corpus: Article[],
  workers: number,
  budgetMs: number,
  natsUrl: string,
  adminUrl: string,
): Promise<BenchResult[]> {
  const stream = `LAPWING_BENCH_${process.pid}_${workers}_${Date.now().toString(36)}`;
  const db = await createScratchDatabase(adminUrl, 'lapwing_scale');
  const client = new pg.Client({ connectionString: db });
  try {
    await (await openStore(db)).close();
    await client.connect();
    const t0 = performance.now();
    await publishArticles(natsUrl, corpus, { stream });
    const publishS = (performance.now() - t0) / 1000;
    const started = performance.now();
    const run = startWorkers(workers, [
      '--queue',
      natsUrl,
      '--db',
      db,
      '--stream',
      stream,
      '--drain',
      '--no-incidents',
      '--batch',
      '32',
      '--ack-wait',
      '60s',
    ]);
    let finished = false;
    void run.exits.then(() => {
      finished = true;
    });
    // Sample the stored count; the budget runs from the first stored article.
    const samples: Sample[] = [];
    let firstAt = 0;
    while (!finished) {
      await new Promise((r) => setTimeout(r, 250));
      const now = performance.now();
      const n = await countArticles(client);
      samples.push({ at: now, n });
      if (n > 0 && firstAt === 0) firstAt = now;
      if (budgetMs > 0 && firstAt > 0 && now - firstAt > budgetMs) run.stop();
      if (budgetMs > 0 && now - started > budgetMs + STARTUP_ALLOWANCE_MS) run.stop();
    }
    const codes = await run.exits;
    samples.push({ at: performance.now(), n: await countArticles(client) });
    const r = steadyRate(samples);
    const rows: BenchResult[] = [
      {
        name: `queue -> PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}: articles/s`,
        value: r.perSecond,
        unit: 'articles/s',
        detail: `${r.articles} of ${corpus.length} stored; steady rate over ${r.seconds.toFixed(1)} s; exit codes ${codes.join(',')}`,
      },
    ];
    if (workers === 1) {
      rows.push({
        name: 'queue: publish to JetStream',
        value: Math.round(corpus.length / publishS),
        unit: 'articles/s',
        detail: `${corpus.length} articles`,
      });
    }
    return rows;
  } finally {
    await client.end().catch(() => {});
    await deleteStream(natsUrl, stream).catch(() => {});
    await dropScratchDatabase(adminUrl, db).catch(() => {});
  }
}

/** Runs the scale-out figures; see the module comment for the environment it reads. */
export async function bench(): Promise<BenchResult[]> {
  const n = Number(process.env.LAPWING_SCALE_ARTICLES ?? 10_000);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(
      `LAPWING_SCALE_ARTICLES must be a positive integer, got ${process.env.LAPWING_SCALE_ARTICLES}`,
    );
  const natsUrl = process.env.LAPWING_QUEUE ?? 'nats://127.0.0.1:4222';
  const adminUrl = process.env.LAPWING_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const budgetMs = Number(process.env.LAPWING_SCALE_SECONDS ?? 20) * 1000;
  const corpus = varyArticles(await loadDemoArticles(), n);
  const results: BenchResult[] = [];
  for (const threads of list(process.env.LAPWING_SCALE_THREADS, [1, 2]))
    results.push(await embedded(corpus, threads, budgetMs));
  for (const workers of list(process.env.LAPWING_SCALE_WORKERS, [1, 2, 4])) {
    results.push(...(await queued(corpus, workers, budgetMs, natsUrl, adminUrl)));
  }
  return results;
}
