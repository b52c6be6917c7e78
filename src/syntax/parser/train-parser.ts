import { Perceptron } from '../perceptron.js';
import { Random } from '../random.js';
import type { Tagger } from '../tagger/tagger.js';
import type { TreeSentence } from '../treebank.js';
import { DenseWeights } from '../weights.js';
import { goldChildren, moveCost } from './oracle.js';
import { N_MOVES, SHIFT } from './parse-state.js';
import { Parser } from './parser.js';
import { projectivize } from './projectivize.js';

/** A training sentence: gold tree (projectivised) and the tags the parser will see. */
interface Example {
  words: string[];
  tags: Uint8Array;
  gold: Int32Array;
  labels: Uint8Array;
  children: Int32Array[];
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  /** Moves follow the model's own prediction with this probability from epoch 2 on. */
  explore: number;
  minWeight?: number;
  /**
   * Called after each epoch with the frozen parser (and `freeze`, to freeze the same weights with
   * another `minWeight`, for comparing bars); return a score to keep the best epoch.
   */
  onEpoch?: (epoch: number, parser: Parser, freeze: (minWeight: number) => Parser) => number;
  /** Early stopping: given the epoch just done and the best epoch so far, true to stop. */
  stop?: (epoch: number, bestEpoch: number) => boolean;
}

/** Relation names of a treebank, sorted, so that label ids do not depend on sentence order. */
export function labelSet(sentences: readonly TreeSentence[]): string[] {
  const set = new Set<string>();
  for (const s of sentences) for (const l of s.labels) set.add(l);
  return [...set].sort();
}

function examples(
  sentences: readonly TreeSentence[],
  tags: readonly Uint8Array[],
  names: string[],
): Example[] {
  const id = new Map(names.map((l, i) => [l, i]));
  return sentences.map((s, k) => {
    const n = s.words.length;
    const gold = new Int32Array(n);
    for (let i = 0; i < n; i++) gold[i] = s.heads[i] === 0 ? n : s.heads[i] - 1;
    projectivize(gold);
    const labels = Uint8Array.from(s.labels, (l) => id.get(l) ?? 0);
    return { words: s.words, tags: tags[k], gold, labels, children: goldChildren(gold) };
  });
}

/**
 * Trains the parser with the dynamic oracle: at each configuration the model's best move is
 * compared with the best zero-cost move; after the first epoch the model's move is followed with
 * probability `explore`, so it learns to recover from its own mistakes.
 */
export function trainParser(
  sentences: readonly TreeSentence[],
  tags: readonly Uint8Array[],
  tagger: Tagger,
  opts: ParserTraining,
): { parser: Parser; epoch: number; score: number } {
  const names = labelSet(sentences);
  const data = examples(sentences, tags, names);
  const moves = new Perceptron(N_MOVES);
  const labeler = new Perceptron(names.length);
  const p = new Parser(moves, labeler, names);
  const rng = new Random(opts.seed);
  const order = data.map((_, i) => i);
  const cost = new Int32Array(N_MOVES);
  let best: { parser: Parser; epoch: number; score: number } | null = null;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    rng.shuffle(order);
    const explore = epoch > 1 ? opts.explore : 0;
    for (const k of order) trainSentence(p, data[k], tagger, moves, labeler, cost, rng, explore);
    if (!opts.onEpoch && epoch < opts.epochs) continue;
    const frozen = new Parser(
      DenseWeights.from(moves.freeze(opts.minWeight ?? 0)),
      labeler.freeze(opts.minWeight ?? 0),
      names,
    );
    const freeze = (mw: number) => new Parser(DenseWeights.from(moves.freeze(mw)), labeler.freeze(mw), names);
    const score = opts.onEpoch ? opts.onEpoch(epoch, frozen, freeze) : 0;
    if (!best || score > best.score) best = { parser: frozen, epoch, score };
    if (opts.stop?.(epoch, best.epoch)) break;
  }
  if (!best) throw new Error('training needs at least one epoch');
  return best;
}

function trainSentence(
  p: Parser,
  ex: Example,
  tagger: Tagger,
  moves: Perceptron,
  labeler: Perceptron,
  cost: Int32Array,
  rng: Random,
  explore: number,
): void {
  const x = tagger.load(ex.words);
  const st = p.st;
  st.init(ex.words.length);
  p.ctx.set(x, ex.tags, st);
  while (!st.done) {
    const pred = p.bestMove();
    let min = Number.POSITIVE_INFINITY;
    for (let m = 0; m < N_MOVES; m++) {
      cost[m] = st.valid(m) ? moveCost(st, m, ex.gold, ex.children) : 1 << 20;
      if (cost[m] < min) min = cost[m];
    }
    const gold = p.bestValid(min, cost);
    if (cost[pred] === min) moves.tick();
    else moves.update(p.moveFeats, p.nMoveFeats, gold, pred);
    const move = explore > 0 && rng.next() < explore ? pred : gold;
    let label = 0;
    if (move !== SHIFT) {
      const d = st.s(0);
      const h = st.headFor(move);
      label = p.bestLabel(h, d);
      const truth = ex.labels[d];
      // The labeller learns from arcs with the right head only (a wrong head's label is noise).
      if (ex.gold[d] === h && h !== st.n && truth !== p.rootLabel)
        labeler.update(p.labelFeats, p.nLabelFeats, truth, label);
    }
    st.apply(move, label);
  }
}
