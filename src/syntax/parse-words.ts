import type { SyntaxModel } from './syntax-model.js';
import { UPOS } from './upos.js';

/** A tagged and parsed sentence: for each word its UPOS, its head (1-based, 0 = root) and relation. */
export interface ParsedWords {
  upos: string[];
  heads: number[];
  deprels: string[];
}

let heads = new Int32Array(256);
let labels = new Uint8Array(256);

/** Tags and parses one sentence's words with the given model. */
export function parseWords(m: SyntaxModel, words: readonly string[]): ParsedWords {
  const n = words.length;
  if (n === 0) return { upos: [], heads: [], deprels: [] };
  if (n > heads.length) {
    heads = new Int32Array(n * 2);
    labels = new Uint8Array(n * 2);
  }
  const tags = m.tagger.tag(words);
  m.parser.parse(m.tagger.info, tags, heads, labels);
  const out: ParsedWords = { upos: [], heads: [], deprels: [] };
  for (let i = 0; i < n; i++) {
    out.upos.push(UPOS[tags[i]]);
    out.heads.push(heads[i] + 1);
    out.deprels.push(m.parser.labelNames[labels[i]]);
  }
  return out;
}
