import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoArticles, varyArticles } from '../../src/bench/scale-bench.js';
import type { Article } from '../../src/core/records.js';
import { deleteStream } from '../../src/queue/nats-connection.js';
import { publishArticles } from '../../src/queue/publish.js';
import { subjectFor } from '../../src/queue/queue-options.js';
import { queueStatus } from '../../src/queue/queue-status.js';
import { DEFAULT_WORKER_OPTIONS, runWorker, type WorkerOptions } from '../../src/queue/run-worker.js';
import { openStore } from '../../src/store/open-store.js';

const NATS = process.env.LAPWING_QUEUE ?? 'nats://127.0.0.1:4222';
const run = `${process.pid}_${Date.now().toString(36)}`;
const streams = [`LAPWING_TEST_SQ1_${run}`, `LAPWING_TEST_SQ2_${run}`, `LAPWING_TEST_SQ3_${run}`];
let dir: string;
let db: string;
let articles: Article[];

function options(stream: string): WorkerOptions {
  return {
    ...DEFAULT_WORKER_OPTIONS,
    queue: NATS,
    db,
    stream,
    consumer: 'w',
    ackWaitMs: 5000,
    incidentsIntervalMs: 0,
    drain: true,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-worker-'));
  db = join(dir, 'store.sqlite');
  articles = varyArticles(await loadDemoArticles(), 8);
});
afterAll(async () => {
  for (const s of streams) await deleteStream(NATS, s);
  rmSync(dir, { recursive: true, force: true });
});

describe('queue worker on SQLite (real NATS)', () => {
  it('stores every article, drops a malformed message, rebuilds incidents and drains', {
    timeout: 180_000,
  }, async () => {
    await publishArticles(NATS, articles, { stream: streams[0] });
    // Something that is not an Article on the same subject (another tool, a truncated body).
    const nc = await connect({ servers: NATS });
    await nc
      .jetstream()
      .publish(subjectFor(streams[0]), new TextEncoder().encode('{"id": "art_x", "text": 3'));
    await nc.close();

    const summary = await runWorker(options(streams[0]));
    expect(summary).toMatchObject({ processed: 9, stored: 8, duplicates: 0, failed: 1 });
    expect(summary.incidentRebuilds).toBeGreaterThanOrEqual(1);

    const store = await openStore(db);
    try {
      const stats = await store.stats();
      expect(stats.articles).toBe(8);
      const runs = await store.listRuns(5);
      expect(runs[0]).toMatchObject({ stored: 8, failed: 1 });
      expect(runs[0].finishedAt).not.toBeNull();
    } finally {
      await store.close();
    }
    const s = await queueStatus(NATS, { stream: streams[0], consumer: 'w', sampleMs: 0 });
    expect(s).toMatchObject({ messages: 0, pending: 0, ackPending: 0, published: 9 });
  });

  it('acks already-stored articles without storing them again', async () => {
    // A second stream has no memory of the first one's message ids, as after the duplicate window.
    await publishArticles(NATS, articles.slice(0, 5), { stream: streams[1] });
    const summary = await runWorker(options(streams[1]));
    expect(summary).toMatchObject({ processed: 5, stored: 0, duplicates: 5, failed: 0 });
    const store = await openStore(db);
    try {
      expect((await store.stats()).articles).toBe(8);
    } finally {
      await store.close();
    }
  });

  it('clusters what another worker stored but never clustered (it died, or had incidents off)', {
    timeout: 180_000,
  }, async () => {
    const db2 = join(dir, 'second.sqlite');
    await publishArticles(NATS, articles, { stream: streams[2] });
    const first = await runWorker({ ...options(streams[2]), db: db2, incidentsIntervalMs: null });
    expect(first).toMatchObject({ stored: 8, incidentRebuilds: 0 });
    const store = await openStore(db2);
    try {
      expect((await store.stats()).incidents).toBe(0);
      // Nothing is left in the queue, yet the acked work has not been clustered. The worker idles
      // for about three fetch waits: it rebuilds once, then leaves the ledger alone.
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 3500);
      const second = await runWorker({
        ...options(streams[2]),
        db: db2,
        drain: false,
        signal: controller.signal,
      });
      expect(second).toMatchObject({ processed: 0, incidentRebuilds: 1 });
      expect((await store.stats()).incidents).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const summary = await runWorker({ ...options(streams[1]), drain: false, signal: controller.signal });
    expect(summary.processed).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
