import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../ingest/temp-dir.js';
import { ROOT, runCli } from './run-cli.js';

const { dir, cleanup } = tempDir('lapwing-demo-');
afterAll(cleanup);

/** Demo articles: every file of demo/ but its README. */
const demoArticles = readdirSync(join(ROOT, 'demo')).filter(
  (f) => !f.startsWith('.') && !/^readme/i.test(f),
).length;

// Each test starts the CLI as a child process, which takes seconds on a busy machine.
describe('lapwing demo', { timeout: 240_000 }, () => {
  it('ingests the bundled corpus from any working directory, and a second run stores nothing new', async () => {
    const first = await runCli(['demo', '--no-serve'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`stored ${demoArticles}, duplicate 0, skipped 1, failed 0`);
    const second = await runCli(['demo', '--no-serve'], { cwd: dir });
    expect(second.stdout).toContain(`stored 0, duplicate ${demoArticles}, skipped 1, failed 0`);
    const store = await openStore(join(dir, 'lapwing-demo.sqlite'));
    try {
      expect((await store.stats()).articles).toBe(demoArticles);
    } finally {
      await store.close();
    }
  });

  it('then serves the dashboard and prints its URL', async () => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/lapwing'), 'demo', '--port', '0', '--db', join(dir, 'served.sqlite')],
      {
        cwd: dir,
        env: { ...process.env, LAPWING_LOG: 'silent' },
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        const timer = setTimeout(
          () => reject(new Error(`no URL printed; stdout so far: ${out} ${err}`)),
          180_000,
        );
        child.stdout.on('data', (d) => {
          out += d;
          const m = /Lapwing dashboard: (http:\/\/\S+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.on('exit', (code) => reject(new Error(`demo exited with ${code}: ${out} ${err}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
    } finally {
      // The child may already be gone (then 'exit' has fired and must not be awaited again).
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGINT');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
    }
  });
});
