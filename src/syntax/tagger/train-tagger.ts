import { Perceptron } from '../perceptron.js';
import { Random } from '../random.js';
import { UPOS } from '../upos.js';
import type { Scorer } from '../weights.js';
import { TagDict } from './tag-dict.js';
import { START_TAG, secondPassFeatures, TAG_FEATURES, tagFeatures } from './tag-features.js';
import { argmax, Tagger } from './tagger.js';
import { WordInfo } from './word-info.js';

/** A sentence for the tagger: words and their gold tag ids. */
export interface TaggedSentence {
  words: string[];
  tags: Uint8Array;
}

export interface TaggerTraining {
  epochs: number;
  seed: number;
  /** Entries whose averaged weight is at most this are dropped from the frozen model. */
  minWeight?: number;
  /** Called after each epoch with the frozen model so far; return a score to keep the best epoch. */
  onEpoch?: (epoch: number, tagger: Tagger) => number;
  /**
   * Trains a second pass instead: `first` holds, for each training sentence, first-pass tags from a
   * tagger that did not see it, and `firstWeights` is the first pass the returned tagger runs.
   */
  second?: { first: readonly Uint8Array[]; firstWeights: Scorer };
}

/** Tag counts per word form (`form`) or per normalised word (`lower`). */
function countTags(train: readonly TaggedSentence[], key: 'form' | 'lower'): Map<number, Uint32Array> {
  const info = new WordInfo();
  const counts = new Map<number, Uint32Array>();
  for (const s of train) {
    info.load(s.words);
    for (let i = 0; i < s.words.length; i++) {
      const h = info[key][i];
      let c = counts.get(h);
      if (!c) {
        c = new Uint32Array(UPOS.length);
        counts.set(h, c);
      }
      c[s.tags[i]]++;
    }
  }
  return counts;
}

/**
 * Trains a tagger for a number of epochs, sentences shuffled by a seeded generator each epoch;
 * with `onEpoch`, the epoch that scored best is kept.
 */
export function trainTagger(train: readonly TaggedSentence[], opts: TaggerTraining): Tagger {
  return trainTaggerBest(train, opts).tagger;
}

export function trainTaggerBest(
  train: readonly TaggedSentence[],
  opts: TaggerTraining,
): { tagger: Tagger; epoch: number; score: number } {
  const dict = TagDict.unambiguous(countTags(train, 'form'));
  const amb = TagDict.ambiguity(countTags(train, 'lower'));
  const model = new Perceptron(UPOS.length);
  const trainer = new Tagger(model, dict, amb);
  const feats = new Uint32Array(TAG_FEATURES);
  const scores = new Float64Array(UPOS.length);
  const rng = new Random(opts.seed);
  const order = train.map((_, i) => i);
  const second = opts.second;
  let best: { tagger: Tagger; epoch: number; score: number } | null = null;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    rng.shuffle(order);
    for (const si of order) {
      const s = train[si];
      const info = trainer.load(s.words);
      let p1 = START_TAG;
      let p2 = START_TAG;
      for (let i = 0; i < s.words.length; i++) {
        const gold = s.tags[i];
        let guess = dict.get(info.form[i]);
        if (guess < 0) {
          let n = tagFeatures(info, i, p1, p2, feats);
          if (second) n = secondPassFeatures(info, i, p1, second.first[si], feats, n);
          model.score(feats, n, scores);
          guess = argmax(scores, UPOS.length);
          model.update(feats, n, gold, guess);
        }
        p2 = p1;
        p1 = guess;
      }
    }
    if (!opts.onEpoch && epoch < opts.epochs) continue;
    const frozen = model.freeze(opts.minWeight ?? 0);
    const tagger = second
      ? new Tagger(second.firstWeights, dict, amb, frozen)
      : new Tagger(frozen, dict, amb);
    const score = opts.onEpoch ? opts.onEpoch(epoch, tagger) : 0;
    if (!best || score > best.score) best = { tagger, epoch, score };
  }
  if (!best) throw new Error('training needs at least one epoch');
  return best;
}

/** Share of words tagged right. */
export function tagAccuracy(tagger: Tagger, sentences: readonly TaggedSentence[]): number {
  let right = 0;
  let total = 0;
  for (const s of sentences) {
    const t = tagger.tag(s.words);
    for (let i = 0; i < t.length; i++) if (t[i] === s.tags[i]) right++;
    total += t.length;
  }
  return total ? right / total : 0;
}
