import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoArticles, varyArticles } from '../../src/bench/scale-bench.js';
import { deleteStream } from '../../src/queue/nats-connection.js';
import { publishArticles } from '../../src/queue/publish.js';
import { queueStatus } from '../../src/queue/queue-status.js';

const NATS = process.env.LAPWING_QUEUE ?? 'nats://127.0.0.1:4222';
const stream = `LAPWING_TEST_PUB_${process.pid}_${Date.now().toString(36)}`;

afterAll(async () => {
  await deleteStream(NATS, stream);
});

describe('publishing to JetStream (real NATS)', () => {
  it('reports that no stream exists before anything is published', async () => {
    const s = await queueStatus(NATS, { stream, sampleMs: 0 });
    expect(s.exists).toBe(false);
    expect(s.messages).toBe(0);
    expect(s.lagSeconds).toBeNull();
  });

  it('publishes each article once and drops re-published ones by article id', async () => {
    const articles = varyArticles(await loadDemoArticles(), 40);
    const seen: string[] = [];
    const first = await publishArticles(NATS, articles, {
      stream,
      window: 8,
      onPublished: (a) => seen.push(a.id),
    });
    expect(first).toEqual({ published: 40, duplicates: 0 });
    expect(new Set(seen)).toEqual(new Set(articles.map((a) => a.id)));

    // Publishing an overlapping batch again (as a re-run of `lapwing ingest --queue` would).
    async function* again() {
      yield* articles.slice(30);
      yield* varyArticles(await loadDemoArticles(), 45).slice(40);
    }
    const second = await publishArticles(NATS, again(), { stream });
    expect(second).toEqual({ published: 5, duplicates: 10 });

    const s = await queueStatus(NATS, { stream, sampleMs: 200 });
    expect(s.exists).toBe(true);
    expect(s.messages).toBe(45);
    expect(s.published).toBe(45);
    // No worker has attached a consumer: everything is waiting, nothing in progress.
    expect(s.pending).toBe(45);
    expect(s.ackPending).toBe(0);
    expect(s.throughput).toBe(0);
    expect(s.lagSeconds).toBeGreaterThanOrEqual(0);
    expect(s.etaSeconds).toBeNull();
  });

  it('fails with a clear message when NATS is unreachable', async () => {
    await expect(publishArticles('nats://127.0.0.1:1', [], { stream })).rejects.toThrow(
      /cannot reach NATS at nats:\/\/127\.0\.0\.1:1/,
    );
  });
});
