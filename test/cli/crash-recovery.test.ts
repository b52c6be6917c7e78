/**
 * A process killed after its last article commit but before the incident rebuild: the next run
 * finishes the rebuild, even when every article it reads is a duplicate, and the dead run is
 * marked unfinished. Real child processes, real SQLite file and PostgreSQL database, SIGKILL.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { corpusFixture, STRIKE_REPORTS } from './corpus-fixture.js';
import { jsonOut, ROOT, runCli } from './run-cli.js';

// Two reports of one strike and one of another: the ledger they give is not empty.
const { dir, corpus, pgUrl } = corpusFixture('lapwing-crash-', {
  'one.txt': `${STRIKE_REPORTS.first}\n`,
  'two.txt': STRIKE_REPORTS.second,
  'three.txt': STRIKE_REPORTS.other,
});

/** Starts `lapwing ingest` with the hold-before-rebuild hook and SIGKILLs it once it is there. */
function ingestThenKill(db: string): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}bin/lapwing`, 'ingest', corpus, '--db', db, '-q'], {
      env: { ...process.env, LAPWING_LOG: 'silent', LAPWING_TEST_HOLD_BEFORE_INCIDENTS: '1' },
    });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stderr.on('data', (d) => {
      stderr += d;
      if (stderr.includes('holding before the incident rebuild')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({ signal, stderr });
    });
  });
}

describe('a run killed between its last commit and the incident rebuild', { timeout: 240_000 }, () => {
  for (const kind of ['sqlite', 'postgres'] as const) {
    it(`is repaired by the next run, all duplicates, on ${kind}`, async () => {
      const db = kind === 'sqlite' ? join(dir, 'crash.sqlite') : pgUrl();
      const killed = await ingestThenKill(db);
      expect(killed.signal).toBe('SIGKILL');
      expect(killed.stderr).toContain('holding before the incident rebuild');

      let store = await openStore(db);
      try {
        const s = await store.stats();
        expect([s.articles, s.incidents]).toEqual([3, 0]);
        expect(s.events).toBeGreaterThan(0);
        expect(await store.incidentsPending()).toBe(true);
        expect((await store.listRuns(5)).map((r) => r.status)).toEqual(['running']);
      } finally {
        await store.close();
      }

      const again = await runCli(['ingest', corpus, '--db', db, '--json']);
      expect(again.code, again.stderr).toBe(0);
      const out = jsonOut<{ stored: number; duplicate: number; incidents: number | null }>(again);
      expect(out).toMatchObject({ stored: 0, duplicate: 3 });
      expect(out.incidents).toBeGreaterThanOrEqual(2);

      store = await openStore(db);
      try {
        expect((await store.stats()).incidents).toBe(out.incidents);
        expect(await store.incidentsPending()).toBe(false);
        const runs = await store.listRuns(5);
        // The dead run is marked; the all-duplicate run logs nothing, as before.
        expect(runs.map((r) => [r.status, r.finishedAt])).toEqual([['unfinished', null]]);
        expect(runs[0].stored).toBe(0);
      } finally {
        await store.close();
      }
    });
  }
});
