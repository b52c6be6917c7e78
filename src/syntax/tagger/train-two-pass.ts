import type { Tagger } from './tagger.js';
import { type TaggedSentence, type TaggerTraining, trainTagger, trainTaggerBest } from './train-tagger.js';

/**
 * Trains a two-pass tagger: the first pass as a one-pass tagger (epoch kept by `onEpoch` when
 * given), then a second pass that also sees first-pass tags of the words to the right. The
 * second pass learns from honest first-pass tags: each half of the training file (contiguous) is
 * tagged by a first-pass tagger trained on the other half, so it learns how far to trust them on
 * unseen text. With `passes` 1, the first pass alone.
 */
export function trainTaggerPasses(
  train: readonly TaggedSentence[],
  opts: TaggerTraining,
  passes: number,
): { tagger: Tagger; epoch: number; score: number } {
  const first = trainTaggerBest(train, opts);
  if (passes < 2 || train.length < 2) return first;
  const half = train.length >> 1;
  const sub = { epochs: opts.epochs, minWeight: opts.minWeight };
  const a = trainTagger(train.slice(0, half), { ...sub, seed: opts.seed + 1001 });
  const b = trainTagger(train.slice(half), { ...sub, seed: opts.seed + 1002 });
  const tags = train.map((s, i) => (i < half ? b : a).tag(s.words).slice());
  return trainTaggerBest(train, {
    ...opts,
    seed: opts.seed + 1003,
    second: { first: tags, firstWeights: first.tagger.weights },
  });
}
