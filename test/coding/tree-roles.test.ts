import { describe, expect, it } from 'vitest';
import { appositionsIn, treeSubjectOf } from '../../src/coding/tree-constructions.js';
import {
  caseOf,
  reportingVerbOf,
  rolesOf,
  subtreeSpan,
  type TreeTok,
  treeOf,
} from '../../src/coding/tree-roles.js';

/**
 * A tree written by hand, one token per item as `word/UPOS/head/relation` with CoNLL-U's 1-based
 * heads (0 for the root). Lemmas are the lower-cased words, enough for these tests.
 */
function tree(spec: string) {
  const toks: TreeTok[] = spec
    .trim()
    .split(/\s+/)
    .map((item) => {
      const [text, pos, head, rel] = item.split('/');
      return { text, lemma: text.toLowerCase(), pos, head: Number(head) - 1, rel };
    });
  return treeOf(toks);
}
const words = (t: ReturnType<typeof tree>, is: number[]) => is.map((i) => t.toks[i].text);

describe('roles from the tree', () => {
  it('reads subject and object of an active verb', () => {
    const t = tree('Ruritania/PROPN/2/nsubj shelled/VERB/0/root Freedonia/PROPN/2/obj ./PUNCT/2/punct');
    const r = rolesOf(t, 1);
    expect(words(t, r.actors)).toEqual(['Ruritania']);
    expect(words(t, r.patients)).toEqual(['Freedonia']);
    expect(r.passive).toBe(false);
  });

  it('turns a passive around, with and without its agent', () => {
    const withAgent = tree(
      'The/DET/2/det village/NOUN/4/nsubj:pass was/AUX/4/aux:pass attacked/VERB/0/root by/ADP/6/case rebels/NOUN/4/obl:agent',
    );
    const r = rolesOf(withAgent, 3);
    expect(r.passive).toBe(true);
    expect(words(withAgent, r.actors)).toEqual(['rebels']);
    expect(words(withAgent, r.patients)).toEqual(['village']);
    const noAgent = tree(
      'Lai/PROPN/3/nsubj:pass was/AUX/3/aux:pass convicted/VERB/0/root on/ADP/5/case Monday/PROPN/3/obl',
    );
    const s = rolesOf(noAgent, 2);
    expect(s.actors).toEqual([]);
    expect(words(noAgent, s.patients)).toEqual(['Lai']);
  });

  it('takes a by-phrase tagged plain obl as the agent of a passive', () => {
    const t = tree(
      'Troops/NOUN/3/nsubj:pass were/AUX/3/aux:pass ambushed/VERB/0/root by/ADP/5/case militants/NOUN/3/obl',
    );
    expect(words(t, rolesOf(t, 2).actors)).toEqual(['militants']);
  });

  it('gives the controller of "agreed to meet" as the subject of meet', () => {
    const t = tree(
      'Kenya/PROPN/2/nsubj agreed/VERB/0/root to/PART/4/mark meet/VERB/2/xcomp Somalia/PROPN/4/obj',
    );
    const r = rolesOf(t, 3);
    expect(words(t, r.actors)).toEqual(['Kenya']);
    expect(words(t, r.patients)).toEqual(['Somalia']);
    expect(r.rules).toContain('tree.control');
  });

  it('gives the object of "urged X to" as the subject of the complement', () => {
    const t = tree(
      'Brazil/PROPN/2/nsubj urged/VERB/0/root Peru/PROPN/2/obj to/PART/5/mark release/VERB/2/xcomp prisoners/NOUN/5/obj',
    );
    expect(words(t, rolesOf(t, 4).actors)).toEqual(['Peru']);
  });

  it('shares one subject between coordinated verbs and keeps coordinated subjects', () => {
    const t = tree(
      'Russia/PROPN/4/nsubj and/CCONJ/3/cc China/PROPN/1/conj condemned/VERB/0/root and/CCONJ/6/cc sanctioned/VERB/4/conj Arstotzka/PROPN/6/obj',
    );
    const r = rolesOf(t, 5);
    expect(words(t, r.actors)).toEqual(['Russia', 'China']);
    expect(words(t, r.patients)).toEqual(['Arstotzka']);
    expect(r.rules).toContain('tree.coordinated-verb');
  });

  it('reads the noun a relative clause modifies as its subject', () => {
    const t = tree(
      'The/DET/2/det militia/NOUN/6/nsubj that/PRON/4/nsubj attacked/VERB/2/acl:relcl Goma/PROPN/4/obj fled/VERB/0/root',
    );
    const r = rolesOf(t, 3);
    expect(words(t, r.actors)).toEqual(['militia']);
    expect(words(t, r.patients)).toEqual(['Goma']);
  });

  it('reads a reduced relative: "protesters demanding" acts, "civilians killed by" undergoes', () => {
    const active = tree(
      'Protesters/NOUN/4/nsubj demanding/VERB/1/acl reforms/NOUN/2/obj marched/VERB/0/root',
    );
    expect(words(active, rolesOf(active, 1).actors)).toEqual(['Protesters']);
    const passive = tree(
      'Civilians/NOUN/5/nsubj killed/VERB/1/acl by/ADP/4/case militants/NOUN/2/obl were/AUX/5/cop buried/VERB/0/root',
    );
    const r = rolesOf(passive, 1);
    expect(r.passive).toBe(true);
    expect(words(passive, r.actors)).toEqual(['militants']);
    expect(words(passive, r.patients)).toEqual(['Civilians']);
  });

  it('keeps prepositional objects with their preposition', () => {
    const t = tree('Police/NOUN/2/nsubj fired/VERB/0/root at/ADP/5/case the/DET/5/det crowd/NOUN/2/obl');
    const r = rolesOf(t, 1);
    expect(r.obliques.map((o) => [o.prep, t.toks[o.head].text])).toEqual([['at', 'crowd']]);
    expect(caseOf(t, 4)).toBe('at');
    expect(subtreeSpan(t, 4)).toEqual([2, 5]);
  });

  it('finds the reporting verb of "X said Y attacked Z" and of "Y attacked Z, X said"', () => {
    const speech = new Set(['say', 'said']);
    const inner = tree(
      'Officials/NOUN/2/nsubj said/VERB/0/root rebels/NOUN/4/nsubj attacked/VERB/2/ccomp Goma/PROPN/4/obj',
    );
    expect(reportingVerbOf(inner, 3, speech)).toBe(1);
    const after = tree(
      'Rebels/NOUN/2/nsubj attacked/VERB/0/root Goma/PROPN/2/obj ,/PUNCT/6/punct officials/NOUN/6/nsubj said/VERB/2/parataxis',
    );
    expect(reportingVerbOf(after, 1, speech)).toBe(5);
    expect(reportingVerbOf(after, 5, speech)).toBeNull();
  });
});

