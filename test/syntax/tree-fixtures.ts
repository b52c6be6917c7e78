import type { TreeSentence } from '../../src/syntax/treebank.js';
import { uposId } from '../../src/syntax/upos.js';

/** Builds a gold sentence from `word/UPOS/head/relation` items (heads 1-based, 0 = root). */
export function tree(spec: string): TreeSentence {
  const items = spec.split(' ').map((x) => x.split('/'));
  return {
    words: items.map((i) => i[0]),
    tags: Uint8Array.from(items, (i) => uposId(i[1])),
    heads: Int32Array.from(items, (i) => Number(i[2])),
    labels: items.map((i) => i[3]),
  };
}

const SUBJECTS = [
  ['the', 'rebels'],
  ['a', 'soldier'],
  ['the', 'police'],
  ['some', 'farmers'],
  ['the', 'army'],
];
const VERBS = ['attacked', 'visited', 'blocked', 'praised', 'left'];
const OBJECTS = [
  ['the', 'town'],
  ['a', 'bridge'],
  ['the', 'market'],
  ['this', 'road'],
];
const PLACES = ['Kabul', 'Lima', 'Quito', 'Dakar'];

/**
 * A small made-up treebank with one sentence pattern: "the rebels attacked the town in Lima ."
 * and "the rebels attacked the town ." as CoNLL-U text, `n` sentences.
 */
export function syntheticTreebank(n: number): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const [d1, s] = SUBJECTS[k % SUBJECTS.length];
    const v = VERBS[(k * 3) % VERBS.length];
    const [d2, o] = OBJECTS[(k * 7) % OBJECTS.length];
    const rows = [
      [d1, 'DET', 2, 'det'],
      [s, 'NOUN', 3, 'nsubj'],
      [v, 'VERB', 0, 'root'],
      [d2, 'DET', 5, 'det'],
      [o, 'NOUN', 3, 'obj'],
    ];
    if (k % 2 === 0) rows.push(['in', 'ADP', 7, 'case'], [PLACES[k % PLACES.length], 'PROPN', 3, 'obl']);
    rows.push(['.', 'PUNCT', 3, 'punct']);
    out.push(`# sent_id = syn-${k + 1}`);
    rows.forEach((r, i) => {
      out.push([i + 1, r[0], r[0], r[1], '_', '_', r[2], r[3], '_', '_'].join('\t'));
    });
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
