import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../ingest/temp-dir.js';
import { ROOT, runCli } from './run-cli.js';

const STORY =
  'Dock workers in Antwerp stopped work on Friday after talks with the port operator broke down, union officials said.';

const { dir, cleanup } = tempDir('lapwing-hardening-');
afterAll(cleanup);

// Each test starts the CLI (a fresh Node process that loads the pipeline): on a busy shared
// machine that takes tens of seconds of wall time, hence the generous limits.
describe('lapwing CLI on hostile input', { timeout: 240_000 }, () => {
  it('ingests a folder holding two symlinks to itself within a time limit', async () => {
    const corpus = join(dir, 'loop');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'story.txt'), STORY);
    symlinkSync('.', join(corpus, 'a'));
    symlinkSync('.', join(corpus, 'b'));
    // Before the fix the up-front count walked a/a/b/a/... without end; killed after 180 s.
    const r = await runCli(['ingest', corpus, '--db', join(dir, 'loop.sqlite')], { timeoutMs: 180_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('stored 1, duplicate 0, skipped 0, failed 0');
  });

  it('refuses an article over --max-article-kb with one line naming the file and the limit', async () => {
    const file = join(dir, 'long.txt');
    writeFileSync(file, `${STORY}\n`.repeat(200)); // about 23 KB
    const refused = await runCli([
      'ingest',
      file,
      '--max-article-kb',
      '20',
      '--db',
      join(dir, 'limit.sqlite'),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `${file}: article text of 23 KB exceeds the 20 KB per-article limit, not stored (raise it with --max-article-kb) [too-large]`,
    );
    const bad = await runCli(['ingest', file, '--max-article-kb', 'lots', '--db', join(dir, 'limit.sqlite')]);
    expect(bad.code).toBe(2);
  });

  it('prints a file name holding a newline escaped, so it cannot forge a line of output', async () => {
    const corpus = join(dir, 'names');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(corpus);
    const name = 'x.bin\nstored 99, duplicate 0, skipped 0, failed 0';
    writeFileSync(join(corpus, name), 'binary');
    writeFileSync(join(corpus, 'story.txt'), STORY);
    const r = await runCli(['ingest', corpus, '--db', join(dir, 'names.sqlite')]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('x.bin\\nstored 99');
    expect(lines[0]).toMatch(/^warning: .*\[unsupported-extension\]$/);
    expect(r.stdout.split('\n')[0]).toBe('stored 1, duplicate 0, skipped 1, failed 0');
  });

  it('treats a bad --cursor as a usage error (exit 2, one line)', async () => {
    const db = join(dir, 'cursor.sqlite');
    const file = join(dir, 'cursor.txt');
    writeFileSync(file, STORY);
    expect((await runCli(['ingest', file, '--db', db])).code).toBe(0);
    for (const cmd of ['events', 'incidents']) {
      const r = await runCli([cmd, '--db', db, '--cursor', 'not-a-cursor']);
      expect(r.code, cmd).toBe(2);
      expect(r.stderr.trim().split('\n'), cmd).toHaveLength(1);
      expect(r.stderr, cmd).toContain('--cursor');
    }
  });

  it('fails with one line when `code -` is given binary data', async () => {
    const r = await runCli(['code', '-'], {
      stdin: Buffer.concat([randomBytes(4000), Buffer.from('\n\n\0')]),
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'stdin: input is not UTF-8 text (binary data?); expected JSONL, one JSON object per line [not-text]',
    ]);
  });

  it('serve warns about a short token and a host that is not loopback', async () => {
    const child: ChildProcess = spawn(
      process.execPath,
      [`${ROOT}bin/lapwing`, 'serve', '--db', join(dir, 'serve.sqlite'), '--port', '0', '--host', '0.0.0.0'],
      {
        env: { ...process.env, LAPWING_TOKEN: 'short', LAPWING_LOG: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    try {
      const end = Date.now() + 45_000;
      while (!out.includes('serving') && child.exitCode === null && Date.now() < end)
        await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain('serving');
      expect(err).toContain('warning: the token is 5 characters long; use at least 16');
      expect(err).toContain('warning: --host 0.0.0.0 is not a loopback address');
    } finally {
      child.kill('SIGTERM');
    }
    const quiet = spawn(
      process.execPath,
      [
        `${ROOT}bin/lapwing`,
        'serve',
        '--db',
        join(dir, 'serve2.sqlite'),
        '--port',
        '0',
        '--host',
        '127.0.0.1',
      ],
      {
        env: { ...process.env, LAPWING_TOKEN: 'a-long-enough-token-0123', LAPWING_LOG: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let qout = '';
    let qerr = '';
    quiet.stdout!.on('data', (d) => (qout += d));
    quiet.stderr!.on('data', (d) => (qerr += d));
    try {
      const end = Date.now() + 45_000;
      while (!qout.includes('serving') && quiet.exitCode === null && Date.now() < end)
        await new Promise((r) => setTimeout(r, 100));
      expect(qout).toContain('serving');
      expect(qerr).not.toContain('warning');
    } finally {
      quiet.kill('SIGTERM');
    }
  });
});