// (the hand-written trees' lemmas are their words)
const SAY = new Set(['said']);

describe('what the parser mislabels, read from its other relations', () => {
  it('takes a progressive with nsubj:pass as active', () => {
    const t = tree(
      'Authorities/NOUN/4/nsubj:pass have/AUX/4/aux been/AUX/4/aux:pass pressuring/VERB/0/root workers/NOUN/4/obj',
    );
    const r = rolesOf(t, 3);
    expect(r.passive).toBe(false);
    expect(words(t, r.actors)).toEqual(['Authorities']);
  });

  it('takes a subject beside an obl:agent as the passive subject', () => {
    const t = tree(
      'Migrants/NOUN/2/nsubj detained/VERB/0/root by/ADP/4/case police/NOUN/2/obl:agent were/AUX/6/aux:pass sent/VERB/2/ccomp',
    );
    const r = rolesOf(t, 1);
    expect(r.passive).toBe(true);
    expect(words(t, r.actors)).toEqual(['police']);
    expect(words(t, r.patients)).toEqual(['Migrants']);
  });

  it('reads a participle with an object on a root noun as the active verb', () => {
    const t = tree('Serbia/PROPN/0/root eased/VERB/1/acl emergency/NOUN/4/compound measures/NOUN/2/obj');
    const r = rolesOf(t, 1);
    expect(r.passive).toBe(false);
    expect(words(t, r.actors)).toEqual(['Serbia']);
    expect(treeSubjectOf(t, 1, SAY).construction).toBe('own');
  });

  it('gives a participle after a comma the subject of the clause it follows', () => {
    const t = tree(
      'Washington/PROPN/2/nsubj imposed/VERB/0/root sanctions/NOUN/2/obj on/ADP/5/case Petro/PROPN/3/nmod ,/PUNCT/7/punct accusing/VERB/5/acl him/PRON/7/obj',
    );
    const r = rolesOf(t, 6);
    expect(words(t, r.actors)).toEqual(['Washington']);
    expect(r.rules).toContain('tree.participle-clause');
  });

  it('names the construction a subject comes from', () => {
    const said = tree(
      'Ukraine/PROPN/2/nsubj said/VERB/0/root Russia/PROPN/4/nsubj attacked/VERB/2/ccomp Kharkiv/PROPN/4/obj',
    );
    expect(treeSubjectOf(said, 3, SAY)).toMatchObject({ construction: 'reported', head: 2, passive: false });
    const agreed = tree(
      'Putin/PROPN/2/nsubj agreed/VERB/0/root to/PART/4/mark meet/VERB/2/xcomp Zelensky/PROPN/4/obj',
    );
    expect(treeSubjectOf(agreed, 3, SAY)).toMatchObject({ construction: 'control', head: 0 });
  });
});

describe('appositions', () => {
  it('finds the phrase that renames a subject', () => {
    const t = tree(
      'The/DET/2/det captain/NOUN/8/nsubj:pass ,/PUNCT/6/punct a/DET/6/det Filipino/ADJ/6/amod national/NOUN/2/appos ,/PUNCT/6/punct was/AUX/9/aux:pass detained/VERB/0/root',
    );
    expect(words(t, appositionsIn(t, 0, 2))).toEqual(['national']);
    expect(subtreeSpan(t, 5)).toEqual([2, 7]);
  });
});
