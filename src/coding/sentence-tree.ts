import type { Token } from '../core/records.js';
import { loadShippedModel } from '../syntax/syntax-model.js';
import { attachSyntax } from '../text/attach-syntax.js';
import type { SentenceInput } from './draft-event.js';
import { type Tree, treeOf } from './tree-roles.js';

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

/**
 * LAPWING_SYNTAX=triggers: the language stage does not parse; the coder parses a sentence the first
 * time a trigger in it reaches a construction read from the tree (`SentenceContext.tree`), so
 * sentences with no event, or none of those constructions, pay nothing for the tree.
 */
export const PARSE_ON_DEMAND = process.env.LAPWING_SYNTAX === 'triggers';

/**
 * The sentence's tree: the language stage's, else parsed here on demand (wink's tags stay in `pos`,
 * ours go to `upos`, as with LAPWING_SYNTAX=wink). The tokens get their `head` and `rel`.
 */
export function treeOnDemand(tokens: SentenceInput['tokens']): Tree | null {
  const tree = sentenceTree(tokens);
  if (tree || !PARSE_ON_DEMAND || !tokens.length) return tree;
  attachSyntax([tokens as Token[]], loadShippedModel(), false);
  return sentenceTree(tokens);
}
