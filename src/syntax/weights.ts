/**
 * Frozen perceptron weights: an open-addressing table of feature hashes (linear probing, key 0 =
 * empty) whose slots point into rows of (class, weight) pairs. Loaded straight from typed arrays.
 */
export class SparseWeights {
  constructor(
    readonly nClasses: number,
    /** Capacity is a power of two; 0 marks an empty slot. */
    readonly keys: Uint32Array,
    /** Row of slot i is entries start[i] .. start[i + 1]. */
    readonly start: Uint32Array,
    readonly cls: Uint8Array,
    readonly w: Float32Array,
  ) {}

  static build(nClasses: number, keys: number[], rows: { cls: number[]; w: number[] }[]): SparseWeights {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    const order = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
    const table = new Uint32Array(cap);
    const rowOf = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    for (const i of order) {
      let s = keys[i] & mask;
      while (table[s] !== 0) s = (s + 1) & mask;
      table[s] = keys[i];
      rowOf[s] = i;
    }
    const start = new Uint32Array(cap + 1);
    let n = 0;
    for (let s = 0; s < cap; s++) {
      start[s] = n;
      if (rowOf[s] >= 0) n += rows[rowOf[s]].cls.length;
    }
    start[cap] = n;
    const cls = new Uint8Array(n);
    const w = new Float32Array(n);
    for (let s = 0; s < cap; s++) {
      if (rowOf[s] < 0) continue;
      const row = rows[rowOf[s]];
      // Classes in increasing order inside a row, for a canonical file.
      const idx = row.cls.map((_, k) => k).sort((a, b) => row.cls[a] - row.cls[b]);
      for (let k = 0; k < idx.length; k++) {
        cls[start[s] + k] = row.cls[idx[k]];
        w[start[s] + k] = row.w[idx[k]];
      }
    }
    return new SparseWeights(nClasses, table, start, cls, w);
  }

  /** Sums the weights of the features into `scores` (zeroed here). */
  score(feats: Uint32Array, n: number, scores: Float32Array | Float64Array): void {
    scores.fill(0, 0, this.nClasses);
    const { keys, start, cls, w } = this;
    const mask = keys.length - 1;
    for (let i = 0; i < n; i++) {
      const h = feats[i];
      let s = h & mask;
      let k = keys[s];
      while (k !== h && k !== 0) {
        s = (s + 1) & mask;
        k = keys[s];
      }
      if (k === 0) continue;
      const end = start[s + 1];
      for (let e = start[s]; e < end; e++) scores[cls[e]] += w[e];
    }
  }

  get entries(): number {
    return this.w.length;
  }
}
