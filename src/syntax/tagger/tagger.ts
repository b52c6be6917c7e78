import { UPOS } from '../upos.js';
import type { Scorer } from '../weights.js';
import type { TagDict } from './tag-dict.js';
import { START_TAG, secondPassFeatures, TAG_FEATURES, tagFeatures } from './tag-features.js';
import { WordInfo } from './word-info.js';

/**
 * A greedy left-to-right averaged-perceptron UPOS tagger. With `second` weights it tags twice:
 * the second pass sees the first pass's tags of the words to the right.
 */
export class Tagger {
  /** The word hashes of the last sentence loaded or tagged. */
  readonly info = new WordInfo();
  private readonly feats = new Uint32Array(TAG_FEATURES);
  private readonly scores = new Float64Array(UPOS.length);

  constructor(
    readonly weights: Scorer,
    readonly dict: TagDict | null,
    readonly amb: TagDict | null,
    readonly second: Scorer | null = null,
  ) {}

  /** The first pass's tags of the last sentence tagged (with `second` weights). */
  private first = new Uint8Array(64);

  /** Loads a sentence's word hashes and ambiguity classes. */
  load(words: readonly string[]): WordInfo {
    const x = this.info;
    x.load(words);
    const amb = this.amb;
    for (let i = 0; i < x.n; i++) x.amb[i] = amb ? amb.get(x.lower[i]) >>> 0 : 0;
    return x;
  }

  /** Tag ids (indexes into UPOS) for the words of one sentence. */
  tag(words: readonly string[], out = new Uint8Array(words.length)): Uint8Array {
    const x = this.load(words);
    if (!this.second) {
      this.pass(x, out, null);
      return out;
    }
    if (words.length > this.first.length) this.first = new Uint8Array(words.length * 2);
    const first = this.first;
    this.pass(x, first, null);
    this.pass(x, out, first);
    return out;
  }

  /** One left-to-right pass; the second one (`first` given) reads the first pass's tags. */
  private pass(x: WordInfo, out: Uint8Array, first: Uint8Array | null): void {
    let p1 = START_TAG;
    let p2 = START_TAG;
    for (let i = 0; i < x.n; i++) {
      const t = this.tagAt(x, i, p1, p2, first);
      out[i] = t;
      p2 = p1;
      p1 = t;
    }
  }

  /** The tag of word i, by dictionary or by score (second-pass weights when `first` is given). */
  tagAt(x: WordInfo, i: number, p1: number, p2: number, first: Uint8Array | null = null): number {
    const d = this.dict ? this.dict.get(x.form[i]) : -1;
    if (d >= 0) return d;
    let n = tagFeatures(x, i, p1, p2, this.feats);
    if (first && this.second) {
      n = secondPassFeatures(x, i, p1, first, this.feats, n);
      this.second.score(this.feats, n, this.scores);
    } else {
      this.weights.score(this.feats, n, this.scores);
    }
    return argmax(this.scores, UPOS.length);
  }

  /** The features of the last `tagAt` that was scored. */
  get lastFeatures(): Uint32Array {
    return this.feats;
  }
}

export function argmax(s: Float64Array | Float32Array, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (s[c] > s[best]) best = c;
  return best;
}
