/** Anything that adds feature weights into class scores. */
export interface Scorer {
  score(feats: Uint32Array, n: number, scores: Float64Array): void;
}

/**
 * Frozen perceptron weights: an open-addressing table (linear probing, key 0 = empty) whose slot
 * holds the feature hash and, packed next to it, where its row of (class, weight) pairs starts and
 * how long it is, so a look-up touches the table once and the row once.
 */
export class SparseWeights implements Scorer {
  constructor(
    readonly nClasses: number,
    /** Slot i: [2i] = key, [2i + 1] = row start << 8 | row length. */
    readonly table: Uint32Array,
    readonly cls: Uint8Array,
    readonly w: Float32Array,
  ) {}

  /** Builds the table from keys, row lengths and the rows' entries laid out in the keys' order. */
  static fromRows(nClasses: number, keys: Uint32Array, counts: Uint8Array, cls: Uint8Array, w: Float32Array) {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    const mask = cap - 1;
    const table = new Uint32Array(cap * 2);
    let e = 0;
    for (let i = 0; i < keys.length; i++) {
      let s = keys[i] & mask;
      while (table[2 * s] !== 0) s = (s + 1) & mask;
      table[2 * s] = keys[i];
      table[2 * s + 1] = ((e << 8) | counts[i]) >>> 0;
      e += counts[i];
    }
    return new SparseWeights(nClasses, table, cls, w);
  }

  static build(nClasses: number, keys: number[], rows: { cls: number[]; w: number[] }[]): SparseWeights {
    const order = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
    let n = 0;
    for (const r of rows) n += r.cls.length;
    const k = new Uint32Array(keys.length);
    const counts = new Uint8Array(keys.length);
    const cls = new Uint8Array(n);
    const w = new Float32Array(n);
    let e = 0;
    order.forEach((i, j) => {
      k[j] = keys[i];
      const row = rows[i];
      counts[j] = row.cls.length;
      const idx = row.cls.map((_, m) => m).sort((a, b) => row.cls[a] - row.cls[b]);
      for (const m of idx) {
        cls[e] = row.cls[m];
        w[e++] = row.w[m];
      }
    });
    return SparseWeights.fromRows(nClasses, k, counts, cls, w);
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    scores.fill(0, 0, this.nClasses);
    const { table, cls, w } = this;
    const mask = (table.length >>> 1) - 1;
    for (let i = 0; i < n; i++) {
      const h = feats[i];
      let s = h & mask;
      let k = table[2 * s];
      while (k !== h && k !== 0) {
        s = (s + 1) & mask;
        k = table[2 * s];
      }
      if (k === 0) continue;
      const packed = table[2 * s + 1];
      const end = (packed >>> 8) + (packed & 255);
      for (let e = packed >>> 8; e < end; e++) scores[cls[e]] += w[e];
    }
  }

  /** Keys in increasing order with their rows: the canonical form written to files. */
  rows(): { keys: Uint32Array; counts: Uint8Array; cls: Uint8Array; w: Float32Array } {
    const slots: number[] = [];
    const { table } = this;
    for (let s = 0; s < table.length / 2; s++) if (table[2 * s] !== 0) slots.push(s);
    slots.sort((a, b) => table[2 * a] - table[2 * b]);
    const keys = new Uint32Array(slots.length);
    const counts = new Uint8Array(slots.length);
    const cls = new Uint8Array(this.w.length);
    const w = new Float32Array(this.w.length);
    let e = 0;
    slots.forEach((s, i) => {
      keys[i] = table[2 * s];
      const packed = table[2 * s + 1];
      counts[i] = packed & 255;
      for (let k = packed >>> 8; k < (packed >>> 8) + (packed & 255); k++, e++) {
        cls[e] = this.cls[k];
        w[e] = this.w[k];
      }
    });
    return { keys, counts, cls, w };
  }

  get entries(): number {
    return this.w.length;
  }

  get features(): number {
    let n = 0;
    for (let s = 0; s < this.table.length; s += 2) if (this.table[s] !== 0) n++;
    return n;
  }
}

/**
 * Weights of a classifier with at most three classes (the parser's moves), laid out densely: each
 * 16-byte slot holds the key and the three weights, so a look-up touches one cache line.
 */
export class DenseWeights implements Scorer {
  readonly keys: Uint32Array;
  readonly w: Float32Array;

  constructor(
    readonly nClasses: number,
    buffer: ArrayBuffer,
  ) {
    this.keys = new Uint32Array(buffer);
    this.w = new Float32Array(buffer);
  }

