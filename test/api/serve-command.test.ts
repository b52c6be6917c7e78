/**
 * `lapwing serve` as a user runs it: the built CLI in a child process over a SQLite file, answering
 * on the port it prints, and stopping cleanly on SIGTERM. Needs the build (`npm test` builds).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/lapwing');
const dir = mkdtempSync(join(tmpdir(), 'lapwing-serve-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}): { child: ChildProcess; out: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, out: () => out };
}

async function waitFor(pred: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.concurrent('lapwing serve', () => {
  it('serves the API on the printed address, takes its token from the environment, stops on SIGTERM', async () => {
    const db = join(dir, 'serve.sqlite');
    const { child, out } = run(['serve', '--db', db, '--create', '--port', '0', '--host', '127.0.0.1'], {
      LAPWING_TOKEN: 'env-token',
    });
    await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.test(out()), 45_000);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out())![0];
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', dialect: 'sqlite', postEnabled: true });
    const refused = await fetch(`${url}/api/articles`, {
      method: 'POST',
      body: '{}',
      headers: { authorization: 'Bearer wrong' },
    });
    expect(refused.status).toBe(401);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('rejects a bad port as a usage error (exit code 2)', async () => {
    const { child, out } = run(['serve', '--db', join(dir, 'x.sqlite'), '--port', '70000']);
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(2);
    expect(out()).toContain('--port');
  });
});
