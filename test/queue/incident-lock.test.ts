import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, dropScratchDatabase } from '../../src/bench/scale-bench.js';
import { FileLock, type IncidentLock, lockFor, PgAdvisoryLock } from '../../src/queue/incident-lock.js';

const PG_ADMIN = process.env.LAPWING_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let dir: string;
let pgUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-lock-'));
  pgUrl = await createScratchDatabase(PG_ADMIN, 'lapwing_t_lock');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropScratchDatabase(PG_ADMIN, pgUrl);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs two critical sections that overlap in time and records when each enters and leaves. */
async function overlap(a: IncidentLock, b: IncidentLock): Promise<string[]> {
  const log: string[] = [];
  let entered!: () => void;
  const aEntered = new Promise<void>((r) => {
    entered = r;
  });
  const first = a.withLock(async () => {
    log.push('a in');
    entered();
    await sleep(150);
    log.push('a out');
  });
  await aEntered;
  const second = b.withLock(async () => {
    log.push('b in');
    log.push('b out');
  });
  await Promise.all([first, second]);
  return log;
}

describe('incident rebuild locks', () => {
  it('picks the advisory lock for PostgreSQL and a lock file for SQLite', () => {
    expect(lockFor('postgres://u@h/db')).toBeInstanceOf(PgAdvisoryLock);
    expect(lockFor('postgresql://u@h/db')).toBeInstanceOf(PgAdvisoryLock);
    expect(lockFor(join(dir, 'x.sqlite'))).toBeInstanceOf(FileLock);
  });

  it('file lock: a second holder waits for the first', async () => {
    const path = join(dir, 'a.lock');
    expect(await overlap(new FileLock(path), new FileLock(path))).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(existsSync(path)).toBe(false);
  });

  it('file lock: takes over a lock left by a dead process', async () => {
    const path = join(dir, 'stale.lock');
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(path, `${dead} ${hostname()}\n`);
    const got = await Promise.race([
      new FileLock(path).withLock(async () => 'taken'),
      sleep(2000).then(() => 'stuck'),
    ]);
    expect(got).toBe('taken');
  });

  it('file lock: does not take a lock held by a live process', async () => {
    const path = join(dir, 'live.lock');
    writeFileSync(path, `${process.pid} ${hostname()}\n`);
    const got = await Promise.race([
      new FileLock(path).withLock(async () => 'taken'),
      sleep(300).then(() => 'waiting'),
    ]);
    expect(got).toBe('waiting');
    rmSync(path);
  });

  it('advisory lock: a second session waits for the first (real PostgreSQL)', async () => {
    const a = new PgAdvisoryLock(pgUrl);
    const b = new PgAdvisoryLock(pgUrl);
    try {
      expect(await overlap(a, b)).toEqual(['a in', 'a out', 'b in', 'b out']);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('advisory lock: released when the holding session dies', async () => {
    const a = new PgAdvisoryLock(pgUrl);
    const b = new PgAdvisoryLock(pgUrl);
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    // A holds the lock and never leaves its critical section; its session then ends.
    const aHolding = a.withLock(() => held).catch(() => 'a lost its session');
    await sleep(100);
    const bGot = b.withLock(async () => 'b got it');
    await a.close().catch(() => {});
    expect(await Promise.race([bGot, sleep(5000).then(() => 'b stuck')])).toBe('b got it');
    release();
    await aHolding;
    await b.close();
  });
});
