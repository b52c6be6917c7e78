import type { Parser } from './parser/parser.js';
import type { Tagger } from './tagger/tagger.js';
import type { TreeSentence } from './treebank.js';

/** Attachment scores from gold words with predicted tags; punctuation included. */
export interface ParseScores {
  uas: number;
  las: number;
  upos: number;
  tokens: number;
  sentences: number;
  tokensPerSecond: number;
}

/**
 * Tags and parses every sentence from its gold words and scores heads, labels and tags. `tagsOf`
 * replaces our tagger (e.g. to measure the parser with another tagger's tags).
 */
export function evaluate(
  sentences: readonly TreeSentence[],
  tagger: Tagger,
  parser: Parser,
  tagsOf?: (s: TreeSentence, k: number) => Uint8Array,
): ParseScores {
  let heads = new Int32Array(256);
  let labels = new Uint8Array(256);
  let ua = 0;
  let la = 0;
  let tagRight = 0;
  let tokens = 0;
  let seconds = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const n = s.words.length;
    if (n > heads.length) {
      heads = new Int32Array(n * 2);
      labels = new Uint8Array(n * 2);
    }
    const t0 = performance.now();
    const tags = tagsOf ? tagsOf(s, k) : tagger.tag(s.words);
    const x = tagsOf ? tagger.load(s.words) : tagger.info;
    parser.parse(x, tags, heads, labels);
    seconds += (performance.now() - t0) / 1000;
    for (let i = 0; i < n; i++) {
      if (tags[i] === s.tags[i]) tagRight++;
      if (heads[i] + 1 === s.heads[i]) {
        ua++;
        if (parser.labelNames[labels[i]] === s.labels[i]) la++;
      }
    }
    tokens += n;
  }
  const r = (v: number) => (tokens ? v / tokens : 0);
  return {
    uas: r(ua),
    las: r(la),
    upos: r(tagRight),
    tokens,
    sentences: sentences.length,
    tokensPerSecond: seconds > 0 ? Math.round(tokens / seconds) : 0,
  };
}
