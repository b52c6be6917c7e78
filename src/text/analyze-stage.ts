import type { AnalyzedArticle, Article } from '../core/records.js';
import type { Stage } from '../core/stage.js';

/** Language stage: sentences, tokens, mentions, quotes, markers, quantities, dates. (placeholder) */
export const textStage: Stage<Article, AnalyzedArticle> = {
  name: 'text',
  run(article) {
    return { article, sentences: [], tokens: [], mentions: [], quotes: [], markers: [], quantities: [], dates: [] };
  },
};
