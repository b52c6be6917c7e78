import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoArticles, varyArticles } from '../../src/bench/scale-bench.js';
import type { Article } from '../../src/core/records.js';
import { processArticle } from '../../src/pipeline/pipeline.js';
import {
  type ParallelResult,
  processArticlesParallel,
  threadWorkerUrl,
} from '../../src/pipeline/thread-pool.js';

// Worker threads load the compiled pipeline: `npm test` builds first.
const built = existsSync(fileURLToPath(threadWorkerUrl()));
let dir: string;
let articles: Article[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-threads-'));
  articles = varyArticles(await loadDemoArticles(), 60);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<ParallelResult>): Promise<ParallelResult[]> {
  const out: ParallelResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

/**
 * A stand-in worker script for the pool's own mechanics (order, laziness, failures), without the
 * real pipeline's start-up cost: it fails the articles that mention Caracas and echoes the rest.
 */
function echoWorker(): URL {
  const script = join(dir, 'echo-worker.mjs');
  writeFileSync(
    script,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ seq, article }) => {
  if (article.text.includes('Caracas')) parentPort.postMessage({ seq, ok: false, error: 'Error: cannot code ' + article.id });
  else parentPort.postMessage({ seq, ok: true, coded: { article, events: [] } });
});
`,
  );
  return pathToFileURL(script);
}

describe.runIf(built)('pipeline thread pool', () => {
  it('codes articles on 2 threads exactly as the main thread does, in input order', {
    timeout: 180_000,
  }, async () => {
    // The threads run the build, so compare with the build's pipeline run on this thread.
    const compiled = (await import(new URL('../../dist/pipeline/pipeline.js', import.meta.url).href)) as {
      processArticle: typeof processArticle;
    };
    const some = articles.slice(0, 16);
    const results = await collect(processArticlesParallel(some, 2));
    expect(results.map((r) => r.article.id)).toEqual(some.map((a) => a.id));
    for (const r of results) {
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.coded).toEqual(compiled.processArticle(r.article));
    }
  });

  it('pulls input lazily from an async source', async () => {
    let pulled = 0;
    async function* source() {
      for (const a of articles) {
        pulled++;
        yield a;
      }
    }
    const gen = processArticlesParallel(source(), 2, { inFlightPerThread: 2, workerUrl: echoWorker() });
    const first = await gen.next();
    expect(first.done).toBe(false);
    // At most threads * inFlightPerThread articles are out before the first result is taken.
    expect(pulled).toBeLessThanOrEqual(4);
    await gen.return(undefined);
  });

  it('reports one failing article and goes on with the rest, in order', async () => {
    const some = articles.slice(0, 26);
    const results = await collect(processArticlesParallel(some, 2, { workerUrl: echoWorker() }));
    expect(results.map((r) => r.article.id)).toEqual(some.map((a) => a.id));
    const failed = results.filter((r) => !r.ok);
    expect(failed.length).toBeGreaterThan(0);
    for (const r of failed) expect(r.article.text).toContain('Caracas');
    for (const r of results.filter((x) => x.ok)) expect(r.article.text).not.toContain('Caracas');
  });

  it('stops with an error when a thread dies', async () => {
    const script = join(dir, 'dying-worker.mjs');
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(7));\n`,
    );
    await expect(
      collect(processArticlesParallel(articles, 2, { workerUrl: pathToFileURL(script) })),
    ).rejects.toThrow(/exited with code 7/);
  });

  it('names the missing build when the worker script does not exist', async () => {
    const missing = pathToFileURL(join(dir, 'nope.js'));
    await expect(collect(processArticlesParallel(articles, 2, { workerUrl: missing }))).rejects.toThrow(
      /npm run build/,
    );
  });

  it('runs in the calling thread with one thread', { timeout: 120_000 }, async () => {
    const some = articles.slice(0, 3);
    const results = await collect(processArticlesParallel(some, 1));
    expect(results.map((r) => (r.ok ? r.coded : null))).toEqual(some.map((a) => processArticle(a)));
  });
});

describe('generated scale corpus', () => {
  it('varies the demo articles into distinct ids that keep each lead paragraph', async () => {
    const base = await loadDemoArticles();
    const many = varyArticles(base, 3000);
    expect(many).toHaveLength(3000);
    expect(new Set(many.map((a) => a.id)).size).toBe(3000);
    expect(many.slice(0, base.length)).toEqual(base);
    for (const a of many.slice(base.length, base.length + 50)) {
      const b = base.find((x) => a.origin.startsWith(`${x.origin}#`));
      expect(b).toBeDefined();
      expect(a.text.split('\n')[0]).toBe(b?.text.split('\n')[0]);
    }
  });
});
