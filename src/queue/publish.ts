import { hash } from 'node:crypto';
import type { PubAck } from 'nats';
import { getLogger } from '../core/logger.js';
import type { Article } from '../core/records.js';
import { encodeArticle } from './article-message.js';
import { connectQueue, ensureStream } from './nats-connection.js';
import { queueTarget } from './queue-options.js';

/** Options of {@link publishArticles}. */
export interface PublishOptions {
  /** Stream name; defaults to `LAPWING_STREAM` or `LAPWING_ARTICLES`. */
  stream?: string;
  /** Publishes in flight before waiting for JetStream's acks (bounds memory on huge inputs). */
  window?: number;
  /** Called after each article is acknowledged by the stream. */
  onPublished?: (article: Article, duplicate: boolean) => void;
}

/** What a publish run did. */
export interface PublishSummary {
  /** Articles newly written to the stream. */
  published: number;
  /** Articles the stream already held (same article id within the duplicate window). */
  duplicates: number;
}

/**
 * Publishes articles to the JetStream article stream for `lapwing worker` to process. The
 * article id is the message id, so JetStream drops an article re-published within its duplicate
 * window; beyond it, the workers' idempotent store writes make the copy harmless.
 *
 * Resolves once JetStream has acknowledged every article (each is then stored on the server).
 */
export async function publishArticles(
  url: string,
  articles: AsyncIterable<Article> | Iterable<Article>,
  opts: PublishOptions = {},
): Promise<PublishSummary> {
  const target = queueTarget(url, { stream: opts.stream });
  const log = getLogger().child({ component: 'queue-publish', stream: target.stream });
  const nc = await connectQueue(url, 'lapwing-ingest');
  const summary: PublishSummary = { published: 0, duplicates: 0 };
  try {
    await ensureStream(await nc.jetstreamManager(), target);
    const js = nc.jetstream();
    const window = Math.max(1, opts.window ?? 256);
    let inFlight: Promise<void>[] = [];
    const settle = (article: Article, ack: PubAck): void => {
      if (ack.duplicate) summary.duplicates++;
      else summary.published++;
      opts.onPublished?.(article, ack.duplicate);
    };
    for await (const article of articles) {
      const body = encodeArticle(article);
      inFlight.push(
        js
          .publish(target.subject, body, {
            // The de-duplication id names the whole body, not just the article id: a message
            // forged with a real article's id (which anyone can compute from its text) must not
            // make JetStream drop the real article as a duplicate.
            msgID: `${article.id}-${hash('sha256', body, 'hex').slice(0, 16)}`,
            expect: { streamName: target.stream },
          })
          .then((ack) => settle(article, ack)),
      );
      if (inFlight.length >= window) {
        await settleAll(inFlight);
        inFlight = [];
      }
    }
    await settleAll(inFlight);
    log.info({ ...summary }, 'published articles');
    return summary;
  } finally {
    await nc.drain();
  }
}

/** Waits for every publish, then throws the first failure (none is left unobserved). */
async function settleAll(pending: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(pending);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
