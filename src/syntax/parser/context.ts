import { hashString } from '../hash.js';
import type { WordInfo } from '../tagger/word-info.js';
import { uposId } from '../upos.js';
import { NO_LABEL, type ParseState } from './parse-state.js';

const PUNCT = uposId('PUNCT');
const COMMA = hashString(',');
const QUOTES = new Set(['"', '``', "''"].map((q) => hashString(q)));
const OPENING = new Set(['(', '[', '{'].map((q) => hashString(q)));
const CLOSING = new Set([')', ']', '}'].map((q) => hashString(q)));

/** Word, tag and label values of tokens that are missing (no such stack item) or the root. */
export const NONE_WORD = 0x11111111;
export const ROOT_WORD = 0x22222222;
export const NONE_TAG = 30;
export const ROOT_TAG = 29;

/** Reads word/tag/label values of configuration items, mapping -1 and the root to constants. */
export class Context {
  x!: WordInfo;
  tags!: Uint8Array;
  st!: ParseState;

  /** Commas (other punctuation marks) among words 0..i-1 at [i], for i = 0..n. */
  commas = new Int32Array(66);
  marks = new Int32Array(66);
  /** The nearest punctuation mark before (after) word i, or -1. */
  prevMark = new Int32Array(66);
  nextMark = new Int32Array(66);
  /** Quotes before word i, odd or even (1 or 0), times 4, plus brackets open there (0-3). */
  enclosed = new Int32Array(66);

  set(x: WordInfo, tags: Uint8Array, st: ParseState): void {
    this.x = x;
    this.tags = tags;
    this.st = st;
    this.scanPunctuation(x, tags);
  }

  private scanPunctuation(x: WordInfo, tags: Uint8Array): void {
    const n = x.n;
    if (n + 2 > this.commas.length) {
      const cap = (n + 2) * 2;
      this.commas = new Int32Array(cap);
      this.marks = new Int32Array(cap);
      this.prevMark = new Int32Array(cap);
      this.nextMark = new Int32Array(cap);
      this.enclosed = new Int32Array(cap);
    }
    let commas = 0;
    let marks = 0;
    let prev = -1;
    let quotes = 0;
    let depth = 0;
    for (let i = 0; i < n; i++) {
      this.commas[i] = commas;
      this.marks[i] = marks;
      this.prevMark[i] = prev;
      this.enclosed[i] = (quotes & 1) * 4 + Math.min(depth, 3);
      if (tags[i] !== PUNCT) continue;
      const w = x.lower[i];
      if (w === COMMA) commas++;
      else marks++;
      if (QUOTES.has(w)) quotes++;
      else if (OPENING.has(w)) depth++;
      else if (CLOSING.has(w) && depth > 0) depth--;
      prev = i;
    }
    this.commas[n] = commas;
    this.marks[n] = marks;
    this.prevMark[n] = prev;
    this.enclosed[n] = 0;
    let next = -1;
    this.nextMark[n] = -1;
    for (let i = n - 1; i >= 0; i--) {
      this.nextMark[i] = next;
      if (tags[i] === PUNCT) next = i;
    }
  }

  /** Commas (times 3) and other marks strictly between a and b (a < b; -1 for none), each 0-2. */
  between(a: number, b: number): number {
    if (a < 0 || b < 0) return 15;
    const c = this.commas[b] - this.commas[a + 1];
    const m = this.marks[b] - this.marks[a + 1];
    return Math.min(c, 2) * 3 + Math.min(m, 2);
  }

  w(i: number): number {
    return i < 0 ? NONE_WORD : i === this.st.n ? ROOT_WORD : this.x.lower[i];
  }

  p(i: number): number {
    return i < 0 ? NONE_TAG : i === this.st.n ? ROOT_TAG : this.tags[i];
  }

  l(i: number): number {
    return i < 0 ? NO_LABEL + 1 : this.st.labels[i];
  }

  /** The word's ambiguity class (the tags it took in training; all ones when unknown). */
  a(i: number): number {
    return i < 0 ? NONE_WORD : i === this.st.n ? ROOT_WORD : this.x.amb[i];
  }

  suf3(i: number): number {
    return i < 0 || i === this.st.n ? NONE_WORD : this.x.suf[4 * i + 2];
  }
}

/** Distance between two positions, bucketed: 1, 2, 3, 4, 5-6, 7-9, 10+. */
export function distBucket(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const d = Math.abs(b - a);
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}
