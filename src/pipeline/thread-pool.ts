import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { articleId } from '../core/ids.js';
import { getLogger } from '../core/logger.js';
import type { Article, CodedArticle } from '../core/records.js';
import { processArticle } from './pipeline.js';

/** A generic text touching names, places, numbers, dates and a quote, to trigger lazy loading. */
const WARM_UP_TEXT =
  'The mayor of Lyon said on Monday that police had arrested 12 people after a protest in the city. "We will not accept violence," the interior minister told reporters in Paris.';

/**
 * Runs the pipeline once on a throwaway article so that data files, models and compiled code are
 * loaded before real work starts: the first article of a process or thread otherwise takes
 * seconds, which would count against a queue message's ack wait. Returns the time it took (ms).
 */
export function warmUpPipeline(): number {
  const started = performance.now();
  const article: Article = {
    id: articleId(WARM_UP_TEXT),
    text: WARM_UP_TEXT,
    title: null,
    outlet: null,
    published: '2024-01-01',
    url: null,
    language: 'eng',
    origin: 'warm-up',
    format: 'text',
  };
  processArticle(article, { log: getLogger().child({ warmUp: true }) });
  return performance.now() - started;
}

/** One article's outcome: its coding, or the error that stopped it. */
export type ParallelResult =
  | { ok: true; article: Article; coded: CodedArticle }
  | { ok: false; article: Article; error: string };

/** Options of {@link processArticlesParallel}. */
export interface ParallelOptions {
  /** Compiled worker script; defaults to `dist/pipeline/thread-worker.js`. */
  workerUrl?: URL;
  /** Articles handed out but not yet yielded, per thread. Bounds memory and keeps threads busy. */
  inFlightPerThread?: number;
}

type ThreadReply = { seq: number; ok: true; coded: CodedArticle } | { seq: number; ok: false; error: string };

/**
 * Where the compiled worker script is. Under vitest this module runs from `src/` as TypeScript,
 * which a worker thread cannot load, so it points at the build in `dist/` (run `npm run build`).
 */
export function threadWorkerUrl(): URL {
  if (import.meta.url.endsWith('.js')) return new URL('./thread-worker.js', import.meta.url);
  return new URL('../../dist/pipeline/thread-worker.js', import.meta.url);
}

/**
 * Runs `processArticle` on `threads` worker threads and yields the results in input order, so
 * the caller can write them to the store one transaction at a time, as in single-threaded mode.
 * With `threads <= 1` it runs in the calling thread, with no thread overhead.
 *
 * Input is pulled lazily: at most `threads * inFlightPerThread` articles are in memory at once.
 */
export async function* processArticlesParallel(
  articles: AsyncIterable<Article> | Iterable<Article>,
  threads: number,
  opts: ParallelOptions = {},
): AsyncGenerator<ParallelResult> {
  if (threads <= 1) {
    const log = getLogger();
    for await (const article of articles) {
      try {
        yield { ok: true, article, coded: processArticle(article, { log }) };
      } catch (e) {
        yield { ok: false, article, error: (e as Error).stack ?? String(e) };
      }
    }
    return;
  }

  const url = opts.workerUrl ?? threadWorkerUrl();
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(`worker thread script ${fileURLToPath(url)} not found (run \`npm run build\` first)`);
  }
  const maxInFlight = threads * Math.max(1, opts.inFlightPerThread ?? 16);
  const logLevel = getLogger().level;
  const workers = Array.from(
    { length: threads },
    (_, index) => new Worker(url, { workerData: { index, logLevel } }),
  );
  const load = new Array<number>(threads).fill(0);
  const sent = new Map<number, Article>();
  const ready = new Map<number, ParallelResult>();
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  workers.forEach((w, i) => {
    w.on('message', (reply: ThreadReply) => {
      load[i]--;
      const article = sent.get(reply.seq);
      sent.delete(reply.seq);
      if (!article) return;
      ready.set(
        reply.seq,
        reply.ok ? { ok: true, article, coded: reply.coded } : { ok: false, article, error: reply.error },
      );
      notify();
    });
    // A thread that crashes takes its articles with it: that is a bug, not bad input, so stop.
    w.on('error', (err) => {
      fatal ??= err;
      notify();
    });
    w.on('exit', (code) => {
      if (code !== 0) fatal ??= new Error(`pipeline worker thread ${i} exited with code ${code}`);
      notify();
    });
  });

  const input = (
    Symbol.asyncIterator in articles ? articles[Symbol.asyncIterator]() : articles[Symbol.iterator]()
  ) as AsyncIterator<Article> | Iterator<Article>;
  let nextSeq = 0;
  let nextOut = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && nextSeq - nextOut < maxInFlight) {
        const r = await input.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        const i = load.indexOf(Math.min(...load));
        load[i]++;
        sent.set(nextSeq, r.value);
        workers[i].postMessage({ seq: nextSeq, article: r.value });
        nextSeq++;
      }
      if (exhausted && nextOut === nextSeq) return;
      while (!ready.has(nextOut)) {
        if (fatal) throw fatal;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      const result = ready.get(nextOut) as ParallelResult;
      ready.delete(nextOut);
      nextOut++;
      yield result;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
