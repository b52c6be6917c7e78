/**
 * A short, bounded load test on loopback: `lapwing serve` over the demo store in a child process,
 * two clients paging events as fast as they can for a few seconds while `lapwing ingest` writes
 * to the same store from another child. No request may fail, and the 99th percentile of the
 * events pages stays under 150 ms. (`npm run bench -- load` runs the same for 30 s with four
 * clients.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareLoad, runLoad } from '../../src/bench/load-bench.js';

const dir = mkdtempSync(join(tmpdir(), 'lapwing-load-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('load on loopback with an ingest writing', { timeout: 120_000 }, () => {
  it('answers every events page, p99 under 150 ms', async () => {
    const { db, writes } = await prepareLoad(dir, 400);
    const r = await runLoad({ db, seconds: 5, concurrency: 2, writerInputs: [writes] });
    if (process.env.LAPWING_TEST_FIGURES) console.log(r);
    expect(r.errorSamples).toEqual([]);
    expect(r.errors).toBe(0);
    expect(r.requests).toBeGreaterThan(50);
    expect(r.articlesWritten).toBeGreaterThan(0);
    expect(r.p99, JSON.stringify(r)).toBeLessThan(150);
  });
});
