/**
 * Passwords and tokens in `--db` and `--queue` URLs never reach the terminal: the serve start
 * line, open errors of the store and the queue. Real CLI child processes, a real PostgreSQL
 * database (trust authentication ignores the password we give it), unreachable ports.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/core/redact-url.js';
import { natsConnectOptions } from '../../src/queue/nats-connection.js';
import { createTempDatabase, type TempDatabase } from '../store/pg-test-db.js';
import { ROOT, runCli } from './run-cli.js';

const SECRET = 'Sup3r-secret-pw';
let pgDb: TempDatabase;
const children: ChildProcess[] = [];

beforeAll(async () => {
  pgDb = await createTempDatabase();
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await pgDb?.drop();
});

function withPassword(url: string, password: string): string {
  const u = new URL(url);
  u.password = password;
  return u.toString();
}

describe('redactUrl', () => {
  it('masks passwords and NATS tokens wherever a URL appears in a text, and nothing else', () => {
    expect(redactUrl(`postgres://lap:${SECRET}@db:5432/x`)).toBe('postgres://lap:***@db:5432/x');
    expect(redactUrl(`cannot open postgresql://u:${SECRET}@h/x: refused`)).toBe(
      'cannot open postgresql://u:***@h/x: refused',
    );
    expect(redactUrl(`nats://${SECRET}@127.0.0.1:4222,nats://a:${SECRET}@h2`)).toBe(
      'nats://***@127.0.0.1:4222,nats://a:***@h2',
    );
    expect(redactUrl('postgres://postgres@127.0.0.1/x')).toBe('postgres://postgres@127.0.0.1/x');
    expect(redactUrl('lapwing.sqlite')).toBe('lapwing.sqlite');
    expect(redactUrl('mail me at someone@example.org')).toBe('mail me at someone@example.org');
  });

  it('reads NATS credentials from the URL (taking them off the server address) or the environment', () => {
    expect(natsConnectOptions(`nats://lap:${encodeURIComponent('p@ss:w')}@127.0.0.1:4222`, {})).toEqual({
      servers: ['nats://127.0.0.1:4222'],
      user: 'lap',
      pass: 'p@ss:w',
    });
    expect(natsConnectOptions('nats://tok123@h1:4222,nats://h2:4222', {})).toEqual({
      servers: ['nats://h1:4222', 'nats://h2:4222'],
      token: 'tok123',
    });
    expect(natsConnectOptions('127.0.0.1:4222', { LAPWING_NATS_TOKEN: 't' })).toEqual({
      servers: ['127.0.0.1:4222'],
      token: 't',
    });
  });
});

describe('the CLI never prints a connection password', { timeout: 120_000 }, () => {
  it('serve: the start line shows the URL with *** for the password', async () => {
    const db = withPassword(pgDb.url, SECRET);
    const child = spawn(process.execPath, [`${ROOT}bin/lapwing`, 'serve', '--db', db, '--port', '0'], {
      env: { ...process.env, LAPWING_LOG: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    const end = Date.now() + 60_000;
    while (!/serving .* at http/.test(out) && child.exitCode === null && Date.now() < end)
      await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(/serving postgres(ql)?:\/\/postgres:\*\*\*@127\.0\.0\.1/);
    expect(out).not.toContain(SECRET);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  });

  it('open errors of the store and of the queue mask it too', async () => {
    const badDb = await runCli(['stats', '--db', `postgres://lap:${SECRET}@127.0.0.1:1/none`]);
    expect(badDb.code).toBe(3);
    expect(badDb.stderr).toContain('postgres://lap:***@127.0.0.1:1/none');
    expect(badDb.stderr).not.toContain(SECRET);
    const badQueue = await runCli(['status', '--queue', `nats://lap:${SECRET}@127.0.0.1:1`]);
    expect(badQueue.code).toBe(3);
    expect(badQueue.stderr).toContain('nats://lap:***@127.0.0.1:1');
    expect(badQueue.stderr).not.toContain(SECRET);
  });
});
