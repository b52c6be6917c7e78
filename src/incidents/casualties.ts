import type { AnalyzedArticle, Casualties } from '../core/records.js';

/** Casualty figures stated in one sentence of an analysed article. (placeholder) */
export function extractCasualties(_analyzed: AnalyzedArticle, _sentence: number): Casualties {
  return {};
}
