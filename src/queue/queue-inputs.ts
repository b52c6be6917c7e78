import type { Problem } from '../core/problem.js';
import type { Article } from '../core/records.js';
import type { ReadOptions } from '../ingest/ingest-options.js';
import { readInputs } from '../ingest/read-inputs.js';
import { type PublishSummary, publishArticles } from './publish.js';

/** Counts of `lapwing ingest --queue`. */
export interface QueueInputsResult extends PublishSummary {
  /** Inputs skipped on purpose (unsupported file types, corpus documentation). */
  skipped: number;
  /** Inputs or records that could not be read. */
  failed: number;
  problems: Problem[];
}

/** Options of {@link queueInputs}. */
export interface QueueInputsOptions {
  /** NATS URL. */
  queue: string;
  stream?: string;
  inputs: string[];
  read?: Partial<ReadOptions>;
  onProblem?: (p: Problem) => void;
  /** Called after each article is accepted by the stream, and after each problem. */
  onProgress?: (counts: { stored: number; duplicate: number; failed: number; current: string }) => void;
}

/**
 * `lapwing ingest --queue`: reads the inputs with the same readers as the embedded mode and
 * publishes the articles to the JetStream stream for `lapwing worker` to code and store. Bad
 * inputs are reported and counted exactly as in the embedded mode; the batch goes on.
 */
export async function queueInputs(opts: QueueInputsOptions): Promise<QueueInputsResult> {
  const problems: Problem[] = [];
  let skipped = 0;
  let failed = 0;
  let queued = 0;
  let already = 0;
  const progress = (current: string) =>
    opts.onProgress?.({ stored: queued, duplicate: already, failed, current });
  async function* articles(): AsyncGenerator<Article> {
    for await (const item of readInputs(opts.inputs, opts.read)) {
      if ('problem' in item) {
        if (item.problem.severity === 'warning') skipped++;
        else failed++;
        problems.push(item.problem);
        opts.onProblem?.(item.problem);
        progress(item.problem.path);
        continue;
      }
      for (const w of item.warnings ?? []) {
        const p: Problem = { ...w, severity: 'warning' };
        problems.push(p);
        opts.onProblem?.(p);
      }
      yield item.article;
    }
  }
  const summary = await publishArticles(opts.queue, articles(), {
    stream: opts.stream,
    onPublished: (article, duplicate) => {
      if (duplicate) already++;
      else queued++;
      progress(article.origin);
    },
  });
  return { ...summary, skipped, failed, problems };
}
