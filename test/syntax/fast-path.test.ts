import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { f1, f2, f3, f4, fin, mix } from '../../src/syntax/hash.js';
import { MoveTable } from '../../src/syntax/move-table.js';
import { PackedWeights } from '../../src/syntax/packed-weights.js';
import { parseWords } from '../../src/syntax/parse-words.js';
import { Parser } from '../../src/syntax/parser/parser.js';
import { Random } from '../../src/syntax/random.js';
import { loadShippedModel } from '../../src/syntax/syntax-model.js';
import { loadTreebank } from '../../src/syntax/treebank.js';
import { weightsFromSections } from '../../src/syntax/weights.js';

/** Sentences written for this test: long, nested, with clauses, coordination and punctuation. */
const SENTENCES = [
  'Rebels who had crossed the river overnight shelled the town , and the army said it would respond .',
  'The ministry , which denied any role in the attack , called for calm on Tuesday .',
  'Protesters gathered outside parliament to demand that the government release the detained journalists .',
  "Officials don't expect the ceasefire to hold for long , according to two diplomats in Geneva .",
  'After weeks of talks , both sides agreed to exchange prisoners and to reopen the main border crossing .',
  'Was the convoy that was attacked near the village carrying food , fuel or weapons ?',
  'Police arrested 14 people , seized 3.5 kg of explosives and closed the road between Kano and Jos .',
  'He said : " We will not negotiate with those who kill civilians . "',
  'Five soldiers were killed',
  'Yes .',
  'Heavy fighting , the worst since 2019 , forced thousands of families from their homes in the north of the country , where aid agencies say food is running out .',
];

/** Random frozen weights in the file's form: keys in increasing order, row lengths, classes, int16. */
function randomSections(rng: Random, nKeys: number, nClasses: number) {
  const keySet = new Set<number>();
  while (keySet.size < nKeys) keySet.add((rng.next() * 2 ** 32) >>> 0 || 1);
  const keys = Uint32Array.from([...keySet].sort((a, b) => a - b));
  const counts = new Uint8Array(nKeys);
  const cls: number[] = [];
  const q: number[] = [];
  for (let i = 0; i < nKeys; i++) {
    for (let c = 0; c < nClasses; c++) {
      if (rng.next() < 0.4) continue;
      counts[i]++;
      cls.push(c);
      q.push(Math.round((rng.next() * 2 - 1) * 32767));
    }
  }
  return { keys, counts, cls: Uint8Array.from(cls), q: Int16Array.from(q) };
}

describe('the fast run-time path', { timeout: 120_000 }, () => {
  it('feature hashes written out in full equal the nested mix and fin they replace', () => {
    const rng = new Random(11);
    const nested = (t: number, ...v: number[]) => fin(v.reduce((h, a) => mix(h, a), mix(0x9747b28c, t)));
    const r = () => (rng.next() * 2 ** 32) >>> 0;
    for (let i = 0; i < 20_000; i++) {
      const t = i % 140;
      const [a, b, c, d] = [r(), r() | 0, i % 7, r()];
      expect(f1(t, a)).toBe(nested(t, a));
      expect(f2(t, a, b)).toBe(nested(t, a, b));
      expect(f3(t, a, b, c)).toBe(nested(t, a, b, c));
      expect(f4(t, a, b, c, d)).toBe(nested(t, a, b, c, d));
    }
  });

  it('move table and packed weights give the sparse tables’ scores for present and absent features', () => {
    const rng = new Random(7);
    for (const [nKeys, nClasses] of [
      [50_000, 3],
      [30_000, 17],
    ]) {
      const s = randomSections(rng, nKeys, nClasses);
      const ref = weightsFromSections(nClasses, s.keys, s.counts, s.cls, s.q, 1);
      const fast =
        nClasses === 3
          ? MoveTable.fromSections(s.keys, s.counts, s.cls, s.q)
          : PackedWeights.fromSections(nClasses, s.keys, s.counts, s.cls, s.q);
      const feats = new Uint32Array(40);
      const a = new Float64Array(nClasses);
      const b = new Float64Array(nClasses);
      let present = 0;
      for (let round = 0; round < 2000; round++) {
        for (let i = 0; i < feats.length; i++) {
          // Half present keys, half random (almost always absent) ones.
          feats[i] =
            rng.next() < 0.5 ? s.keys[Math.floor(rng.next() * nKeys)] : (rng.next() * 2 ** 32) >>> 0 || 1;
        }
        ref.score(feats, feats.length, a);
        fast.score(feats, feats.length, b);
        expect(Array.from(b)).toEqual(Array.from(a));
        if (a.some((x) => x !== 0)) present++;
      }
      expect(present).toBeGreaterThan(1900);
    }
  });

  it('gives the same tags and trees as the reference tables on sentences written for the test', () => {
    const fast = loadShippedModel();
    const ref = loadShippedModel(undefined, { layout: 'reference' });
    expect(fast.parser.moves).toBeInstanceOf(MoveTable);
    expect(ref.parser.moves).not.toBeInstanceOf(MoveTable);
    expect(ref.parser).toBeInstanceOf(Parser);
    for (const s of SENTENCES) {
      const words = s.split(' ');
      const a = parseWords(ref, words);
      const b = parseWords(fast, words);
      expect(b).toEqual(a);
      expect(a.deprels.filter((r) => r === 'root')).toHaveLength(1);
    }
  });

  const dev = '../shared/ud/en_ewt-ud-dev.conllu';
  it.skipIf(!existsSync(dev))(
    'gives the same tags and trees as the reference tables on every EWT dev sentence',
    () => {
      const fast = loadShippedModel();
      const ref = loadShippedModel(undefined, { layout: 'reference' });
      let words = 0;
      let differing = 0;
      for (const s of loadTreebank(dev)) {
        const a = parseWords(ref, s.words);
        const b = parseWords(fast, s.words);
        if (JSON.stringify(a) !== JSON.stringify(b)) differing++;
        words += s.words.length;
      }
      expect(words).toBe(25_147);
      expect(differing).toBe(0);
    },
  );
});
