/**
 * Scale-out benchmark: articles/s for 1, 2 and 4 `lapwing worker` processes against PostgreSQL
 * through NATS JetStream, and for the embedded mode (SQLite) with 1 and 2 pipeline threads, on a
 * corpus made by varying the demo articles.
 *
 * Environment: `LAPWING_SCALE_ARTICLES` (corpus size, default 10000), `LAPWING_QUEUE` (default
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
import { processArticlesParallel } from '../pipeline/thread-pool.js';
import { deleteStream } from '../queue/nats-connection.js';
import { publishArticles } from '../queue/publish.js';
import { openStore } from '../store/open-store.js';
import type { BenchResult } from './bench-result.js';

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

function list(env: string | undefined, fallback: number[]): number[] {
  if (!env) return fallback;
  return env
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

async function embedded(corpus: Article[], threads: number): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'lapwing-scale-'));
  const store = await openStore(join(dir, 'bench.sqlite'));
  try {
    await store.migrate();
    const started = performance.now();
    let failed = 0;
    for await (const r of processArticlesParallel(corpus, threads)) {
      if (r.ok) await store.saveArticle(r.coded);
      else failed++;
    }
    const s = (performance.now() - started) / 1000;
    return {
      name: `embedded SQLite, ${threads} thread${threads > 1 ? 's' : ''}: articles/s`,
      value: Math.round(corpus.length / s),
      unit: 'articles/s',
      detail: `${corpus.length} articles in ${s.toFixed(1)} s${failed ? `, ${failed} failed` : ''}`,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function runWorkers(count: number, args: string[]): Promise<number[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<number>((resolve, reject) => {
          const child = spawn(process.execPath, [BIN, 'worker', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.on('error', reject);
          child.on('exit', (code) => resolve(code ?? -1));
        }),
    ),
  );
}

async function queued(corpus: Article[], workers: number, natsUrl: string, adminUrl: string): Promise<BenchResult[]> {
  const stream = `LAPWING_BENCH_${process.pid}_${workers}_${Date.now().toString(36)}`;
  const db = await createScratchDatabase(adminUrl, 'lapwing_scale');
  try {
    const store = await openStore(db);
    await store.migrate();
    await store.close();
    const t0 = performance.now();
    await publishArticles(natsUrl, corpus, { stream });
    const publishS = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const codes = await runWorkers(workers, ['--queue', natsUrl, '--db', db, '--stream', stream, '--drain', '--no-incidents', '--batch', '32', '--ack-wait', '60s']);
    const s = (performance.now() - t1) / 1000;
    const check = await openStore(db);
    const stored = (await check.stats()).articles;
    await check.close();
    const rows: BenchResult[] = [
      {
        name: `queue -> PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}: articles/s`,
        value: Math.round(corpus.length / s),
        unit: 'articles/s',
        detail: `${stored}/${corpus.length} stored in ${s.toFixed(1)} s incl. process start; exit codes ${codes.join(',')}`,
      },
    ];
    if (workers === 1) {
      rows.push({ name: 'queue: publish to JetStream', value: Math.round(corpus.length / publishS), unit: 'articles/s', detail: `${corpus.length} articles` });
    }
    return rows;
  } finally {
    await deleteStream(natsUrl, stream).catch(() => {});
    await dropScratchDatabase(adminUrl, db).catch(() => {});
  }
}

/** Runs the scale-out figures; see the module comment for the environment it reads. */
export async function bench(): Promise<BenchResult[]> {
  const n = Number(process.env.LAPWING_SCALE_ARTICLES ?? 10_000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`LAPWING_SCALE_ARTICLES must be a positive integer, got ${process.env.LAPWING_SCALE_ARTICLES}`);
  const natsUrl = process.env.LAPWING_QUEUE ?? 'nats://127.0.0.1:4222';
  const adminUrl = process.env.LAPWING_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const corpus = varyArticles(await loadDemoArticles(), n);
  const results: BenchResult[] = [];
  for (const threads of list(process.env.LAPWING_SCALE_THREADS, [1, 2])) results.push(await embedded(corpus, threads));
  for (const workers of list(process.env.LAPWING_SCALE_WORKERS, [1, 2, 4])) results.push(...(await queued(corpus, workers, natsUrl, adminUrl)));
  return results;
}
