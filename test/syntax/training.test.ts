import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWords } from '../../src/syntax/parse-words.js';
import { loadSyntaxModelBytes } from '../../src/syntax/syntax-model.js';
import { DEFAULT_TRAINING, trainModels } from '../../src/syntax/train-models.js';
import { tempDir } from '../ingest/temp-dir.js';
import { syntheticTreebank } from './tree-fixtures.js';

const { dir, cleanup } = tempDir('lapwing-train-');
afterAll(cleanup);

describe('training the tagger and parser', () => {
  const train = join(dir, 'train.conllu');
  const dev = join(dir, 'dev.conllu');
  writeFileSync(train, syntheticTreebank(60));
  writeFileSync(dev, syntheticTreebank(10));
  const opts = { ...DEFAULT_TRAINING, train, dev, taggerEpochs: 3, parserEpochs: 3, folds: 3 };

  it('gives a byte-identical model from the same data and seed, and a different one from another seed', async () => {
    const a = await trainModels(opts, () => {});
    const b = await trainModels(opts, () => {});
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(JSON.stringify(a.manifest)).toBe(JSON.stringify(b.manifest));
    const c = await trainModels({ ...opts, seed: 7 }, () => {});
    expect(c.bytes.equals(a.bytes)).toBe(false);
  });

  it('gives the same bytes with the jackknife folds in worker threads as in one thread', async () => {
    const one = await trainModels({ ...opts, threads: 1 }, () => {});
    const two = await trainModels({ ...opts, threads: 2 }, () => {});
    const three = await trainModels({ ...opts, threads: 3 }, () => {});
    expect(two.bytes.equals(one.bytes)).toBe(true);
    expect(three.bytes.equals(one.bytes)).toBe(true);
    expect(JSON.stringify(two.manifest)).toBe(JSON.stringify(one.manifest));
  });

  it('learns the treebank it was given: a new sentence of the same pattern is parsed right', async () => {
    const { bytes } = await trainModels(opts, () => {});
    const model = loadSyntaxModelBytes(bytes, 'test-model');
    // "blocked" with "the market in Quito": a combination the generator never made.
    const p = parseWords(model, ['a', 'soldier', 'blocked', 'the', 'market', 'in', 'Quito', '.']);
    expect(p.upos).toEqual(['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
    expect(p.heads).toEqual([2, 3, 0, 5, 3, 7, 3, 3]);
    expect(p.deprels).toEqual(['det', 'nsubj', 'root', 'det', 'obj', 'case', 'obl', 'punct']);
  });

  it('keeps a second tagging pass in the file, tagging alike with the fast and the reference tables', async () => {
    const two = await trainModels({ ...opts, taggerPasses: 2 }, () => {});
    const one = await trainModels({ ...opts, taggerPasses: 1 }, () => {});
    expect(two.bytes.equals(one.bytes)).toBe(false);
    const fast = loadSyntaxModelBytes(two.bytes, 'two-pass');
    const reference = loadSyntaxModelBytes(two.bytes, 'two-pass', { layout: 'reference' });
    expect(fast.tagger.second).not.toBeNull();
    expect(loadSyntaxModelBytes(one.bytes, 'one-pass').tagger.second).toBeNull();
    const words = ['a', 'soldier', 'blocked', 'the', 'market', 'in', 'Quito', '.'];
    expect([...fast.tagger.tag(words)]).toEqual([...reference.tagger.tag(words)]);
    expect(parseWords(fast, words).upos).toEqual([
      'DET',
      'NOUN',
      'VERB',
      'DET',
      'NOUN',
      'ADP',
      'PROPN',
      'PUNCT',
    ]);
  });

  it('rejects a corrupted model file by its checksum', async () => {
    const { bytes } = await trainModels(opts, () => {});
    const bad = Buffer.from(bytes);
    bad[bad.length - 3] ^= 0xff;
    expect(() => loadSyntaxModelBytes(bad, 'bad.bin')).toThrow(/bad\.bin: checksum mismatch.*\[bad-model\]/);
    expect(readFileSync(train, 'utf8').length).toBeGreaterThan(0);
  });
});
