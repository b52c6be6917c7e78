import { readFileSync } from 'node:fs';
import { formatProblem, type Result } from '../core/problem.js';
import { type ConlluSentence, readConllu, treeWords } from './conllu.js';
import { uposId } from './upos.js';

/** A gold sentence for training and evaluation: words, UPOS ids, heads (1-based, 0 = root), relations. */
export interface TreeSentence {
  words: string[];
  tags: Uint8Array;
  heads: Int32Array;
  labels: string[];
}

/** Gold sentences from read CoNLL-U; a word whose UPOS is not one of the 17 is a problem. */
export function toTreeSentences(sentences: readonly ConlluSentence[], path: string): Result<TreeSentence[]> {
  const out: TreeSentence[] = [];
  for (const s of sentences) {
    const w = treeWords(s);
    const tags = new Uint8Array(w.upos.length);
    for (let i = 0; i < tags.length; i++) {
      const t = uposId(w.upos[i]);
      if (t < 0) {
        return {
          ok: false,
          problems: [
            {
              code: 'bad-conllu',
              path: `${path}:${s.line}`,
              message: `expected a UPOS tag, found ${w.upos[i]}`,
            },
          ],
        };
      }
      tags[i] = t;
    }
    out.push({ words: w.forms, tags, heads: Int32Array.from(w.heads), labels: w.deprels });
  }
  return { ok: true, value: out };
}

/** Reads a CoNLL-U treebank into gold sentences; throws one line naming the file and line on bad input. */
export function loadTreebank(path: string): TreeSentence[] {
  const r = readConllu(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(formatProblem(r.problems[0]));
  const t = toTreeSentences(r.value, path);
  if (!t.ok) throw new Error(formatProblem(t.problems[0]));
  return t.value;
}
