/**
 * The CLI's small promises, run as users run it (child processes of bin/lapwing in a temporary
 * folder): serve refuses a missing database, commands that read JSONL say once what they expect,
 * stats finds the demo database, eval without CAMEO gold says so.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../ingest/temp-dir.js';
import { ROOT, runCli } from './run-cli.js';

const { dir, cleanup } = tempDir('lapwing-papercuts-');
const notJsonl = join(dir, 'notes.txt');

beforeAll(() => {
  writeFileSync(notJsonl, 'Troops moved north.\nThey crossed the river.\nNobody was hurt.\n');
});
afterAll(cleanup);

describe('CLI papercuts', { timeout: 240_000 }, () => {
  it('serve refuses a --db file that does not exist, and leaves no file behind', async () => {
    const db = join(dir, 'typo.sqlite');
    const r = await runCli(['serve', '--db', db, '--port', '0'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`database ${db} does not exist`);
    expect(r.stderr).toContain('--create');
    expect(existsSync(db)).toBe(false);
  });

  it('serve --create starts on a new empty database', async () => {
    const db = join(dir, 'fresh.sqlite');
    const child = spawn(
      process.execPath,
      [`${ROOT}bin/lapwing`, 'serve', '--db', db, '--port', '0', '--create'],
      {
        cwd: dir,
        env: { ...process.env, LAPWING_LOG: 'silent' },
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('serving')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const url = /at (http:\/\/\S+?)\/\s/.exec(line)![1];
    const res = await fetch(`${url}/api/stats`);
    expect(res.status).toBe(200);
    child.kill('SIGTERM');
    await new Promise((r) => child.on('close', r));
    expect(existsSync(db)).toBe(true);
  });

  it.each([
    ['code', [notJsonl], '{"id": "1", "text": "...", "date": "2025-10-14"}'],
    ['actors', [notJsonl], '{"id": "1", "text": "the Colombian army"}'],
    ['eval', ['--gold', notJsonl], '"expect"'],
  ])('%s given a text file says once that it expects JSONL', async (cmd, args, expected) => {
    const r = await runCli([cmd, ...args], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${notJsonl}: expected JSONL, one JSON object per line`);
    expect(lines[0]).toContain(expected);
    expect(lines[0]).toContain('line 1 is "Troops moved north."');
    expect(r.stdout).toBe('');
  });

  it('stats after the demo finds the demo database when lapwing.sqlite does not exist', async () => {
    const cwd = join(dir, 'demo-cwd');
    mkdirSync(cwd);
    const article = join(dir, 'one.txt');
    writeFileSync(
      article,
      'Protesters marched in Lima on Monday, police said. Police fired tear gas at them.\n',
    );
    const made = await runCli(['ingest', article, '--db', join(cwd, 'lapwing-demo.sqlite'), '-q'], {
      cwd: dir,
    });
    expect(made.code, made.stderr).toBe(0);
    const r = await runCli(['stats'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('reading the demo database lapwing-demo.sqlite');
    // The short English article is English, not Romanian.
    expect(r.stdout).toMatch(/^articles\s+1 \(eng 1\)$/m);
  });

  it('eval on gold without CAMEO codes does not print a 0/0 accuracy', async () => {
    const gold = join(dir, 'plover-only.jsonl');
    writeFileSync(
      gold,
      `${JSON.stringify({
        id: 'g1',
        text: 'Police arrested two protesters in Lima on Monday.',
        date: '2025-03-03',
        events: [
          { type: 'ARREST', cameo: null, actors: [{ country: 'PER', sector: 'COP' }], recipients: [] },
        ],
      })}\n`,
    );
    const r = await runCli(['eval', '--gold', gold], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('(0/0)');
    expect(r.stdout).toContain('CAMEO root accuracy not scored: the gold gives no CAMEO codes');
  });
});
