import { IntTable } from './int-table.js';
import { SparseWeights } from './weights.js';

/**
 * An averaged perceptron for training, over hashed integer features and a small number of classes.
 * Each feature keeps a linked list of its non-zero class weights, so memory grows with what was
 * learnt, not with features times classes. Averaging is lazy (Daumé's trick with time stamps).
 */
export class Perceptron {
  readonly nClasses: number;
  private readonly index = new IntTable();
  private first = new Int32Array(1 << 16);
  private cls = new Int32Array(1 << 16);
  private next = new Int32Array(1 << 16);
  private w = new Float64Array(1 << 16);
  private total = new Float64Array(1 << 16);
  private stamp = new Float64Array(1 << 16);
  private nFeatures = 0;
  private nEntries = 0;
  /** Number of updates so far: the clock of the averaging. */
  time = 0;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
  }

  /** Adds each feature's weights to `scores` (length nClasses, zeroed here). */
  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    scores.fill(0, 0, this.nClasses);
    const { index, first, next, cls, w } = this;
    for (let i = 0; i < n; i++) {
      const f = index.get(feats[i]);
      if (f < 0) continue;
      for (let e = first[f]; e >= 0; e = next[e]) scores[cls[e]] += w[e];
    }
  }

  /** Moves weight from `guess` to `truth` for every feature; counts one tick of the clock. */
  update(feats: Uint32Array, n: number, truth: number, guess: number): void {
    this.time++;
    if (truth === guess) return;
    for (let i = 0; i < n; i++) {
      const f = this.featureIndex(feats[i]);
      this.add(f, truth, 1);
      this.add(f, guess, -1);
    }
  }

  /** Counts one tick without an update (a correct decision). */
  tick(): void {
    this.time++;
  }

  private featureIndex(h: number): number {
    let f = this.index.get(h);
    if (f < 0) {
      f = this.nFeatures++;
      if (f >= this.first.length) this.first = grow(this.first, -1);
      this.first[f] = -1;
      this.index.set(h, f);
    }
    return f;
  }

  private add(f: number, c: number, v: number): void {
    let e = this.first[f];
    while (e >= 0 && this.cls[e] !== c) e = this.next[e];
    if (e < 0) {
      e = this.nEntries++;
      if (e >= this.cls.length) this.growEntries();
      this.cls[e] = c;
      this.w[e] = 0;
      this.total[e] = 0;
      this.stamp[e] = this.time;
      this.next[e] = this.first[f];
      this.first[f] = e;
    }
    this.total[e] += (this.time - this.stamp[e]) * this.w[e];
    this.stamp[e] = this.time;
    this.w[e] += v;
  }

  private growEntries(): void {
    this.cls = grow(this.cls, 0);
    this.next = grow(this.next, 0);
    this.w = grow(this.w, 0);
    this.total = grow(this.total, 0);
    this.stamp = grow(this.stamp, 0);
  }

  /**
   * The averaged weights, frozen into a look-up table. Entries whose average is below `minAbs`
   * are dropped; features are laid out in order of their hash, so the result depends only on
   * what was learnt.
   */
  freeze(minAbs = 0): SparseWeights {
    const t = Math.max(1, this.time);
    const keys: number[] = [];
    const rows: { cls: number[]; w: number[] }[] = [];
    this.index.forEach((h, f) => {
      const row = { cls: [] as number[], w: [] as number[] };
      for (let e = this.first[f]; e >= 0; e = this.next[e]) {
        const avg = (this.total[e] + (this.time - this.stamp[e]) * this.w[e]) / t;
        if (Math.abs(avg) > minAbs) {
          row.cls.push(this.cls[e]);
          row.w.push(avg);
        }
      }
      if (!row.cls.length) return;
      keys.push(h);
      rows.push(row);
    });
    return SparseWeights.build(this.nClasses, keys, rows);
  }

  get size(): { features: number; entries: number } {
    return { features: this.nFeatures, entries: this.nEntries };
  }
}

function grow<T extends Int32Array | Float64Array>(a: T, fill: number): T {
  const b = new (a.constructor as { new (n: number): T })(a.length * 2);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
