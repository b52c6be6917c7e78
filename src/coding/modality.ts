import type { Clause } from './clauses.js';
import type { PatternBook } from './patterns.js';
import type { Tok } from './sentence-view.js';

/** Auxiliaries of obligation: "X must / should / ought to" is a demand. */
export const OBLIGATION = new Set(['must', 'should', 'ought']);

/** What the words around a verb make of its act: denied, future, hypothetical, intended, owed. */
export interface Modality {
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  intent: boolean;
  obligation: boolean;
}

/** A modality with nothing set: an act told as done. */
export function plainModality(): Modality {
  return { negated: false, future: false, hypothetical: false, intent: false, obligation: false };
}

/** "no attacks", "without talks": negation on a nominal. */
export function nominalModality(toks: readonly Tok[], i: number, book: PatternBook): Modality {
  const m = plainModality();
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const u = toks[k];
    if (u.lower === 'no' || u.lower === 'without') m.negated = true;
    if (u.pos === 'VERB' || u.pos === 'ADP') break;
  }
  void book;
  return m;
}

/** A refusal verb governing the clause of token i ("refused to attack" is handled as REJECT). */
export function clauseHasRefusal(toks: readonly Tok[], c: Clause, i: number): boolean {
  if (c.kind !== 'infinitive' || c.governor === null) return false;
  void i;
  const g = toks[c.governor];
  return g.lemma === 'refuse' || g.lemma === 'decline';
}

/** "allegedly", "reportedly" in the clause before the trigger, or "alleged" right before it. */
export function hedged(toks: readonly Tok[], c: Clause, i: number, book: PatternBook): boolean {
  for (let k = c.start; k < Math.min(c.end, i + 4); k++) {
    const t = toks[k];
    if (t.pos === 'ADV' && book.cues.hedges.single.has(t.lower)) return true;
  }
  return false;
}
