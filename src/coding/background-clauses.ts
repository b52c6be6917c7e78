import { type Clause, clauseOf } from './clauses.js';
import type { SentenceContext } from './sentence-context.js';

/** Subordinators of background clauses: what they tell is the setting of the main act. */
const BACKGROUND = new Set([
  'after',
  'before',
  'when',
  'since',
  'as',
  'while',
  'because',
  'although',
  'though',
  'where',
  'whereas',
]);

/** The kind of the clause a complement chain hangs from. */
export function rootKind(ctx: SentenceContext, c: Clause): string {
  const { clauses } = ctx;
  let x = c;
  for (let d = 0; d < 6 && x.kind === 'complement' && x.governor !== null; d++)
    x = clauseOf(clauses, x.governor);
  return x.kind === 'complement' ? 'main' : x.kind;
}

/** Inside a background clause ("after X was hit", "when Y expelled them")? */
export function rootAdverbial(ctx: SentenceContext, c: Clause): boolean {
  const { clauses } = ctx;
  let x = c;
  for (let d = 0; d < 6; d++) {
    if (x.kind === 'adverbial') return x.marker !== null && BACKGROUND.has(x.marker);
    if (x.index === 0) return false;
    if (x.governor !== null) x = clauseOf(clauses, x.governor);
    else if (x.kind === 'infinitive' || x.kind === 'participle' || x.kind === 'vp' || x.kind === 'relative')
      x = clauses[x.index - 1];
    else return false;
  }
  return false;
}
