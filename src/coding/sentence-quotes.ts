import type { Quote, Sentence } from '../core/records.js';

/**
 * The direct quotes whose content overlaps each sentence, by sentence index. The sentence coder
 * reads only its own sentence's quotes; grouping them once keeps a long article with many quotes
 * linear in its length. Sentences are in text order, so each quote's first sentence is found by
 * binary search and the quote is added to every sentence its content runs through.
 */
export function directQuotesBySentence(
  quotes: readonly Quote[],
  sentences: readonly Sentence[],
): Map<number, Quote[]> {
  const out = new Map<number, Quote[]>();
  for (const q of quotes) {
    if (q.kind !== 'direct') continue;
    // first sentence ending after the quote's start
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end > q.content.start) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < sentences.length && sentences[k].start < q.content.end; k++) {
      const list = out.get(sentences[k].index);
      if (list) list.push(q);
      else out.set(sentences[k].index, [q]);
    }
  }
  return out;
}
