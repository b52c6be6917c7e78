import { plainArticle } from '../../src/core/plain-article.js';
import type { AnalyzedArticle, Mention } from '../../src/core/records.js';

/** An analysed article built by hand around the given mentions (no tokens, quotes or dates). */
export function handBuilt(
  text: string,
  mentions: Mention[],
  meta: { id: string; published: string | null },
  sentences: AnalyzedArticle['sentences'] = [],
): AnalyzedArticle {
  return {
    article: plainArticle(text, { id: meta.id, published: meta.published, origin: 'test' }),
    sentences,
    tokens: [],
    mentions,
    quotes: [],
    markers: [],
    quantities: [],
    dates: [],
  };
}

/** Where `words` first stand in `text` at or after `cursor`; throws when they do not. */
export function findWords(text: string, words: string, cursor: number): number {
  const start = text.indexOf(words, cursor);
  if (start < 0) throw new Error(`"${words}" not found after ${cursor}`);
  return start;
}

/** The actor code of each mention, in order. */
export const codes = (a: AnalyzedArticle) => a.mentions.map((m) => m.actor?.code ?? null);
