import type { Scorer } from './weights.js';

/**
 * Run-time weights of a classifier with many classes (the tagger's 17 tags, the parser's relations),
 * read straight from the model file's int16 weights: an open-addressing table (linear probing,
 * key 0 = empty) whose slot holds the feature hash and `row start << 8 | row length`, and one
 * Int32Array of row entries `weight << 8 | class`. A hit touches the table once and its row once;
 * scores are integer sums (the file's weights before their scale), so the best class is the one
 * the scaled weights give, ties included, as long as the sums stay exact (they do: < 2^31).
 */
export class PackedWeights implements Scorer {
  constructor(
    readonly nClasses: number,
    readonly table: Uint32Array,
    readonly rows: Int32Array,
  ) {}

  /**
   * Number of slots for `nKeys` features (a power of two, at most 70% full). The model file lists
   * the keys in the order of their home slot in a table of that size, so that building the table
   * writes it from start to end (see `weightsToSections`).
   */
  static capacity(nKeys: number): number {
    let cap = 16;
    while (cap * 0.7 < nKeys) cap *= 2;
    return cap;
  }

  /** From the file's sections: keys, row lengths, classes and int16 weights in key order. */
  static fromSections(
    nClasses: number,
    keys: Uint32Array,
    counts: Uint8Array,
    cls: Uint8Array,
    q: Int16Array,
  ): PackedWeights {
    if (q.length >= 2 ** 24) throw new Error(`packed weights: ${q.length} entries, at most 2^24 fit`);
    const mask = PackedWeights.capacity(keys.length) - 1;
    const table = new Uint32Array((mask + 1) * 2);
    const rows = new Int32Array(q.length);
    for (let e = 0; e < q.length; e++) rows[e] = (q[e] << 8) | cls[e];
    let e = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      let s = key & mask;
      while (table[2 * s] !== 0) s = (s + 1) & mask;
      table[2 * s] = key;
      table[2 * s + 1] = ((e << 8) | counts[i]) >>> 0;
      e += counts[i];
    }
    return new PackedWeights(nClasses, table, rows);
  }

  /** Row of each feature of the last `score` (packed start and length; 0 when absent). */
  private found = new Uint32Array(64);
  /** Written by `score` so that the touching loops are not optimised away. */
  touched = 0;

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    scores.fill(0, 0, this.nClasses);
    const { table, rows } = this;
    const mask = (table.length >>> 1) - 1;
    if (n > this.found.length) this.found = new Uint32Array(n * 2);
    const found = this.found;
    // Three passes, each of independent loads, so the processor overlaps their cache misses:
    // touch the home slots, find the rows (touching their first entries), then add the rows up.
    let touched = 0;
    for (let i = 0; i < n; i++) touched |= table[2 * (feats[i] & mask)];
    for (let i = 0; i < n; i++) {
      const h = feats[i];
      let s = h & mask;
      let k = table[2 * s];
      while (k !== h && k !== 0) {
        s = (s + 1) & mask;
        k = table[2 * s];
      }
      const packed = k === 0 ? 0 : table[2 * s + 1];
      found[i] = packed;
      if (packed !== 0) touched |= rows[packed >>> 8];
    }
    this.touched = touched;
    for (let i = 0; i < n; i++) {
      const packed = found[i];
      const start = packed >>> 8;
      const end = start + (packed & 255);
      for (let e = start; e < end; e++) {
        const v = rows[e];
        scores[v & 255] += v >> 8;
      }
    }
  }
}
