/**
 * Several processes opening one new SQLite file at the same moment (workers or CLI commands
 * started together): every one must open it, with the schema migrated once. Real child processes,
 * released together by a shared start time.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { tempDir } from '../ingest/temp-dir.js';

const { dir, cleanup } = tempDir('lapwing-race-');
afterAll(cleanup);

const OPEN = `
const { openStore } = await import(process.argv[1]);
const at = Number(process.argv[3]);
while (Date.now() < at) {}
try {
  const s = await openStore(process.argv[2]);
  await s.close();
  process.stdout.write('opened');
} catch (e) {
  process.stdout.write('failed: ' + e.message);
  process.exitCode = 1;
}`;

function openAt(file: string, at: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', OPEN, `${ROOT}dist/store/open-store.js`, file, String(at)],
      { env: { ...process.env, LAPWING_LOG: 'silent' } },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('four processes opening a new SQLite file at once', { timeout: 120_000 }, () => {
  it('all open it, and each migration is recorded once', async () => {
    expect(existsSync(`${ROOT}dist/store/open-store.js`)).toBe(true);
    // Several rounds: the race depends on timing, and one round may not hit it.
    for (let round = 0; round < 3; round++) {
      const file = join(dir, `new-${round}.sqlite`);
      // Far enough ahead for four Node processes to start on a busy 2-core machine.
      const at = Date.now() + 2000;
      const results = await Promise.all([0, 1, 2, 3].map(() => openAt(file, at)));
      expect(
        results.map((r) => r.out),
        `round ${round}`,
      ).toEqual(['opened', 'opened', 'opened', 'opened']);
      const db = new Database(file, { readonly: true });
      const rows = db.prepare('select name, count(*) as n from lapwing_migrations group by name').all() as {
        name: string;
        n: number;
      }[];
      db.close();
      expect(rows.length).toBeGreaterThanOrEqual(6);
      expect(rows.every((r) => r.n === 1)).toBe(true);
    }
  });
});
