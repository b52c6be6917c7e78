import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteStream } from '../../src/queue/nats-connection.js';
import { queueStatus } from '../../src/queue/queue-status.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lapwing');
const NATS = process.env.LAPWING_QUEUE ?? 'nats://127.0.0.1:4222';
const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
const stream = `LAPWING_TEST_INGESTQ_${process.pid}_${Date.now().toString(36)}`;
let dir: string;

function lapwing(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-ingestq-'));
});
afterAll(async () => {
  await deleteStream(NATS, stream);
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(built)('lapwing ingest --queue (real NATS)', () => {
  it('publishes the demo corpus, reports bad inputs, and queues nothing twice', {
    timeout: 60_000,
  }, async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const demo = join(ROOT, 'demo');
    const first = await lapwing([
      'ingest',
      demo,
      join(dir, 'empty.txt'),
      '--queue',
      NATS,
      '--stream',
      stream,
      '-q',
    ]);
    expect(first.stdout.trim()).toBe('queued 26, already queued 0, skipped 1, failed 1');
    expect(first.stderr).toContain('empty.txt');
    expect(first.code).toBe(1);

    const again = await lapwing(['ingest', demo, '--queue', NATS, '--stream', stream, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ published: 0, duplicates: 26, skipped: 1, failed: 0 });

    const s = await queueStatus(NATS, { stream, sampleMs: 0 });
    expect(s).toMatchObject({ messages: 26, published: 26 });
  });

  it('names the server when NATS is unreachable', { timeout: 60_000 }, async () => {
    const r = await lapwing(['ingest', join(ROOT, 'demo'), '--queue', 'nats://127.0.0.1:1', '-q']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot reach NATS at nats:\/\/127\.0\.0\.1:1/);
  });
});
