/**
 * Who did what to whom, read from a sentence's dependency tree (Universal Dependencies relations,
 * as the language stage's parser gives them): the subject of a verb, its object, its prepositional
 * objects, the agent of a passive; through control ("agreed to meet"), coordination ("attacked and
 * burned"), relative clauses ("the militia that attacked") and reduced relatives ("protesters
 * demanding", "civilians killed by").
 */

/** A token as this module reads it: its head (index in the sentence, -1 for the root) and relation. */
export interface TreeTok {
  text: string;
  lemma: string;
  pos: string;
  head: number;
  rel: string;
}

/** A sentence's tree with each token's dependents, left to right. */
export interface Tree {
  toks: readonly TreeTok[];
  kids: number[][];
}

/** The roles of one predicate. Token indices are the heads of the phrases. */
export interface TreeRoles {
  /** The doers: the subject, or the agent of a passive; several when coordinated. */
  actors: number[];
  /** Those acted on: the object, or the subject of a passive; several when coordinated. */
  patients: number[];
  /** Indirect object ("gave X aid"). */
  iobj: number | null;
  /** Prepositional dependents with their preposition ("fired at X": `at`). */
  obliques: { prep: string; head: number }[];
  passive: boolean;
  /** How the doer was found, as rule ids. */
  rules: string[];
}

/** Builds the dependents of each token; a tree without heads (all -1 but one) still works. */
export function treeOf(toks: readonly TreeTok[]): Tree {
  const kids: number[][] = toks.map(() => []);
  toks.forEach((t, i) => {
    if (t.head >= 0 && t.head < toks.length && t.head !== i) kids[t.head].push(i);
  });
  return { toks, kids };
}

const base = (rel: string): string => rel.split(':')[0];
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which', 'whom']);

/** The first dependent of `i` whose relation is one of `rels` (with or without subtype). */
export function childOf(tree: Tree, i: number, ...rels: string[]): number | null {
  for (const k of tree.kids[i])
    if (rels.includes(tree.toks[k].rel) || rels.includes(base(tree.toks[k].rel))) return k;
  return null;
}

/** A phrase head and the heads coordinated with it ("Russia and China"). */
export function withConjuncts(tree: Tree, i: number): number[] {
  const out = [i];
  for (const k of tree.kids[i]) if (tree.toks[k].rel === 'conj' && tree.toks[k].pos !== 'VERB') out.push(k);
  return out;
}

/** The preposition of an oblique or nominal modifier ("at" in "fired at the crowd"). */
export function caseOf(tree: Tree, i: number): string | null {
  const c = childOf(tree, i, 'case');
  return c === null ? null : tree.toks[c].lemma.toLowerCase();
}

/** The span [start, end) of the subtree of `i`, the words a phrase head stands for. */
export function subtreeSpan(tree: Tree, i: number): [number, number] {
  let lo = i;
  let hi = i;
  const stack = [i];
  while (stack.length) {
    const k = stack.pop() as number;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
    for (const c of tree.kids[k]) stack.push(c);
  }
  return [lo, hi + 1];
}

/**
 * A passive verb form as the parser's other relations confirm it: a passive auxiliary ("were
 * killed"), no object, not a gerund. The parser gives `nsubj:pass` to "authorities have been
 * pressuring workers" and "it has called off": those are active.
 */
function passiveForm(tree: Tree, v: number): boolean {
  return (
    (childOf(tree, v, 'aux:pass') !== null || hasAgent(tree, v)) &&
    childOf(tree, v, 'obj') === null &&
    !/ing$/.test(tree.toks[v].text.toLowerCase())
  );
}

/** Whether the verb at `v` has an `obl:agent` ("detained by the police"), only a passive's. */
function hasAgent(tree: Tree, v: number): boolean {
  return tree.kids[v].some((k) => tree.toks[k].rel === 'obl:agent');
}

/** The subject of a verb, and whether it is a passive's; through an auxiliary-less copula too. */
function ownSubject(tree: Tree, v: number): { head: number; passive: boolean } | null {
  for (const k of tree.kids[v]) {
    const rel = tree.toks[k].rel;
    if (rel === 'nsubj:pass' || rel === 'csubj:pass') return { head: k, passive: passiveForm(tree, v) };
    // "migrants detained by the authorities were sent back": a subject with an agent beside it
    if (rel === 'nsubj' || rel === 'csubj')
      return { head: k, passive: rel === 'nsubj' && passiveForm(tree, v) };
  }
  return null;
}

/**
 * The subject a verb has from the clause it hangs on, when it has none of its own: the controller
 * of an `xcomp` (the object of "urged X to", else the subject), the first conjunct's subject, the
 * noun a relative clause or participle modifies.
 */
