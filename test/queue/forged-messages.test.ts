/**
 * Queue messages are input: anyone who can publish to the subject can send anything. The worker
 * (the real CLI in a child process, real NATS JetStream on 127.0.0.1:4222, a real SQLite file)
 * re-validates each message as the readers validate a file; forged ones are logged with a problem
 * code, terminated and never stored, and a forged id does not take the real article's place.
 * Also: a NATS server started here with user/password authentication, reached with the
 * credentials in the URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { afterAll, describe, expect, it } from 'vitest';
import { articleId } from '../../src/core/ids.js';
import type { Article } from '../../src/core/records.js';
import { deleteStream } from '../../src/queue/nats-connection.js';
import { publishArticles } from '../../src/queue/publish.js';
import { subjectFor } from '../../src/queue/queue-options.js';
import { openStore } from '../../src/store/open-store.js';
import { runCli } from '../cli/run-cli.js';

const NATS = process.env.LAPWING_QUEUE ?? 'nats://127.0.0.1:4222';
const stream = `LAPWING_TEST_FORGED_${process.pid}_${Date.now().toString(36)}`;
const dir = mkdtempSync(join(tmpdir(), 'lapwing-forged-'));
const children: ChildProcess[] = [];

afterAll(async () => {
  await deleteStream(NATS, stream).catch(() => {});
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const REAL_TEXT =
  'Peruvian police arrested six men accused of smuggling gold across the border with Bolivia on Friday, officials said.';
const real: Article = {
  id: articleId(REAL_TEXT),
  text: REAL_TEXT,
  title: 'Six arrested',
  outlet: 'Andes Post (sample)',
  published: '2025-08-01',
  url: 'https://example.org/andes/six-arrested',
  language: 'eng',
  origin: 'andes/six.txt',
  format: 'text',
};
const OTHER_TEXT = 'Bolivia praised Peru for a joint operation that seized two tonnes of smuggled gold.';
const other = (patch: Partial<Article>): Article => ({
  ...real,
  id: articleId(OTHER_TEXT),
  text: OTHER_TEXT,
  ...patch,
});

describe('queue worker against forged messages (real NATS)', { timeout: 180_000 }, () => {
  it('refuses each forged message with a problem code, stores none, and keeps the real article', async () => {
    const nc = await connect({ servers: NATS });
    const js = nc.jetstream();
    // The stream exists before raw publishes: publishArticles creates it.
    await publishArticles(NATS, [], { stream });
    const forged: [string, unknown][] = [
      // The real article's id on another text, published first, under the real id as msg-id.
      ['queue-id-mismatch', { ...real, text: OTHER_TEXT }],
      ['queue-id-mismatch', other({ id: 'art_0000000000000001' })],
      ['bad-queue-message', other({ id: `art_${'0'.repeat(4996)}` })],
      ['bad-queue-message', other({ url: 'javascript:alert(1)' })],
      ['bad-queue-message', other({ published: 'not-a-date' })],
      ['bad-queue-message', other({ language: 'english' })],
      ['bad-queue-message', other({ title: 'x'.repeat(5000) })],
      ['bad-queue-message', other({ origin: 'a.txt\nstored 99, duplicate 0, skipped 0, failed 0' })],
      ['bad-queue-message', { id: real.id, text: 42 }],
    ];
    for (const [i, [, body]] of forged.entries()) {
      // The first one also takes the real article's id as JetStream's de-duplication id.
      await js.publish(
        subjectFor(stream),
        new TextEncoder().encode(JSON.stringify(body)),
        i === 0 ? { msgID: real.id } : {},
      );
    }
    await nc.close();
    // The real article, published as `lapwing ingest --queue` does, after the forgeries.
    expect(await publishArticles(NATS, [real], { stream })).toEqual({ published: 1, duplicates: 0 });

    const db = join(dir, 'forged.sqlite');
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          'bin/lapwing',
          'worker',
          '--queue',
          NATS,
          '--stream',
          stream,
          '--consumer',
          'forged',
          '--db',
          db,
          '--drain',
          '--json',
        ],
        { env: { ...process.env, LAPWING_LOG: 'error' } },
      );
      children.push(child);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.code, r.stderr).toBe(1); // some messages were dropped
    expect(JSON.parse(r.stdout)).toMatchObject({ stored: 1, failed: forged.length, duplicates: 0 });
    const logged = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { problem?: { code: string } });
    const codes = logged.flatMap((l) => (l.problem ? [l.problem.code] : []));
    for (const code of new Set(forged.map(([c]) => c))) expect(codes).toContain(code);
    // Each forged message is logged once per problem, and no line of the log is a forged one.
    expect(r.stderr).not.toMatch(/^stored 99/m);

    const store = await openStore(db);
    try {
      expect((await store.stats()).articles).toBe(1);
      const back = await store.getArticle(real.id);
      expect(back?.article.text).toBe(REAL_TEXT);
      expect(await store.hasArticle('art_0000000000000001')).toBe(false);
    } finally {
      await store.close();
    }
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('NATS with authentication (a nats-server started here)', { timeout: 60_000 }, () => {
  it('connects with user:password in the URL, and refuses without them, naming the cause', async () => {
    const port = await freePort();
    const store = join(dir, 'js');
    const server = spawn(
      'nats-server',
      ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store, '--user', 'lap', '--pass', 'Pa55-word'],
      { stdio: 'ignore' },
    );
    children.push(server);
    const end = Date.now() + 20_000;
    let ok = await runCli(['status', '--queue', `nats://lap:Pa55-word@127.0.0.1:${port}`, '--sample', '0']);
    while (ok.code !== 0 && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 300));
      ok = await runCli(['status', '--queue', `nats://lap:Pa55-word@127.0.0.1:${port}`, '--sample', '0']);
    }
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`nats://lap:***@127.0.0.1:${port}`);
    expect(ok.stdout).not.toContain('Pa55-word');
    const refused = await runCli(['status', '--queue', `nats://127.0.0.1:${port}`, '--sample', '0']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/authoriz/i);
    server.kill('SIGTERM');
  });
});
