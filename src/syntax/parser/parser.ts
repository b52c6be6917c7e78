import { MoveTable } from '../move-table.js';
import type { WordInfo } from '../tagger/word-info.js';
import type { Scorer } from '../weights.js';
import { Context } from './context.js';
import { LABEL_FEATURES, labelFeatures } from './label-features.js';
import { MoveCache } from './move-cache.js';
import { MOVE_FEATURES, moveFeatures } from './move-features.js';
import { LEFT, N_MOVES, ParseState, RIGHT, SHIFT } from './parse-state.js';

/**
 * A greedy arc-hybrid dependency parser: one classifier picks the move (shift, left, right), a
 * second labels each arc as it is made. Takes words (as `WordInfo`) and UPOS tag ids.
 */
export class Parser {
  readonly st = new ParseState();
  readonly ctx = new Context();
  readonly moveFeats = new Uint32Array(MOVE_FEATURES);
  readonly labelFeats = new Uint32Array(LABEL_FEATURES);
  readonly moveScores = new Float64Array(N_MOVES);
  readonly labelScores: Float64Array;
  nMoveFeats = 0;
  nLabelFeats = 0;

  constructor(
    readonly moves: Scorer,
    readonly labeler: Scorer,
    /** Relation names; a label id is an index. */
    readonly labelNames: readonly string[],
  ) {
    this.labelScores = new Float64Array(labelNames.length);
    this.cache = moves instanceof MoveTable ? new MoveCache(moves) : null;
    this.rootLabel = labelNames.indexOf('root');
    if (this.rootLabel < 0) throw new Error('a parser needs a "root" relation among its labels');
  }

  readonly rootLabel: number;
  /** Present with the run-time move table, whose sums are exact: scores groups of features once. */
  private readonly cache: MoveCache | null;

  /**
   * Parses one sentence: `heads[i]` gets the 0-based head of word i (-1 for the root word) and
   * `labels[i]` its relation id.
   */
  parse(x: WordInfo, tags: Uint8Array, heads: Int32Array, labels: Uint8Array): void {
    const st = this.st;
    st.init(x.n);
    this.ctx.set(x, tags, st);
    const cache = this.cache;
    cache?.reset(x.n);
    while (!st.done) {
      let move: number;
      if (cache) {
        cache.score(this.ctx, this.moveScores);
        move = this.bestValid(-1);
      } else {
        move = this.bestMove();
      }
      const label = move === SHIFT ? 0 : this.bestLabel(st.headFor(move), st.s(0));
      st.apply(move, label);
    }
    for (let i = 0; i < x.n; i++) {
      heads[i] = st.heads[i] === x.n ? -1 : st.heads[i];
      labels[i] = st.labels[i];
    }
  }

  /** Scores the moves of the current configuration and returns the best valid one. */
  bestMove(): number {
    this.nMoveFeats = moveFeatures(this.ctx, this.moveFeats);
    this.moves.score(this.moveFeats, this.nMoveFeats, this.moveScores);
    return this.bestValid(-1);
  }

  /** The best valid move, among those with `cost[m] === minCost` when costs are given. */
  bestValid(minCost: number, cost?: Int32Array): number {
    const st = this.st;
    const s = this.moveScores;
    let best = -1;
    for (let m = SHIFT; m <= RIGHT; m++) {
      if (!st.valid(m) || (cost && cost[m] !== minCost)) continue;
      if (best < 0 || s[m] > s[best]) best = m;
    }
    return best;
  }

  /** The relation of the arc h -> d: `root` when h is the root, else the best other label. */
  bestLabel(h: number, d: number): number {
    if (h === this.st.n) return this.rootLabel;
    this.nLabelFeats = labelFeatures(this.ctx, h, d, this.labelFeats);
    const s = this.labelScores;
    this.labeler.score(this.labelFeats, this.nLabelFeats, s);
    let best = this.rootLabel === 0 ? 1 : 0;
    for (let l = 0; l < s.length; l++) if (l !== this.rootLabel && s[l] > s[best]) best = l;
    return best;
  }
}

export { LEFT, RIGHT, SHIFT };
