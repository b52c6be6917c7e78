import { readFileSync } from 'node:fs';
import { formatProblem } from '../core/problem.js';
import { readConllu, treeWords } from './conllu.js';
import { uposId } from './upos.js';

/** A gold sentence for training and evaluation: words, UPOS ids, heads (1-based, 0 = root), relations. */
export interface TreeSentence {
  words: string[];
  tags: Uint8Array;
  heads: Int32Array;
  labels: string[];
}

/** Reads a CoNLL-U treebank into gold sentences; throws one line naming the file and line on bad input. */
export function loadTreebank(path: string): TreeSentence[] {
  const r = readConllu(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(formatProblem(r.problems[0]));
  return r.value.map((s) => {
    const w = treeWords(s);
    const tags = new Uint8Array(w.upos.length);
    for (let i = 0; i < tags.length; i++) {
      const t = uposId(w.upos[i]);
      if (t < 0) throw new Error(`${path}:${s.line}: expected a UPOS tag, found ${w.upos[i]} [bad-conllu]`);
      tags[i] = t;
    }
    return { words: w.forms, tags, heads: Int32Array.from(w.heads), labels: w.deprels };
  });
}
