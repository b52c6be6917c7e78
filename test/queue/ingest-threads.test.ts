import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lapwing');
const built = existsSync(join(ROOT, 'dist', 'pipeline', 'thread-worker.js'));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-ingest-threads-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ingest(db: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'ingest', join(ROOT, 'demo'), '--db', db, '--json', ...extra], {
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { code: r.status, out: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

describe.runIf(built)('lapwing ingest --threads', () => {
  it('stores exactly what a single-threaded ingest stores', { timeout: 180_000 }, async () => {
    const one = join(dir, 'one.sqlite');
    const two = join(dir, 'two.sqlite');
    const a = ingest(one);
    const b = ingest(two, '--threads', '2');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const { runId: _a, ...countsA } = a.out;
    const { runId: _b, ...countsB } = b.out;
    expect(countsB).toEqual(countsA);
    expect(countsB.stored).toBe(26);

    const sa = await openStore(one);
    const sb = await openStore(two);
    try {
      const ids = (await sa.listArticles({ limit: 100 })).items.map((x) => x.id).sort();
      expect((await sb.listArticles({ limit: 100 })).items.map((x) => x.id).sort()).toEqual(ids);
      for (const id of ids) expect(await sb.getArticle(id)).toEqual(await sa.getArticle(id));
    } finally {
      await sa.close();
      await sb.close();
    }

    // Re-ingesting with threads finds everything already stored and codes nothing.
    const again = ingest(two, '--threads', '2');
    expect(again.out).toMatchObject({ stored: 0, duplicate: 26, failed: 0 });
  });

  it('rejects a thread count that is not a whole number from 1 to 64', () => {
    const r = ingest(join(dir, 'never.sqlite'), '--threads', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threads "0"/);
    expect(existsSync(join(dir, 'never.sqlite'))).toBe(false);
  });
});
