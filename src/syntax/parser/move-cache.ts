import type { MoveTable } from '../move-table.js';
import type { Context } from './context.js';
import { bufferFeatures, configFeatures, MOVE_FEATURES, stackFeatures } from './move-features.js';

/**
 * Scores moves with the run-time move table, scoring the stack group of features once per s0 and
 * the buffer group once per b0 (see `move-features.ts`): a word is s0 and b0 at about two moves
 * each, so this saves a quarter of the look-ups. The table's scores are integer sums, so adding
 * the groups' sums gives exactly the scores of all 97 features at once.
 */
export class MoveCache {
  private readonly feats = new Uint32Array(MOVE_FEATURES);
  private readonly part = new Float64Array(3);
  /** Sums of token i's stack (buffer) group at [3 * (i + 1) + m]; index 0 is "no token". */
  private stackSums = new Float64Array(3 * 66);
  private bufferSums = new Float64Array(3 * 66);
  private stackDone = new Uint8Array(66);
  private bufferDone = new Uint8Array(66);

  constructor(private readonly table: MoveTable) {}

  /** Forgets the previous sentence; `n` words. */
  reset(n: number): void {
    if (n + 2 > this.stackDone.length) {
      const cap = (n + 2) * 2;
      this.stackSums = new Float64Array(3 * cap);
      this.bufferSums = new Float64Array(3 * cap);
      this.stackDone = new Uint8Array(cap);
      this.bufferDone = new Uint8Array(cap);
    }
    this.stackDone.fill(0, 0, n + 2);
    this.bufferDone.fill(0, 0, n + 2);
  }

  /** The three moves' scores in the context's current configuration. */
  score(c: Context, scores: Float64Array): void {
    const st = c.st;
    const { feats, part, table } = this;
    const si = st.sp > 0 ? st.stack[st.sp - 1] + 1 : 0;
    if (this.stackDone[si] === 0) {
      table.score(feats, stackFeatures(c, feats, 0), part);
      this.keep(this.stackSums, this.stackDone, si);
    }
    const bi = st.b + 1;
    if (this.bufferDone[bi] === 0) {
      table.score(feats, bufferFeatures(c, feats, 0), part);
      this.keep(this.bufferSums, this.bufferDone, bi);
    }
    table.score(feats, configFeatures(c, feats, 0), scores);
    const s = this.stackSums;
    const b = this.bufferSums;
    scores[0] += s[3 * si] + b[3 * bi];
    scores[1] += s[3 * si + 1] + b[3 * bi + 1];
    scores[2] += s[3 * si + 2] + b[3 * bi + 2];
  }

  private keep(sums: Float64Array, done: Uint8Array, i: number): void {
    sums[3 * i] = this.part[0];
    sums[3 * i + 1] = this.part[1];
    sums[3 * i + 2] = this.part[2];
    done[i] = 1;
  }
}
