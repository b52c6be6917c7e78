import { caseOf, childOf, reportingVerbOf, rolesOf, type Tree } from './tree-roles.js';

/**
 * The constructions whose roles the coder reads from the dependency tree, each one on its own (issue
 * 16): a construction moves to the tree only where that was measured to win on the dev sets and on
 * our constructions set (test/coding/fixtures/constructions.jsonl); the others keep the word-window
 * heuristics. See docs/tree-roles.md for the figures.
 *
 * - `own`: a verb's own active subject ("Russia shelled Kherson")
 * - `reported`: the subject of a verb told by a reporting verb ("X said Y attacked Z", ccomp/parataxis)
 * - `passive`: the agent of a passive from `obl:agent` ("was attacked by Russian drones")
 * - `voice`: whether a verb is passive, from `nsubj:pass` and `aux:pass`
 * - `control`: the subject of an `xcomp` ("agreed to meet", "urged X to halt")
 * - `coordination`: the subject a `conj` verb shares ("arrested three men and seized weapons")
 * - `relative`: the noun an `acl:relcl` hangs on ("rebels, who seized the town, ...")
 * - `reduced-relative`: the noun an `acl` participle hangs on ("a woman accused of", "troops backed by")
 * - `object`: the recipient of an active verb from its `obj`, `iobj` or the `obl` of a recipient
 *   preposition ("fired on Afghan troops")
 * - `nominal`: an event noun's doer from its possessor or by-phrase and its target from its
 *   against/on/of phrase ("Israel's strikes on Gaza", "a complaint by China against the US")
 * - `apposition`: a subject that names no country takes its apposition's ("the captain, a Filipino
 *   national, was detained")
 */
export type TreeConstruction =
  | 'own'
  | 'reported'
  | 'passive'
  | 'voice'
  | 'control'
  | 'coordination'
  | 'relative'
  | 'reduced-relative'
  | 'object'
  | 'nominal'
  | 'apposition';

/** The constructions read from the tree by default: those measured to win (docs/tree-roles.md). */
export const ADOPTED: readonly TreeConstruction[] = ['nominal'];

/**
 * LAPWING_TREE: which constructions use the tree when the sentence has one, as a comma list, `all`,
 * or `none`; unset, the adopted ones. For measuring one construction at a time.
 */
function treeUse(env: string | undefined): ReadonlySet<TreeConstruction> {
  if (env === undefined) return new Set(ADOPTED);
  if (env === 'none' || env === '') return new Set();
  if (env === 'all')
    return new Set<TreeConstruction>([
      'own',
      'reported',
      'passive',
      'control',
      'coordination',
      'relative',
      'reduced-relative',
      'object',
      'nominal',
      'apposition',
    ]);
  return new Set(env.split(',').map((x) => x.trim()) as TreeConstruction[]);
}

export const TREE_USE = treeUse(process.env.LAPWING_TREE);

/** Whether the tree may give a verb's roles in a sentence with these lemmas (then it is parsed). */
export function verbTreeWanted(
  lemmas: readonly { lemma: string }[],
  reporting: ReadonlySet<string>,
): boolean {
  for (const c of TREE_USE) if (c !== 'reported' && c !== 'nominal') return true;
  // (a reported act needs a reporting verb: the other sentences need no parse for it)
  return TREE_USE.has('reported') && lemmas.some((t) => reporting.has(t.lemma));
}

/** Whether the coder reads construction `c` from the tree. */
export function usesTree(c: TreeConstruction): boolean {
  return TREE_USE.has(c);
}

/** How the tree gives the subject of the verb at `v`, and that subject (a token index). */
export interface TreeSubject {
  construction: TreeConstruction;
  /** The grammatical subject: the doer, or for a passive the one acted on. */
  head: number | null;
  passive: boolean;
  /** The agent of a passive (`obl:agent`, or a by-phrase), if any. */
  agent: number | null;
}

/**
 * Which construction gives the verb at `v` its subject, read from its relation and dependents; a
 * verb with its own subject told by one of the `reporting` verbs (its ccomp or parataxis, or with
 * one as its own parataxis) is `reported`.
 */
export function treeSubjectOf(tree: Tree, v: number, reporting: ReadonlySet<string>): TreeSubject {
  const r = rolesOf(tree, v);
  const rel = tree.toks[v].rel;
  const own = childOf(tree, v, 'nsubj', 'csubj') !== null;
  let construction: TreeConstruction;
  if (r.rules.includes('tree.control')) construction = 'control';
  else if (r.rules.includes('tree.coordinated-verb')) construction = 'coordination';
  // a participle hanging on a root noun is the parser's misreading of the clause's own verb
  else if (r.rules.includes('tree.participle-clause')) construction = 'coordination';
  else if (r.rules.includes('tree.reduced-relative'))
    construction = tree.toks[tree.toks[v].head].head < 0 && !r.passive ? 'own' : 'reduced-relative';
  else if (r.rules.includes('tree.relative') || rel === 'acl:relcl') construction = 'relative';
  else if (r.passive) construction = 'passive';
  else if (own && reportingVerbOf(tree, v, reporting) !== null) construction = 'reported';
  else construction = 'own';
  return {
    construction,
    head: (r.passive ? r.patients[0] : r.actors[0]) ?? null,
    passive: r.passive,
    agent: r.passive ? (r.actors[0] ?? null) : null,
  };
}

/** The agent of a passive at `v` when its by-phrase hangs on it ("was attacked by X"). */
export function treeAgentOf(tree: Tree, v: number): number | null {
  for (const k of tree.kids[v]) {
    const rel = tree.toks[k].rel;
    if (rel === 'obl:agent' || (rel.startsWith('obl') && caseOf(tree, k) === 'by')) return k;
  }
  return null;
}

/**
 * The phrase heads that may be the recipient of the active verb at `v`, in order: its objects, its
 * indirect object, then its obliques with one of `preps` ("sanctions on", "fired at").
 */
export function treeObjectsOf(tree: Tree, v: number, preps: readonly string[]): number[] {
  const r = rolesOf(tree, v);
  const out = [...r.patients];
  if (r.iobj !== null) out.push(r.iobj);
  for (const o of r.obliques) if (preps.includes(o.prep)) out.push(o.head);
  return out;
}

/** The doer and target phrase heads of the event noun at `n`, from its own dependents. */
export function treeNominalRoles(
  tree: Tree,
  n: number,
  preps: readonly string[],
): { actor: number | null; target: number | null } {
  let actor: number | null = null;
  let target: number | null = null;
  for (const k of tree.kids[n]) {
    const rel = tree.toks[k].rel;
    if (rel === 'nmod:poss') actor ??= k;
    else if (rel.startsWith('nmod') || rel.startsWith('obl')) {
      const c = caseOf(tree, k);
      if (c === 'by') actor ??= k;
      else if (c && (c === 'of' || preps.includes(c))) target ??= k;
    }
  }
  return { actor, target };
}

/** The `appos` dependents of the tokens in [from, to): the phrases that rename them. */
export function appositionsIn(tree: Tree, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to && i < tree.toks.length; i++)
    for (const k of tree.kids[i]) if (tree.toks[k].rel === 'appos' && (k < from || k >= to)) out.push(k);
  return out;
}
