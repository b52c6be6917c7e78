import { parentPort } from 'node:worker_threads';
import { type FoldJob, tagFold } from './jackknife.js';
import { loadTreebank, type TreeSentence } from './treebank.js';

/** A jackknife thread: reads the treebank once, tags each fold it is given, posting each result. */
parentPort?.on('message', (jobs: FoldJob[]) => {
  let sentences: TreeSentence[] | null = null;
  for (const job of jobs) {
    sentences ??= loadTreebank(job.train);
    parentPort?.postMessage(tagFold(sentences, job));
  }
});
