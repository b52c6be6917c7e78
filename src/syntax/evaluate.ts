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

/** Running counts of right heads, right heads with right labels, and right tags. */
export class ScoreCounts {
  heads = 0;
  labelled = 0;
  tags = 0;
  tokens = 0;
  sentences = 0;

  /** Adds one sentence: predicted tag ids, heads (1-based, 0 = root) and relation names. */
  add(
    gold: TreeSentence,
    tags: ArrayLike<number>,
    heads: ArrayLike<number>,
    labels: readonly string[],
  ): void {
    for (let i = 0; i < gold.words.length; i++) {
      if (tags[i] === gold.tags[i]) this.tags++;
      if (heads[i] === gold.heads[i]) {
        this.heads++;
        if (labels[i] === gold.labels[i]) this.labelled++;
      }
    }
    this.tokens += gold.words.length;
    this.sentences++;
  }

  scores(seconds: number): ParseScores {
    const r = (v: number) => (this.tokens ? v / this.tokens : 0);
    return {
      uas: r(this.heads),
      las: r(this.labelled),
      upos: r(this.tags),
      tokens: this.tokens,
      sentences: this.sentences,
      tokensPerSecond: seconds > 0 ? Math.round(this.tokens / seconds) : 0,
    };
  }
}

/**
 * Tags and parses every sentence from its gold words and scores heads, labels and tags; the time
 * counted is tagging and parsing only. `tagsOf` replaces our tagger (e.g. to measure the parser
 * with another tagger's tags).
 */
export function evaluate(
  sentences: readonly TreeSentence[],
  tagger: Tagger,
  parser: Parser,
  tagsOf?: (s: TreeSentence, k: number) => Uint8Array,
): ParseScores {
  let heads = new Int32Array(256);
  let labels = new Uint8Array(256);
  const counts = new ScoreCounts();
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
    const h1 = Array.from(heads.subarray(0, n), (h) => h + 1);
    const names = Array.from(labels.subarray(0, n), (l) => parser.labelNames[l]);
    counts.add(s, tags, h1, names);
  }
  return counts.scores(seconds);
}