  static from(sparse: SparseWeights): DenseWeights {
    if (sparse.nClasses > 3) throw new Error('dense weights hold at most three classes');
    const { keys, counts, cls, w } = sparse.rows();
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    const mask = cap - 1;
    const d = new DenseWeights(sparse.nClasses, new ArrayBuffer(cap * 16));
    let e = 0;
    for (let i = 0; i < keys.length; i++) {
      let s = keys[i] & mask;
      while (d.keys[4 * s] !== 0) s = (s + 1) & mask;
      d.keys[4 * s] = keys[i];
      for (let k = 0; k < counts[i]; k++, e++) d.w[4 * s + 1 + cls[e]] = w[e];
    }
    return d;
  }

  /** Back to the sparse form, for writing. */
  toSparse(): SparseWeights {
    const keys: number[] = [];
    const rows: { cls: number[]; w: number[] }[] = [];
    for (let s = 0; s < this.keys.length / 4; s++) {
      if (this.keys[4 * s] === 0) continue;
      const row = { cls: [] as number[], w: [] as number[] };
      for (let c = 0; c < this.nClasses; c++) {
        if (this.w[4 * s + 1 + c] !== 0) {
          row.cls.push(c);
          row.w.push(this.w[4 * s + 1 + c]);
        }
      }
      keys.push(this.keys[4 * s]);
      rows.push(row);
    }
    return SparseWeights.build(this.nClasses, keys, rows);
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const { keys, w } = this;
    const mask = (keys.length >>> 2) - 1;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const h = feats[i];
      let s = h & mask;
      let k = keys[4 * s];
      while (k !== h && k !== 0) {
        s = (s + 1) & mask;
        k = keys[4 * s];
      }
      if (k === 0) continue;
      a += w[4 * s + 1];
      b += w[4 * s + 2];
      c += w[4 * s + 3];
    }
    scores[0] = a;
    scores[1] = b;
    scores[2] = c;
  }
}

/** A classifier's weights as the model file keeps them: one row of (class, int16 weight) a key. */
export interface WeightRows {
  keys: Uint32Array;
  counts: Uint8Array;
  cls: Uint8Array;
  w: Int16Array;
}

/**
 * Frozen weights as file sections: keys with their rows, classes, int16 weights and one scale.
 * With `homeMask`, the keys are listed by home slot (`key & homeMask`, then key), the order in
 * which the run-time table of that size is built fastest; otherwise in increasing order.
 */
export function weightsToSections(
  sw: SparseWeights,
  prefix: string,
  homeMask?: (nKeys: number) => number,
): { sections: Record<string, Uint8Array | Int16Array | Uint32Array>; scale: number } {
  const { keys, counts, cls, w } = sw.rows();
  let max = 0;
  for (let e = 0; e < w.length; e++) max = Math.max(max, Math.abs(w[e]));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let e = 0; e < w.length; e++) q[e] = Math.round(w[e] / scale);
  let rows: WeightRows = { keys, counts, cls, w: q };
  if (homeMask) rows = inHomeOrder(rows, homeMask(keys.length));
  return {
    sections: {
      [`${prefix}.keys`]: rows.keys,
      [`${prefix}.counts`]: rows.counts,
      [`${prefix}.cls`]: rows.cls,
      [`${prefix}.w`]: rows.w,
    },
    scale,
  };
}

/** The same rows listed by home slot `key & mask`, then by key. */
export function inHomeOrder(r: WeightRows, mask: number): WeightRows {
  const n = r.keys.length;
  const starts = new Uint32Array(n);
  for (let i = 1; i < n; i++) starts[i] = starts[i - 1] + r.counts[i - 1];
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (r.keys[a] & mask) - (r.keys[b] & mask) || r.keys[a] - r.keys[b]);
  const out: WeightRows = {
    keys: new Uint32Array(n),
    counts: new Uint8Array(n),
    cls: new Uint8Array(r.cls.length),
    w: new Int16Array(r.w.length),
  };
  let e = 0;
  order.forEach((i, j) => {
    out.keys[j] = r.keys[i];
    out.counts[j] = r.counts[i];
    for (let k = starts[i]; k < starts[i] + r.counts[i]; k++, e++) {
      out.cls[e] = r.cls[k];
      out.w[e] = r.w[k];
    }
  });
  return out;
}

/** Rebuilds frozen weights from the sections `weightsToSections` wrote. */
export function weightsFromSections(
  nClasses: number,
  keys: Uint32Array,
  counts: Uint8Array,
  cls: Uint8Array,
  q: Int16Array,
  scale: number,
): SparseWeights {
  const w = new Float32Array(q.length);
  for (let e = 0; e < q.length; e++) w[e] = q[e] * scale;
  return SparseWeights.fromRows(nClasses, keys, counts, cls.slice(), w);
}