function inheritedSubject(tree: Tree, v: number, rules: string[], depth = 0): number | null {
  const t = tree.toks[v];
  if (t.head < 0 || depth > 4) return null;
  const h = t.head;
  if (t.rel === 'xcomp') {
    const obj = childOf(tree, h, 'obj');
    rules.push('tree.control');
    return obj ?? subjectOf(tree, h, rules, depth + 1);
  }
  if (t.rel === 'conj' && (tree.toks[h].pos === 'VERB' || tree.toks[h].pos === 'AUX')) {
    rules.push('tree.coordinated-verb');
    return subjectOf(tree, h, rules, depth + 1);
  }
  // ", accusing them of": a participle after a comma tells what the clause's doer did (an advcl
  // the parser hung on the nearest noun), unless that noun is the clause's own subject
  if (t.rel === 'acl' && v > 0 && tree.toks[v - 1].text === ',' && /ing$/.test(t.text.toLowerCase())) {
    // up from the noun through the phrase that holds it to the verb
    let gov = tree.toks[h].head;
    for (let d = 0; d < 4 && gov >= 0 && tree.toks[gov].pos !== 'VERB'; d++) gov = tree.toks[gov].head;
    if (gov >= 0 && tree.toks[gov].pos === 'VERB' && !tree.toks[h].rel.startsWith('nsubj')) {
      rules.push('tree.participle-clause');
      return subjectOf(tree, gov, rules, depth + 1);
    }
  }
  if (t.rel === 'acl:relcl' || t.rel === 'acl') {
    rules.push(t.rel === 'acl' ? 'tree.reduced-relative' : 'tree.relative');
    return h;
  }
  return null;
}

function subjectOf(tree: Tree, v: number, rules: string[], depth = 0): number | null {
  const own = ownSubject(tree, v);
  if (own) {
    const w = tree.toks[own.head];
    // "the militia that attacked": the pronoun stands for the noun the clause modifies
    if (tree.toks[v].rel === 'acl:relcl' && RELATIVE_PRONOUNS.has(w.lemma.toLowerCase()))
      return tree.toks[v].head;
    return own.head;
  }
  return inheritedSubject(tree, v, rules, depth);
}

/** A participle modifying a noun with a passive sense ("civilians killed by the militia"). */
function passiveParticiple(tree: Tree, v: number): boolean {
  const t = tree.toks[v];
  // "Serbia eased emergency measures" parsed as a noun root with a participle: a participle with
  // an object, or hanging on a root noun, is the clause's active verb
  return (
    t.rel === 'acl' &&
    /ed$|en$/.test(t.text.toLowerCase()) &&
    childOf(tree, v, 'obj') === null &&
    (tree.toks[t.head].head >= 0 || hasAgent(tree, v))
  );
}

/** The roles of the predicate at `v` (a verb, or the light verb of a nominal event). */
export function rolesOf(tree: Tree, v: number): TreeRoles {
  const rules: string[] = [];
  const own = ownSubject(tree, v);
  // "were hit by gunfire" coordinated with no subject of its own: its passive auxiliary says so
  const passive =
    own?.passive === true || (own === null && (passiveParticiple(tree, v) || passiveForm(tree, v)));
  const subject = subjectOf(tree, v, rules);
  const obliques: TreeRoles['obliques'] = [];
  let agent: number | null = null;
  for (const k of tree.kids[v]) {
    const rel = tree.toks[k].rel;
    if (rel === 'obl:agent' || (passive && base(rel) === 'obl' && caseOf(tree, k) === 'by')) agent = k;
    else if (base(rel) === 'obl') obliques.push({ prep: caseOf(tree, k) ?? '', head: k });
  }
  const obj = childOf(tree, v, 'obj');
  const iobj = childOf(tree, v, 'iobj');
  if (passive) {
    rules.push('tree.passive');
    return {
      actors: agent === null ? [] : withConjuncts(tree, agent),
      patients: subject === null ? [] : withConjuncts(tree, subject),
      iobj,
      obliques,
      passive,
      rules,
    };
  }
  return {
    actors: subject === null ? [] : withConjuncts(tree, subject),
    patients: obj === null ? [] : withConjuncts(tree, obj),
    iobj,
    obliques,
    passive,
    rules,
  };
}

/**
 * The reporting verb that tells the act at `v`: the verb whose `ccomp` or `parataxis` holds it
 * ("X said Y attacked Z"), or a reporting `parataxis` of its own ("Y attacked Z, X said").
 */
export function reportingVerbOf(tree: Tree, v: number, reporting: ReadonlySet<string>): number | null {
  for (const c of tree.kids[v])
    if (tree.toks[c].rel === 'parataxis' && reporting.has(tree.toks[c].lemma.toLowerCase())) return c;
  let k = v;
  for (let d = 0; d < 4 && k >= 0; d++) {
    const t = tree.toks[k];
    if (t.head < 0) return null;
    if ((t.rel === 'ccomp' || t.rel === 'parataxis') && reporting.has(tree.toks[t.head].lemma.toLowerCase()))
      return t.head;
    if (t.rel !== 'conj' && t.rel !== 'xcomp') return null;
    k = t.head;
  }
  return null;
}
