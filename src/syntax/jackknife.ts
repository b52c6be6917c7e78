import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { trainTaggerPasses } from './tagger/train-two-pass.js';
import type { TreeSentence } from './treebank.js';

/** What one fold needs: the treebank's path (each thread reads it itself) and the fold's settings. */
export interface FoldJob {
  train: string;
  fold: number;
  folds: number;
  epochs: number;
  seed: number;
  minWeight: number;
  /** Tagger passes (1 or 2, see `trainTaggerPasses`). */
  passes: number;
}

/** A fold's predicted tags, one array per held-out sentence, in order, and their accuracy counts. */
export interface FoldResult {
  fold: number;
  tags: Uint8Array[];
  right: number;
  total: number;
}

/**
 * The fold of sentence i of n: contiguous blocks, so a document's sentences stay together (the
 * treebank lists them in document order) and the held-out tags are as good as tags of unseen text.
 */
export function foldOf(i: number, n: number, folds: number): number {
  return Math.floor((i * folds) / n);
}

/** Tags fold `job.fold` of `sentences` with a tagger trained on the other folds. */
export function tagFold(sentences: readonly TreeSentence[], job: FoldJob): FoldResult {
  const n = sentences.length;
  const rest = sentences.filter((_, i) => foldOf(i, n, job.folds) !== job.fold);
  const t = trainTaggerPasses(
    rest,
    { epochs: job.epochs, seed: job.seed + job.fold + 1, minWeight: job.minWeight },
    job.passes,
  ).tagger;
  const tags: Uint8Array[] = [];
  let right = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (foldOf(i, n, job.folds) !== job.fold) continue;
    const p = t.tag(sentences[i].words).slice();
    for (let k = 0; k < p.length; k++) if (p[k] === sentences[i].tags[k]) right++;
    total += p.length;
    tags.push(p);
  }
  return { fold: job.fold, tags, right, total };
}

/**
 * Where the compiled worker script is. Under vitest this module runs from `src/` as TypeScript,
 * which a worker thread cannot load, so it points at the build in `dist/` (run `npm run build`).
 */
function workerUrl(): URL {
  if (import.meta.url.endsWith('.js')) return new URL('./jackknife-worker.js', import.meta.url);
  return new URL('../../dist/syntax/jackknife-worker.js', import.meta.url);
}

/**
 * Tags of the training file, each fold tagged by a tagger trained on the other folds, the folds
 * shared out over `threads` worker threads (inline with `threads <= 1`). Each fold's tagger has
 * its own seed, so the result is the same whatever the number of threads.
 */
export async function jackknife(
  sentences: readonly TreeSentence[],
  base: Omit<FoldJob, 'fold'>,
  threads: number,
  log: (m: string) => void,
): Promise<Uint8Array[]> {
  const folds = Math.max(2, Math.min(base.folds, sentences.length));
  const jobs: FoldJob[] = Array.from({ length: folds }, (_, fold) => ({ ...base, folds, fold }));
  const results: FoldResult[] = new Array(folds);
  const done = (r: FoldResult) => {
    results[r.fold] = r;
    log(`jackknife fold ${r.fold + 1}/${folds}: held-out UPOS ${(r.right / r.total).toFixed(4)}`);
  };
  if (threads <= 1) {
    for (const job of jobs) done(tagFold(sentences, job));
  } else {
    // Each thread gets its share of the folds up front (fold f to thread f mod threads), so that
    // none waits on this thread, which may be busy training the main tagger meanwhile.
    const run = (k: number): Promise<void> =>
      new Promise((resolve, reject) => {
        const mine = jobs.filter((j) => j.fold % threads === k);
        let left = mine.length;
        const w = new Worker(fileURLToPath(workerUrl()));
        w.on('message', (r: FoldResult) => {
          done(r);
          if (--left === 0) void w.terminate().then(() => resolve());
        });
        w.on('error', reject);
        w.postMessage(mine);
      });
    await Promise.all(Array.from({ length: Math.min(threads, folds) }, (_, k) => run(k)));
  }
  const tags: Uint8Array[] = [];
  for (const r of results) for (const t of r.tags) tags.push(t);
  return tags;
}
