import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldChildren, moveCost } from '../../src/syntax/parser/oracle.js';
import { N_MOVES, ParseState } from '../../src/syntax/parser/parse-state.js';
import { isProjective, projectivize } from '../../src/syntax/parser/projectivize.js';
import { loadTreebank, type TreeSentence } from '../../src/syntax/treebank.js';
import { tree } from './tree-fixtures.js';

const TRAIN = '../shared/ud/en_ewt-ud-train.conllu';

/** 0-based heads with n for the root, as the parser uses them. */
function goldHeads(s: TreeSentence): Int32Array {
  const n = s.words.length;
  return Int32Array.from(s.heads, (h) => (h === 0 ? n : h - 1));
}

/** Follows the first zero-cost move (shift, left, right) until the end; returns the heads built. */
function followOracle(gold: Int32Array): Int32Array {
  const st = new ParseState();
  st.init(gold.length);
  const children = goldChildren(gold);
  let steps = 0;
  while (!st.done) {
    let move = -1;
    for (let m = 0; m < N_MOVES && move < 0; m++) {
      if (st.valid(m) && moveCost(st, m, gold, children) === 0) move = m;
    }
    if (move < 0) throw new Error('no zero-cost move');
    st.apply(move, 0);
    if (++steps > 4 * gold.length + 4) throw new Error('oracle loops');
  }
  return st.heads.slice(0, gold.length);
}

describe('arc-hybrid dynamic oracle', () => {
  it('rebuilds hand-written projective trees exactly', () => {
    const trees = [
      tree('Police/NOUN/2/nsubj arrested/VERB/0/root him/PRON/2/obj ./PUNCT/2/punct'),
      tree(
        'The/DET/2/det man/NOUN/5/nsubj:pass who/PRON/4/nsubj left/VERB/2/acl:relcl was/AUX/6/aux:pass seen/VERB/0/root',
      ),
      tree('Go/VERB/0/root !/PUNCT/1/punct'),
    ];
    for (const t of trees) {
      const gold = goldHeads(t);
      expect(isProjective(gold)).toBe(true);
      expect(Array.from(followOracle(gold))).toEqual(Array.from(gold));
    }
  });

  it('lifts a non-projective arc to make the tree projective', () => {
    // "A hearing is scheduled on the issue today": "on the issue" hangs from "hearing" across "scheduled".
    const t = tree(
      'A/DET/2/det hearing/NOUN/4/nsubj:pass is/AUX/4/aux:pass scheduled/VERB/0/root on/ADP/7/case the/DET/7/det issue/NOUN/2/nmod today/NOUN/4/obl:tmod',
    );
    const gold = goldHeads(t);
    expect(isProjective(gold)).toBe(false);
    expect(projectivize(gold)).toBe(1);
    expect(isProjective(gold)).toBe(true);
    expect(gold[6]).toBe(3); // "issue" now hangs from "scheduled"
    expect(Array.from(followOracle(gold))).toEqual(Array.from(gold));
  });

  it.skipIf(!existsSync(TRAIN))(
    'rebuilds every projective EWT training tree exactly',
    () => {
      let projective = 0;
      let lifted = 0;
      for (const s of loadTreebank(TRAIN)) {
        const gold = goldHeads(s);
        if (!isProjective(gold)) {
          projectivize(gold);
          lifted++;
        } else projective++;
        expect(Array.from(followOracle(gold))).toEqual(Array.from(gold));
      }
      expect(projective).toBeGreaterThan(12000);
      expect(lifted).toBeGreaterThan(0);
    },
    120_000,
  );
});
