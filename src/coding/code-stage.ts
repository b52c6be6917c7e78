import type { AnalyzedArticle, CodedArticle } from '../core/records.js';
import type { Stage } from '../core/stage.js';

/** Coding stage: PLOVER and CAMEO events with claim status and evidence. (placeholder) */
export const codingStage: Stage<AnalyzedArticle, CodedArticle> = {
  name: 'coding',
  run(analyzed) {
    return { ...analyzed, events: [] };
  },
};
