import type { AnalyzedArticle } from '../core/records.js';
import type { Stage } from '../core/stage.js';

/** Actor stage: fills `mention.actor` for every mention it can resolve. (placeholder) */
export const actorStage: Stage<AnalyzedArticle, AnalyzedArticle> = {
  name: 'actors',
  run(analyzed) {
    return analyzed;
  },
};
