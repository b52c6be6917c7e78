import { getLogger } from '../core/logger.js';
import type { Article, CodedArticle } from '../core/records.js';
import { ingestArticle, rebuildIncidents } from '../pipeline/ingest-run.js';
import type { Store } from '../store/store.js';

/** What happened to one posted article. */
export interface PostedOutcome {
  id: string;
  outcome: 'stored' | 'duplicate' | 'failed';
  language: string;
  events: number;
  /** Why a `failed` article was not stored. */
  message?: string;
}

/** Codes one article somewhere else than the calling thread (a server's coding thread). */
export type ArticleCoder = (article: Article) => Promise<CodedArticle>;

/** Stores one article coded by `code`, unless the store has it already. */
async function ingestWith(
  store: Store,
  article: Article,
  code: ArticleCoder,
): Promise<{ outcome: 'stored' | 'duplicate'; events: number }> {
  if (await store.hasArticle(article.id)) return { outcome: 'duplicate', events: 0 };
  const coded = await code(article);
  const outcome = await store.saveArticle(coded);
  return { outcome, events: outcome === 'stored' ? coded.events.length : 0 };
}

/**
 * Runs posted articles through the pipeline exactly as `lapwing ingest` does (one transaction per
 * article, a stored article is a no-op), records the batch as an ingest run, and rebuilds the
 * incident ledger once if anything new was stored (or a rebuild was left pending). With `code`,
 * the coding runs there (the server's coding thread); without, in this thread.
 */
export async function ingestPosted(
  store: Store,
  articles: Article[],
  code?: ArticleCoder,
): Promise<{ results: PostedOutcome[]; incidents: number | null }> {
  const log = getLogger();
  const runId = await store.startRun(articles.map((a) => a.origin));
  const results: PostedOutcome[] = [];
  let stored = 0;
  let duplicate = 0;
  let failed = 0;
  for (const article of articles) {
    try {
      const r = code ? await ingestWith(store, article, code) : await ingestArticle(store, article, { log });
      if (r.outcome === 'stored') stored++;
      else duplicate++;
      results.push({ id: article.id, outcome: r.outcome, language: article.language, events: r.events });
    } catch (e) {
      failed++;
      log.error({ err: e, id: article.id }, 'posted article failed');
      results.push({
        id: article.id,
        outcome: 'failed',
        language: article.language,
        events: 0,
        message: (e as Error).message,
      });
    }
  }
  const incidents = stored > 0 || (await store.incidentsPending()) ? await rebuildIncidents(store) : null;
  await store.finishRun(runId, { stored, skipped: duplicate, failed });
  return { results, incidents };
}
