import { plainArticle } from '../../src/core/plain-article.js';
import type { AnalyzedArticle, Mention } from '../../src/core/records.js';
import { analyzeArticle } from '../../src/text/analyze-stage.js';

/** Runs the text stage on a text written for the test. */
export function analyze(text: string, published: string | null = '2025-12-03'): AnalyzedArticle {
  const article = plainArticle(text, { id: 'test', published, origin: 'test' });
  return analyzeArticle(article);
}

/** The first mention with this exact text. */
export function mention(a: AnalyzedArticle, text: string, nth = 0): Mention {
  const found = a.mentions.filter((m) => m.text === text);
  if (!found[nth])
    throw new Error(`no mention "${text}" #${nth}; have: ${a.mentions.map((m) => m.text).join(' | ')}`);
  return found[nth];
}

/** The mention with this id. */
export function byId(a: AnalyzedArticle, id: string | undefined): Mention | undefined {
  return a.mentions.find((m) => m.id === id);
}
