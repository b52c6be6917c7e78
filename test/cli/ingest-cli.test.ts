import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../ingest/temp-dir.js';
import { jsonOut, runCli } from './run-cli.js';

const { dir, cleanup } = tempDir('lapwing-cli-');
const db = join(dir, 'cli.sqlite');
const corpus = join(dir, 'corpus');
const clean = join(dir, 'clean');

const A =
  'The United States military struck a vessel in the Caribbean Sea on Tuesday, killing three people aboard, officials said.';
const B =
  'Colombia suspended intelligence sharing with the United States after the latest strike, the president said on Wednesday.';
const C =
  'Venezuela condemned the strike as an act of aggression and called on the United Nations Security Council to meet.';

beforeAll(() => {
  mkdirSync(corpus);
  mkdirSync(clean);
  writeFileSync(
    join(corpus, 'a.txt'),
    `---\ntitle: Strike\noutlet: Test Wire\ndate: 2025-10-14\nurl: https://example.org/a\n---\n${A}\n`,
  );
  writeFileSync(
    join(corpus, 'b.html'),
    `<html><head><meta property="og:title" content="Sharing"></head><body><article><p>${B}</p></article></body></html>`,
  );
  writeFileSync(
    join(corpus, 'recs.jsonl'),
    `${JSON.stringify({ text: C, date: '2025-10-15' })}\n{"text": "cut\n`,
  );
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(clean, 'c.txt'), C);
});
afterAll(cleanup);

// Each test starts the CLI as a child process, which takes seconds on a busy machine.
describe('lapwing ingest (child process, real SQLite file)', { timeout: 240_000 }, () => {
  it('stores what it can, prints one line per problem, a summary, and exits 1 when inputs failed', async () => {
    const r = await runCli(['ingest', corpus, '--db', db]);
    expect(r.code, r.stderr).toBe(1);
    const [summary, detail] = r.stdout.trim().split('\n');
    expect(summary).toBe('stored 3, duplicate 0, skipped 0, failed 2');
    expect(detail).toMatch(/^events \d+, incidents \d+$/);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${join(corpus, 'empty.txt')}: `),
        expect.stringContaining(`${join(corpus, 'recs.jsonl')}:2: `),
      ]),
    );
    expect(r.stderr).toContain('[empty-file]');
    expect(r.stderr).toContain('[bad-json]');
  });

  it('ingesting twice changes nothing (stats identical)', async () => {
    const before = jsonOut(await runCli(['stats', '--db', db, '--json']));
    expect(before.articles).toBe(3);
    const r = await runCli(['ingest', corpus, '--db', db]);
    expect(r.stdout.trim()).toBe('stored 0, duplicate 3, skipped 0, failed 2');
    const after = jsonOut(await runCli(['stats', '--db', db, '--json']));
    expect(after).toEqual(before);
  });

  it('exits 0 when nothing failed, and --json gives the counts as data', async () => {
    const r = await runCli(['ingest', clean, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = jsonOut(r);
    expect(out).toMatchObject({ stored: 0, duplicate: 1, skipped: 0, failed: 0, problems: [] });
  });

  it('reads standard input given as -', async () => {
    const text =
      'Brazil offered to mediate between Washington and Caracas, its foreign minister told reporters on Thursday.';
    const r = await runCli(['ingest', '-', '--db', db], { stdin: text });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('stored 1, duplicate 0, skipped 0, failed 0');
  });

  it('prints a readable stats table', async () => {
    const r = await runCli(['stats', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^articles\s+4 \(eng 4\)$/m);
  });

  it('exits 2 on usage errors', async () => {
    // Independent processes: run side by side to keep the test short on a slow machine.
    const runs = await Promise.all([
      runCli(['ingest', '--db', db]),
      runCli(['events', '--db', db, '--from', '2025-13-01']),
      runCli(['export', '--db', db, '--format', 'xls', '--no-such-flag']),
      runCli(['stats', '--db', join(dir, 'typo.sqlite')]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    expect(runs[0]!.stderr).toContain('give at least one file');
    expect(runs[1]!.stderr).toContain('--from "2025-13-01": expected a date');
    expect(runs[2]!.stderr).toContain("unknown option '--no-such-flag'");
    expect(runs[3]!.stderr).toContain('does not exist');
  });
});
