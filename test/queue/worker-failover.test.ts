/**
 * The scale-out acceptance test: two `lapwing worker` processes on the real NATS JetStream and the
 * real PostgreSQL, one killed with SIGKILL mid-stream; every article must end up stored exactly
 * once, with the same events and incidents as a single process on SQLite.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratchDatabase,
  dropScratchDatabase,
  loadDemoArticles,
  varyArticles,
} from '../../src/bench/scale-bench.js';
import type { Article, CodedEvent, Incident } from '../../src/core/records.js';
import { deleteStream } from '../../src/queue/nats-connection.js';
import { publishArticles } from '../../src/queue/publish.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lapwing');
const NATS = process.env.LAPWING_QUEUE ?? 'nats://127.0.0.1:4222';
const PG_ADMIN = process.env.LAPWING_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));

const run = `${process.pid}_${Date.now().toString(36)}`;
const stream = `LAPWING_TEST_FAILOVER_${run}`;
const refStream = `LAPWING_TEST_FAILREF_${run}`;
const consumer = `failover_${run}`;
let pgUrl: string;
let refDb: string;
let dir: string;
let articles: Article[];

interface Worker {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  stdout: string;
  exit: Promise<number | null>;
}

/** Starts `lapwing worker --drain` with debug logs, collecting its JSON log lines. */
function startWorker(db: string, streamName: string, batch: number): Worker {
  const args = [BIN, '--log-level', 'debug', 'worker', '--queue', NATS, '--db', db, '--stream', streamName];
  args.push(
    '--consumer',
    consumer,
    '--ack-wait',
    '2s',
    '--batch',
    String(batch),
    '--incidents-every',
    '300ms',
  );
  args.push('--drain', '--json');
  const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const w: Worker = {
    child,
    lines: [],
    stdout: '',
    exit: new Promise((r) => child.on('exit', (code) => r(code))),
  };
  let buf = '';
  child.stderr?.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    for (const line of parts) {
      try {
        w.lines.push(JSON.parse(line));
      } catch {
        w.lines.push({ msg: line });
      }
    }
  });
  child.stdout?.on('data', (d: Buffer) => {
    w.stdout += d.toString();
  });
  return w;
}

function count(w: Worker, msg: string): number {
  return w.lines.filter((l) => l.msg === msg).length;
}

async function until(cond: () => boolean, ms: number, what: string, workers: Worker[]): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    // A worker that dies on its own (a broken build, no database) fails the test at once.
    const dead = workers.find((w) => w.child.exitCode !== null);
    if (dead) {
      throw new Error(
        `worker exited with ${dead.child.exitCode} while waiting for ${what}: ${JSON.stringify(dead.lines.slice(-3))}`,
      );
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

function byId<T extends { id: string }>(xs: T[]): T[] {
  return [...xs].sort((a, b) => a.id.localeCompare(b.id));
}

async function allIncidents(store: Store): Promise<Incident[]> {
  const out: Incident[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.queryIncidents({}, { limit: 500, cursor });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return byId(out);
}

beforeAll(async () => {
  if (!built) return;
  dir = mkdtempSync(join(tmpdir(), 'lapwing-failover-'));
  pgUrl = await createScratchDatabase(PG_ADMIN, 'lapwing_t_failover');
  refDb = join(dir, 'reference.sqlite');
  articles = varyArticles(await loadDemoArticles(), 40);
});

afterAll(async () => {
  if (!built) return;
  await deleteStream(NATS, stream).catch(() => {});
  await deleteStream(NATS, refStream).catch(() => {});
  await dropScratchDatabase(PG_ADMIN, pgUrl).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(built)('queue workers on NATS JetStream and PostgreSQL', () => {
  it('loses nothing and stores nothing twice when a worker is SIGKILLed mid-stream', {
    timeout: 240_000,
  }, async () => {
    expect(await publishArticles(NATS, articles, { stream })).toEqual({ published: 40, duplicates: 0 });
    expect(await publishArticles(NATS, articles, { stream: refStream })).toEqual({
      published: 40,
      duplicates: 0,
    });

    // The reference: one process on SQLite, started with A so that both run the same build.
    const ref = startWorker(refDb, refStream, 16);
    // A pulls batches of 12 and starts pulling first, so it certainly holds part of the stream.
    // It is killed once it has coded two articles of a batch, which it stores and acks only when
    // the batch is coded: it dies holding messages it has not acked. B starts while A works.
    const a = startWorker(pgUrl, stream, 12);
    await until(() => a.lines.some((l) => l.msg === 'worker started'), 180_000, 'worker A to start', [a]);
    const b = startWorker(pgUrl, stream, 3);
    await until(() => count(a, 'article coded') >= 2, 180_000, 'worker A to code two articles', [a, b]);
    a.child.kill('SIGKILL');
    expect(await a.exit).toBeNull();
    expect(count(a, 'article done')).toBeLessThan(40);

    expect(await b.exit).toBe(0);
    expect(await ref.exit).toBe(0);
    const summary = JSON.parse(b.stdout.trim().split('\n').pop() ?? '{}');
    expect(summary.failed).toBe(0);
    expect(summary.incidentRebuilds).toBeGreaterThan(0);
    // B received A's unacked messages again after the ack wait.
    expect(
      b.lines.filter((l) => l.msg === 'article done' && (l.delivery as number) > 1).length,
    ).toBeGreaterThan(0);

    const store = await openStore(pgUrl);
    const single = await openStore(refDb);
    try {
      // Exactly once: the row count, not just the distinct ids, matches.
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      const rows = await client.query('select id from articles order by id');
      await client.end();
      expect(rows.rows.map((r: { id: string }) => r.id)).toEqual(articles.map((x) => x.id).sort());
      expect((await store.stats()).articles).toBe(40);

      // Same events, article by article, as the single process.
      let events = 0;
      for (const art of articles) {
        const got = await store.getArticle(art.id);
        const want = await single.getArticle(art.id);
        expect(got).not.toBeNull();
        const g: CodedEvent[] = byId(got?.events ?? []);
        expect(g, `events of ${art.id}`).toEqual(byId(want?.events ?? []));
        events += g.length;
      }
      expect(events).toBe((await single.stats()).events);

      // One ledger, rebuilt after the last commit: the same incidents, none counted twice.
      const incidents = await allIncidents(store);
      expect(incidents).toEqual(await allIncidents(single));
      const sourceEvents = incidents.flatMap((i) => i.sources.map((s) => s.eventId));
      expect(new Set(sourceEvents).size).toBe(sourceEvents.length);

      // Both workers recorded their run; the killed one never finished it.
      const runs = await store.listRuns(10);
      expect(runs).toHaveLength(2);
      expect(runs.filter((r) => r.finishedAt === null)).toHaveLength(1);
    } finally {
      await store.close();
      await single.close();
    }
  });

  it('reports an empty queue and the stored articles through `lapwing status`', {
    timeout: 60_000,
  }, async () => {
    const args = [BIN, 'status', '--queue', NATS, '--stream', stream, '--consumer', consumer, '--db', pgUrl];
    const child = spawn(process.execPath, [...args, '--sample', '300ms', '--json'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const exit = await new Promise<number | null>((r) => child.on('exit', r));
    expect(exit).toBe(0);
    const status = JSON.parse(out);
    expect(status.queue).toMatchObject({
      exists: true,
      messages: 0,
      pending: 0,
      ackPending: 0,
      published: 40,
      etaSeconds: 0,
    });
    expect(status.store.articles).toBe(40);
  });
});
