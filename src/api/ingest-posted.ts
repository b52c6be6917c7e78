import { getLogger } from '../core/logger.js';
import type { Article } from '../core/records.js';
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

/**
 * Runs posted articles through the pipeline exactly as `lapwing ingest` does (one transaction per
 * article, a stored article is a no-op), records the batch as an ingest run, and rebuilds the
 * incident ledger once if anything new was stored.
 */
export async function ingestPosted(
  store: Store,
  articles: Article[],
): Promise<{ results: PostedOutcome[]; incidents: number | null }> {
  const log = getLogger();
  const runId = await store.startRun(articles.map((a) => a.origin));
  const results: PostedOutcome[] = [];
  let stored = 0;
  let duplicate = 0;
  let failed = 0;
  for (const article of articles) {
    try {
      const r = await ingestArticle(store, article, { log });
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
  const incidents = stored > 0 ? await rebuildIncidents(store) : null;
  await store.finishRun(runId, { stored, skipped: duplicate, failed });
  return { results, incidents };
}
