import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_FILE, MODELS_DIR } from './syntax-model.js';
import { DEFAULT_TRAINING, trainModels } from './train-models.js';

/**
 * `npm run train:parser`: trains the tagger and the parser on UD English EWT (train file; the dev
 * file chooses the epochs; the test file is never read) and writes data/models/. Deterministic:
 * the same files and seed give byte-identical output.
 */
const d = DEFAULT_TRAINING;
const { values: opt } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/ud/en_ewt-ud-train.conllu' },
    dev: { type: 'string', default: '../shared/ud/en_ewt-ud-dev.conllu' },
    out: { type: 'string', default: MODELS_DIR },
    seed: { type: 'string', default: String(d.seed) },
    'tagger-epochs': { type: 'string', default: String(d.taggerEpochs) },
    'tagger-passes': { type: 'string', default: String(d.taggerPasses) },
    'parser-epochs': { type: 'string', default: String(d.parserEpochs) },
    patience: { type: 'string', default: String(d.patience) },
    folds: { type: 'string', default: String(d.folds) },
    explore: { type: 'string', default: String(d.explore) },
    'min-weight': { type: 'string', default: String(d.minWeight) },
    threads: { type: 'string', default: String(d.threads) },
  },
});

const started = performance.now();
function log(msg: string): void {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
}

try {
  const { bytes, manifest } = await trainModels(
    {
      train: opt.train,
      dev: opt.dev,
      seed: Number(opt.seed),
      taggerEpochs: Number(opt['tagger-epochs']),
      taggerPasses: Number(opt['tagger-passes']),
      parserEpochs: Number(opt['parser-epochs']),
      patience: Number(opt.patience),
      folds: Number(opt.folds),
      explore: Number(opt.explore),
      minWeight: Number(opt['min-weight']),
      threads: Number(opt.threads),
    },
    log,
  );
  mkdirSync(opt.out, { recursive: true });
  writeFileSync(join(opt.out, MODEL_FILE), bytes);
  writeFileSync(join(opt.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`wrote ${join(opt.out, MODEL_FILE)} (${(bytes.length / 1e6).toFixed(1)} MB) and manifest.json`);
} catch (e) {
  process.stderr.write(`train:parser: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
