import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate } from './evaluate.js';
import { jackknife } from './jackknife.js';
import { parseWords } from './parse-words.js';
import { trainParser } from './parser/train-parser.js';
import { loadShippedModel, loadSyntaxModelBytes } from './syntax-model.js';
import { DEFAULT_TRAINING } from './train-models.js';
import { loadTreebank } from './treebank.js';

/**
 * Development aid, not part of training: trains only the parser, on jackknifed tags kept in a
 * cache folder (keyed by a hash of the training file and the tagger options) and with the shipped
 * model's tagger (or `--model`'s, trained with `--passes`), so that parser changes can be compared on dev in minutes. The shipped model
 * still comes from `npm run train:parser`. Usage:
 *   node dist/syntax/parser-trial-cli.js --cache /tmp/jk [--epochs 8] [--explore 0.9] [--test FILE]
 */
const d = DEFAULT_TRAINING;
const { values: opt } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/ud/en_ewt-ud-train.conllu' },
    dev: { type: 'string', default: '../shared/ud/en_ewt-ud-dev.conllu' },
    cache: { type: 'string', default: '/tmp' },
    epochs: { type: 'string', default: '8' },
    explore: { type: 'string', default: String(d.explore) },
    patience: { type: 'string', default: String(d.patience) },
    threads: { type: 'string', default: '1' },
    test: { type: 'string' },
    model: { type: 'string' },
    seed: { type: 'string', default: String(d.seed) },
    passes: { type: 'string', default: '1' },
  },
});

const NEWS = [
  'Police arrested three men and seized weapons .',
  'The convoy was attacked near the border .',
  'The minister said that the talks had failed .',
  "Venezuela 's president rejected the offer .",
  'Troops fired on the crowd and killed two people .',
];

const started = performance.now();
function log(msg: string): void {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
}

const train = loadTreebank(opt.train);
const dev = loadTreebank(opt.dev);
const jobs = {
  train: opt.train,
  folds: d.folds,
  epochs: d.taggerEpochs,
  seed: d.seed,
  minWeight: d.minWeight,
  passes: Number(opt.passes),
};
const key = createHash('sha256')
  .update(readFileSync(opt.train))
  .update(JSON.stringify({ ...jobs, train: '' }))
  .digest('hex')
  .slice(0, 16);
const file = join(opt.cache, `jackknife-${key}.bin`);
let tags: Uint8Array[];
if (existsSync(file)) {
  const all = readFileSync(file);
  let at = 0;
  tags = train.map((s) => {
    const t = new Uint8Array(all.subarray(at, at + s.words.length));
    at += s.words.length;
    return t;
  });
  log(`jackknifed tags from ${file}`);
} else {
  tags = await jackknife(train, jobs, Number(opt.threads), log);
  writeFileSync(file, Buffer.concat(tags));
  log(`jackknifed tags written to ${file}`);
}
const { tagger } = opt.model ? loadSyntaxModelBytes(readFileSync(opt.model), opt.model) : loadShippedModel();
const patience = Number(opt.patience);
const test = opt.test ? loadTreebank(opt.test) : null;
const parsed = trainParser(train, tags, tagger, {
  epochs: Number(opt.epochs),
  seed: Number(opt.seed),
  explore: Number(opt.explore),
  minWeight: d.minWeight,
  onEpoch: (epoch, parser) => {
    const s = evaluate(dev, tagger, parser);
    log(`parser epoch ${epoch}: dev UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)}`);
    // For analysis only (the epoch is still chosen on dev): how test moves from epoch to epoch.
    if (test) {
      const t = evaluate(test, tagger, parser);
      log(`parser epoch ${epoch}: test UAS ${t.uas.toFixed(4)} LAS ${t.las.toFixed(4)}`);
    }
    return s.las;
  },
  stop: (epoch, bestEpoch) => epoch - bestEpoch >= patience,
});
log(`parser: epoch ${parsed.epoch} kept (dev LAS ${parsed.score.toFixed(4)})`);
if (test) {
  const s = evaluate(test, tagger, parsed.parser);
  log(`test UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} UPOS ${s.upos.toFixed(4)}`);
}
// The news sentences of test/syntax/shipped-model.test.ts, as the kept parser parses them.
for (const words of NEWS) {
  const p = parseWords({ tagger, parser: parsed.parser }, words.split(' '));
  log(
    words
      .split(' ')
      .map((w, k) => `${w}/${p.heads[k]}/${p.deprels[k]}`)
      .join(' '),
  );
}
