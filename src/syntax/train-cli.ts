import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate } from './evaluate.js';
import { sha256 } from './model-file.js';
import { trainParser } from './parser/train-parser.js';
import { loadSyntaxModelBytes, MODEL_FILE, MODELS_DIR, saveSyntaxModel } from './syntax-model.js';
import type { Tagger } from './tagger/tagger.js';
import { tagAccuracy, trainTagger, trainTaggerBest } from './tagger/train-tagger.js';
import { loadTreebank, type TreeSentence } from './treebank.js';

/**
 * `npm run train:parser`: trains the tagger and the parser on UD English EWT (train file; the dev
 * file chooses the epochs; the test file is never read) and writes data/models/. Deterministic:
 * the same files and seed give byte-identical output.
 */
const { values: opt } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/ud/en_ewt-ud-train.conllu' },
    dev: { type: 'string', default: '../shared/ud/en_ewt-ud-dev.conllu' },
    out: { type: 'string', default: MODELS_DIR },
    seed: { type: 'string', default: '20261205' },
    'tagger-epochs': { type: 'string', default: '10' },
    'parser-epochs': { type: 'string', default: '12' },
    patience: { type: 'string', default: '2' },
    folds: { type: 'string', default: '10' },
    explore: { type: 'string', default: '0.9' },
    'min-weight': { type: 'string', default: '0.2' },
  },
});

const started = performance.now();
function log(msg: string): void {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
}

const seed = Number(opt.seed);
const minWeight = Number(opt['min-weight']);
const train = loadTreebank(opt.train);
const dev = loadTreebank(opt.dev);
log(`read ${train.length} training and ${dev.length} dev sentences`);

const best = trainTaggerBest(train, {
  epochs: Number(opt['tagger-epochs']),
  seed,
  minWeight,
  onEpoch: (epoch, t) => {
    const acc = tagAccuracy(t, dev);
    log(`tagger epoch ${epoch}: dev UPOS ${acc.toFixed(4)}`);
    return acc;
  },
});
const tagger = best.tagger;
log(`tagger: epoch ${best.epoch} kept`);

/**
 * Tags of the training file, each fold tagged by a tagger trained on the other folds. Folds are
 * contiguous blocks, so that a document's sentences mostly fall in one fold and the held-out tags
 * are as good as tags of unseen text, not better.
 */
function jackknife(sentences: readonly TreeSentence[], folds: number, epochs: number): Uint8Array[] {
  const tags: Uint8Array[] = new Array(sentences.length);
  const foldOf = (i: number) => Math.floor((i * folds) / sentences.length);
  for (let f = 0; f < folds; f++) {
    const rest = sentences.filter((_, i) => foldOf(i) !== f);
    const t: Tagger = trainTagger(rest, { epochs, seed: seed + f + 1, minWeight });
    let right = 0;
    let total = 0;
    for (let i = 0; i < sentences.length; i++) {
      if (foldOf(i) !== f) continue;
      tags[i] = t.tag(sentences[i].words).slice();
      for (let k = 0; k < tags[i].length; k++) if (tags[i][k] === sentences[i].tags[k]) right++;
      total += tags[i].length;
    }
    log(`jackknife fold ${f + 1}/${folds}: held-out UPOS ${(right / total).toFixed(4)}`);
  }
  return tags;
}
const trainTags = jackknife(train, Number(opt.folds), best.epoch);

const patience = Number(opt.patience);
const parsed = trainParser(train, trainTags, tagger, {
  epochs: Number(opt['parser-epochs']),
  seed,
  explore: Number(opt.explore),
  minWeight,
  onEpoch: (epoch, parser) => {
    const s = evaluate(dev, tagger, parser);
    log(`parser epoch ${epoch}: dev UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)}`);
    return s.las;
  },
  stop: (epoch, bestSoFar) => epoch - bestSoFar >= patience,
});
log(`parser: epoch ${parsed.epoch} kept`);

const meta = { format: 'lapwing-syntax', seed, taggerEpoch: best.epoch, parserEpoch: parsed.epoch };
const bytes = saveSyntaxModel({ tagger, parser: parsed.parser }, meta);
const reloaded = loadSyntaxModelBytes(bytes, MODEL_FILE);
const scores = evaluate(dev, reloaded.tagger, reloaded.parser);
mkdirSync(opt.out, { recursive: true });
writeFileSync(join(opt.out, MODEL_FILE), bytes);
const manifest = {
  files: [{ name: MODEL_FILE, bytes: bytes.length, sha256: sha256(bytes) }],
  licence: 'CC BY-SA 4.0',
  trainedOn: {
    train: { file: basename(opt.train), sha256: sha256(readFileSync(opt.train)) },
    dev: { file: basename(opt.dev), sha256: sha256(readFileSync(opt.dev)) },
  },
  ...meta,
  dev: { uas: round(scores.uas), las: round(scores.las), upos: round(scores.upos), tokens: scores.tokens },
};
writeFileSync(join(opt.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
log(
  `wrote ${join(opt.out, MODEL_FILE)} (${(bytes.length / 1e6).toFixed(1)} MB): dev UAS ${manifest.dev.uas} LAS ${manifest.dev.las} UPOS ${manifest.dev.upos}`,
);

function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}
