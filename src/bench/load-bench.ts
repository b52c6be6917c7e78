/**
 * Load on loopback: `lapwing serve` in a child process over a store, clients paging events
 * (plain, filtered, newest first) as fast as they can, while `lapwing ingest` in another child
 * writes to the same store. Reports requests, errors and latency percentiles.
 *
 * `npm run bench -- load` runs it for 30 s on the demo store (`LAPWING_LOAD_SECONDS` changes it; it is
 * not in the default set of `npm run bench`);
 * test/api/load.test.ts runs a short version.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-result.js';
import { loadDemoArticles, varyArticles } from './scale-bench.js';

/** `bin/lapwing`, two folders up from src/bench or dist/bench. */
const BIN = fileURLToPath(new URL('../../bin/lapwing', import.meta.url));
const DEMO = fileURLToPath(new URL('../../demo', import.meta.url));

/** Options of {@link runLoad}. */
export interface LoadOptions {
  /** The store the server reads and the writer writes. */
  db: string;
  /** Seconds of load. */
  seconds: number;
  /** Clients requesting at once. */
  concurrency: number;
  /** What the writer ingests during the load (null: no writer). */
  writerInputs: string[] | null;
}

/** What a load run measured. */
export interface LoadReport {
  requests: number;
  errors: number;
  /** The first few errors, for the report. */
  errorSamples: string[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
  seconds: number;
  /** Articles the store gained during the load (the writer's work). */
  articlesWritten: number;
}

function lapwing(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, LAPWING_LOG: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts `lapwing serve` on a free port and resolves with its URL. */
async function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = lapwing(['serve', '--db', db, '--port', '0']);
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 60_000);
    const look = (d: Buffer) => {
      out += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
  });
  return { child, url };
}

/** The event pages a client asks for, in turn: first pages of several filters, then next pages. */
const QUERIES = [
  '/api/events?limit=50',
  '/api/events?limit=50&type=ASSAULT',
  '/api/events?limit=50&actor=USA',
  '/api/events?limit=20&order=desc',
  '/api/events?limit=50&claim=asserted,attributed&from=2025-09-01&to=2025-12-31',
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function articles(url: string): Promise<number> {
  const r = await fetch(`${url}/api/stats`);
  return ((await r.json()) as { articles: number }).articles;
}

/** Runs the load and reports it. The store must exist (the server opens it as is). */
export async function runLoad(opts: LoadOptions): Promise<LoadReport> {
  const server = await serve(opts.db);
  let writer: ChildProcess | null = null;
  try {
    const initial = await articles(server.url);
    if (opts.writerInputs) {
      writer = lapwing(['ingest', ...opts.writerInputs, '--db', opts.db, '-q']);
      // The load starts once the writer is writing (it loads its models first).
      const until = Date.now() + 60_000;
      while ((await articles(server.url)) === initial) {
        if (Date.now() > until || writer.exitCode !== null)
          throw new Error('the writer did not start writing');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const before = await articles(server.url);
    const latencies: number[] = [];
    const errors: string[] = [];
    const end = performance.now() + opts.seconds * 1000;
    const client = async (k: number) => {
      let q = k;
      let next: string | null = null;
      while (performance.now() < end) {
        const path: string = next ?? QUERIES[q++ % QUERIES.length];
        const t = performance.now();
        try {
          const r = await fetch(`${server.url}${path}`);
          const body = (await r.json()) as { next?: string | null };
          latencies.push(performance.now() - t);
          if (r.status !== 200) errors.push(`${r.status} ${path}`);
          // Follow to the second page, as a client scrolling the list does, then start another query.
          next =
            r.status === 200 && body.next && !path.includes('cursor=')
              ? `${path}&cursor=${encodeURIComponent(body.next)}`
              : null;
        } catch (e) {
          latencies.push(performance.now() - t);
          errors.push(`${(e as Error).message} ${path}`);
          next = null;
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: opts.concurrency }, (_, k) => client(k)));
    const seconds = (performance.now() - started) / 1000;
    const after = await articles(server.url);
    latencies.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      requests: latencies.length,
      errors: errors.length,
      errorSamples: errors.slice(0, 5),
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? 0),
      seconds: round(seconds),
      articlesWritten: after - before,
    };
  } finally {
    writer?.kill('SIGKILL');
    server.child.kill('SIGTERM');
  }
}

/**
 * A demo store in `dir` (the bundled corpus, ingested by the CLI) and a JSONL file of varied
 * demo articles for the writer: returns their paths.
 */
export async function prepareLoad(
  dir: string,
  writerArticles: number,
): Promise<{ db: string; writes: string }> {
  const db = join(dir, 'load.sqlite');
  const built = spawnSync(process.execPath, [BIN, 'ingest', DEMO, '--db', db, '-q'], {
    env: { ...process.env, LAPWING_LOG: 'silent' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`demo ingest failed: ${built.stderr}`);
  const base = await loadDemoArticles(DEMO);
  const more = varyArticles(base, base.length + writerArticles).slice(base.length);
  const writes = join(dir, 'writes.jsonl');
  writeFileSync(
    writes,
    more
      .map((a) => JSON.stringify({ text: a.text, title: a.title, outlet: a.outlet, date: a.published }))
      .join('\n'),
  );
  return { db, writes };
}

export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lapwing-load-'));
  try {
    const seconds = Number(process.env.LAPWING_LOAD_SECONDS ?? 30);
    const { db, writes } = await prepareLoad(dir, 2000);
    const r = await runLoad({ db, seconds, concurrency: 4, writerInputs: [writes] });
    const detail = `demo store, 4 clients, ${r.seconds} s, ${r.requests} requests, ${r.errors} errors, ingest writing ${r.articlesWritten} articles meanwhile`;
    return [
      { name: 'load: events pages p50', value: r.p50, unit: 'ms', detail },
      { name: 'load: events pages p99', value: r.p99, unit: 'ms', detail },
      { name: 'load: events pages max', value: r.max, unit: 'ms', detail },
      { name: 'load: requests/s', value: Math.round(r.requests / r.seconds), unit: 'req/s', detail },
      { name: 'load: errors', value: r.errors, unit: 'requests', detail },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
