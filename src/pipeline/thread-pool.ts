import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { getLogger } from '../core/logger.js';
import { plainArticle } from '../core/plain-article.js';
import type { Article, CodedArticle } from '../core/records.js';
import type { IngestItem } from '../ingest/ingest-options.js';
import { userDictionaryPaths } from '../knowledge/user-dictionaries.js';
import type { SaveOutcome, Store } from '../store/store.js';
import { CODED_LANGUAGES, processArticle } from './pipeline.js';

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
  const article = plainArticle(WARM_UP_TEXT, { published: '2024-01-01', origin: 'warm-up' });
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
  for await (const { result } of runOrdered(articles, threads, (a) => a, opts)) {
    if (result) yield result;
  }
}

/** An ingest item, coded ahead on a worker thread when it is an article the store lacks. */
export type PrecodedItem = IngestItem & { precoded?: ParallelResult };

/**
 * Codes the new articles among ingest items on `threads` worker threads, passing every item
 * through in input order with its result attached as `precoded`. Problems and articles the store
 * already holds pass through uncoded. Used by `lapwing ingest --threads`.
 */
export async function* precodeItems(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  threads: number,
  isNew: (article: Article) => Promise<boolean>,
  opts: ParallelOptions = {},
): AsyncGenerator<PrecodedItem> {
  const pick = async (item: IngestItem): Promise<Article | null> =>
    'article' in item && (await isNew(item.article)) ? item.article : null;
  for await (const { input, result } of runOrdered(items, threads, pick, opts)) {
    yield result ? { ...input, precoded: result } : input;
  }
}

/**
 * Stores an article coded by {@link precodeItems}, with the same outcome shape as the ingest's
 * per-article path. A coding failure is thrown, to be reported like any other.
 */
export async function storePrecoded(
  store: Store,
  result: ParallelResult,
): Promise<{ outcome: SaveOutcome; events: number; coded: boolean }> {
  if (!result.ok) throw new Error(result.error.split('\n')[0]);
  const outcome = await store.saveArticle(result.coded);
  return {
    outcome,
    events: outcome === 'stored' ? result.coded.events.length : 0,
    coded: CODED_LANGUAGES.has(result.article.language),
  };
}

/**
 * The pool: inputs in, `{ input, result }` out in input order. `pick` names the article to code
 * for an input, or null to pass the input through uncoded.
 */
async function* runOrdered<T>(
  inputs: AsyncIterable<T> | Iterable<T>,
  threads: number,
  pick: (input: T) => Article | null | Promise<Article | null>,
  opts: ParallelOptions,
): AsyncGenerator<{ input: T; result: ParallelResult | null }> {
  if (threads <= 1) {
    const log = getLogger();
    for await (const input of inputs) {
      const article = await pick(input);
      if (!article) {
        yield { input, result: null };
        continue;
      }
      try {
        yield { input, result: { ok: true, article, coded: processArticle(article, { log }) } };
      } catch (e) {
        yield { input, result: { ok: false, article, error: (e as Error).stack ?? String(e) } };
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
  // Threads start with the first article to code, so a run of duplicates never pays for them.
  const workers: Worker[] = [];
  const load = new Array<number>(threads).fill(0);
  const sent = new Map<number, { input: T; article: Article }>();
  const ready = new Map<number, { input: T; result: ParallelResult | null }>();
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  const startWorkers = (): void => {
    for (let i = 0; i < threads; i++) {
      const w = new Worker(url, { workerData: { index: i, logLevel, dictionaries: userDictionaryPaths() } });
      workers.push(w);
      listen(w, i);
    }
  };
  const listen = (w: Worker, i: number): void => {
    w.on('message', (reply: ThreadReply) => {
      load[i]--;
      const job = sent.get(reply.seq);
      sent.delete(reply.seq);
      if (!job) return;
      const { input, article } = job;
      ready.set(reply.seq, {
        input,
        result: reply.ok
          ? { ok: true, article, coded: reply.coded }
          : { ok: false, article, error: reply.error },
      });
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
  };

  const source = (
    Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()
  ) as AsyncIterator<T> | Iterator<T>;
  let nextSeq = 0;
  let nextOut = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && nextSeq - nextOut < maxInFlight) {
        const r = await source.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        const article = await pick(r.value);
        if (article) {
          if (workers.length === 0) startWorkers();
          const i = load.indexOf(Math.min(...load));
          load[i]++;
          sent.set(nextSeq, { input: r.value, article });
          workers[i].postMessage({ seq: nextSeq, article });
        } else {
          ready.set(nextSeq, { input: r.value, result: null });
        }
        nextSeq++;
      }
      if (exhausted && nextOut === nextSeq) return;
      while (!ready.has(nextOut)) {
        if (fatal) throw fatal;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      const out = ready.get(nextOut) as { input: T; result: ParallelResult | null };
      ready.delete(nextOut);
      nextOut++;
      yield out;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
