import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { evaluate } from './evaluate.js';
import { jackknife } from './jackknife.js';
import { sha256 } from './model-file.js';
import { trainParser } from './parser/train-parser.js';
import { loadSyntaxModelBytes, MODEL_FILE, saveSyntaxModel } from './syntax-model.js';
import { tagAccuracy } from './tagger/train-tagger.js';
import { trainTaggerPasses } from './tagger/train-two-pass.js';
import { loadTreebank, type TreeSentence } from './treebank.js';

export interface TrainOptions {
  train: string;
  dev: string;
  seed: number;
  taggerEpochs: number;
  /** 2: a second tagging pass that sees the first pass's tags to the right. */
  taggerPasses: number;
  parserEpochs: number;
  /** Stop the parser after this many epochs without a better dev LAS. */
  patience: number;
  folds: number;
  explore: number;
  minWeight: number;
  /** Worker threads for the jackknife folds (1: all in this thread). Does not change the result. */
  threads: number;
}

export const DEFAULT_TRAINING: Omit<TrainOptions, 'train' | 'dev'> = {
  seed: 20261205,
  taggerEpochs: 10,
  taggerPasses: 1,
  parserEpochs: 15,
  patience: 3,
  folds: 10,
  explore: 0.9,
  minWeight: 0.2,
  threads: 2,
};

/**
 * Trains the tagger (epoch chosen on dev) while worker threads tag the training file by
 * jackknifing (contiguous folds, `taggerEpochs` each), trains the parser on those tags (epoch
 * chosen on dev LAS) and returns the model file and its manifest. Nothing here reads a clock or
 * an unseeded generator: the same inputs give the same bytes, whatever the number of threads.
 */
export async function trainModels(
  o: TrainOptions,
  log: (msg: string) => void,
): Promise<{ bytes: Buffer; manifest: object }> {
  const train = loadTreebank(o.train);
  const dev = loadTreebank(o.dev);
  log(`read ${train.length} training and ${dev.length} dev sentences`);
  const jobs = {
    train: o.train,
    folds: o.folds,
    epochs: o.taggerEpochs,
    seed: o.seed,
    minWeight: o.minWeight,
    passes: o.taggerPasses,
  };
  // With threads, the folds start now and run beside the main tagger's training below.
  const folds = o.threads > 1 ? jackknife(train, jobs, o.threads, log) : null;
  const best = trainTaggerPasses(
    train,
    {
      epochs: o.taggerEpochs,
      seed: o.seed,
      minWeight: o.minWeight,
      onEpoch: (epoch, t) => {
        const acc = tagAccuracy(t, dev);
        log(`tagger epoch ${epoch}: dev UPOS ${acc.toFixed(4)}`);
        return acc;
      },
    },
    o.taggerPasses,
  );
  const tagger = best.tagger;
  log(`tagger: epoch ${best.epoch} kept`);
  const trainTags = await (folds ?? jackknife(train, jobs, 1, log));
  const parsed = trainParser(train, trainTags, tagger, {
    epochs: o.parserEpochs,
    seed: o.seed,
    explore: o.explore,
    minWeight: o.minWeight,
    onEpoch: (epoch, parser) => {
      const s = evaluate(dev, tagger, parser);
      log(`parser epoch ${epoch}: dev UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)}`);
      return s.las;
    },
    stop: (epoch, bestEpoch) => epoch - bestEpoch >= o.patience,
  });
  log(`parser: epoch ${parsed.epoch} kept`);
  const meta = { format: 'lapwing-syntax', seed: o.seed, taggerEpoch: best.epoch, parserEpoch: parsed.epoch };
  const bytes = saveSyntaxModel({ tagger, parser: parsed.parser }, meta);
  const manifest = buildManifest(bytes, o, meta, dev);
  return { bytes, manifest };
}

/** The manifest of a model file: checksum, training files and options, scores on dev as loaded. */
export function buildManifest(bytes: Buffer, o: TrainOptions, meta: object, dev: readonly TreeSentence[]) {
  const reloaded = loadSyntaxModelBytes(bytes, MODEL_FILE);
  const s = evaluate(dev, reloaded.tagger, reloaded.parser);
  return {
    files: [{ name: MODEL_FILE, bytes: bytes.length, sha256: sha256(bytes) }],
    licence: 'CC BY-SA 4.0',
    trainedOn: {
      train: { file: basename(o.train), sha256: sha256(readFileSync(o.train)) },
      dev: { file: basename(o.dev), sha256: sha256(readFileSync(o.dev)) },
    },
    ...meta,
    training: { ...o, train: undefined, dev: undefined, threads: undefined },
    dev: { uas: round(s.uas), las: round(s.las), upos: round(s.upos), tokens: s.tokens },
  };
}

function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}
