import { actorStage } from '../actors/resolve-stage.js';
import { codingStage } from '../coding/code-stage.js';
import { getLogger } from '../core/logger.js';
import type { Article, CodedArticle } from '../core/records.js';
import type { StageContext } from '../core/stage.js';
import { textStage } from '../text/analyze-stage.js';

/** Languages the coder understands; other articles are stored and flagged, not coded. */
export const CODED_LANGUAGES = new Set(['eng', 'und']);

/**
 * Runs the per-article stages in order: text, actors, coding. Articles in languages the coder does
 * not handle come back with no annotations and no events.
 */
export function processArticle(article: Article, ctx: StageContext = { log: getLogger() }): CodedArticle {
  if (!CODED_LANGUAGES.has(article.language)) {
    return {
      article,
      sentences: [],
      tokens: [],
      mentions: [],
      quotes: [],
      markers: [],
      quantities: [],
      dates: [],
      events: [],
    };
  }
  const analyzed = textStage.run(article, ctx);
  const resolved = actorStage.run(analyzed, ctx);
  return codingStage.run(resolved, ctx);
}
