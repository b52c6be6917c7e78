/**
 * Entry point of one pipeline worker thread (see `thread-pool.ts`). It receives articles, runs the
 * per-article stages and posts the coded article back; the main thread does all storage.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getLogger } from '../core/logger.js';
import type { Article } from '../core/records.js';
import { loadUserDictionaries } from '../knowledge/user-dictionaries.js';
import { processArticle } from './pipeline.js';
import { warmUpPipeline } from './thread-pool.js';

/** A request from the pool: one article with its sequence number. */
export interface ThreadRequest {
  seq: number;
  article: Article;
}

if (!parentPort) throw new Error('thread-worker.js must be started as a worker thread');
const port = parentPort;
const log = getLogger((workerData as { logLevel?: string } | null)?.logLevel).child({
  thread: (workerData as { index?: number } | null)?.index,
});

// The main thread has read the user dictionaries already; a worker reads them again (they are not
// shared between threads).
const dictionaries = (workerData as { dictionaries?: string[] } | null)?.dictionaries ?? [];
if (dictionaries.length) loadUserDictionaries(dictionaries);

// Messages that arrive meanwhile wait in the port's queue.
warmUpPipeline();

port.on('message', ({ seq, article }: ThreadRequest) => {
  try {
    port.postMessage({ seq, ok: true, coded: processArticle(article, { log }) });
  } catch (e) {
    // One article's failure is reported with it, so the batch goes on.
    port.postMessage({ seq, ok: false, error: (e as Error).stack ?? String(e) });
  }
});
