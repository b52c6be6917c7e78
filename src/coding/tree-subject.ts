import type { SentenceInput } from './draft-event.js';
import { rolesOf, type Tree, treeOf } from './tree-roles.js';

/**
 * Whether verb subjects are read from the dependency tree (when the language stage parsed, see
 * LAPWING_SYNTAX): 0 no (the default), 1 where the tree's subject names an actor, 2 always. Measured
 * on 2026-12-05 with the first shipped parser (EWT LAS 0.81), both lower dyad F1 on every dev set
 * (PLOVER dev 0.777 to 0.762, seed 0.774 to 0.702): parse errors and the coder's conventions ("ordered
 * X to suspend" is the orderer's act) cost more than the tree's structure gains. Kept for the next
 * parser and for measurement.
 */
export const TREE_MODE = Number(process.env.LAPWING_TREE_ROLES ?? 0);

/** The sentence's dependency tree, when the language stage parsed it. */
export function sentenceTree(tokens: SentenceInput['tokens']): Tree | null {
  if (!tokens.length || tokens[0].head === undefined) return null;
  return treeOf(
    tokens.map((t) => ({
      text: t.text,
      lemma: t.lemma,
      pos: t.pos,
      head: t.head ?? -1,
      rel: t.rel ?? 'dep',
    })),
  );
}

/** The grammatical subject of the verb at `v` by the tree (own, controlled, shared or relativised). */
export function treeSubject(tree: Tree, v: number): number | null {
  const r = rolesOf(tree, v);
  return (r.passive ? r.patients[0] : r.actors[0]) ?? null;
}
