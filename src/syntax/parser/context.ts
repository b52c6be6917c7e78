import type { WordInfo } from '../tagger/word-info.js';
import { NO_LABEL, type ParseState } from './parse-state.js';

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

  set(x: WordInfo, tags: Uint8Array, st: ParseState): void {
    this.x = x;
    this.tags = tags;
    this.st = st;
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
