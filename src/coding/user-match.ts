import type { VerbPhrase } from '../knowledge/petrarch-verbs.js';
import type { Tok } from './sentence-view.js';
import type { UserCondition } from './user-patterns.js';

/** Rank of a user verb pattern: above every built-in match (those stay under 1000). */
export const USER_RANK = 10_000;

/** How far a user pattern's words may reach from the verb, in tokens. */
const REACH_AFTER = 16;
const REACH_BEFORE = 10;
/** Where a pattern's words stop: the end of the clause. */
const STOP = new Set(['.', ';', ':', '?', '!']);

/** Regular plural of a pattern word, as PETRARCH forms it (+S, Y to IES, SS to SSES). */
function plural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(ss|sh|ch|x)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/** Can token `t` stand for pattern word `w` (its lemma, its form, or its regular plural)? */
function wordFits(t: Tok, w: string): boolean {
  return t.lemma === w || t.lower === w || t.lower === plural(w) || t.alt?.includes(w) === true;
}

/** Matches the words of one slot alternative at `k`; returns the index after them or -1. */
function matchWords(toks: readonly Tok[], k: number, words: readonly string[], limit: number): number {
  for (let w = 0; w < words.length; w++) {
    if (k + w >= limit || !wordFits(toks[k + w], words[w])) return -1;
  }
  return k + words.length;
}

/** Matches a phrase (its slots one after the other) at `k`; returns the index after it or -1. */
function matchPhrase(toks: readonly Tok[], k: number, phrase: VerbPhrase, limit: number): number {
  let at = k;
  for (const slot of phrase) {
    let next = -1;
    for (const alt of slot) {
      next = matchWords(toks, at, alt, limit);
      if (next >= 0) break;
    }
    if (next < 0) return -1;
    at = next;
  }
  return at;
}

/** Finds the phrases in order inside [from, limit); returns the span they cover or null. */
function inOrder(
  toks: readonly Tok[],
  from: number,
  limit: number,
  phrases: readonly VerbPhrase[],
): [number, number] | null {
  let at = from;
  let first = -1;
  for (const ph of phrases) {
    let found = -1;
    for (let k = at; k < limit; k++) {
      const e = matchPhrase(toks, k, ph, limit);
      if (e >= 0) {
        found = k;
        at = e;
        break;
      }
    }
    if (found < 0) return null;
    if (first < 0) first = found;
  }
  return first < 0 ? null : [first, at];
}

/**
 * Does a user pattern hold around the verb at [start, end)? Its words before the verb must come
 * in order in the same clause before it, those after it in order after it (other words may sit
 * between them). Returns the span of the words after the verb (claimed with the verb, so they give
 * no second event), null when the pattern has none, or false when it does not hold.
 */
export function userMatch(
  toks: readonly Tok[],
  start: number,
  end: number,
  cond: UserCondition,
): [number, number] | null | false {
  if (cond.before.length || cond.compoundBefore) {
    let from = start;
    while (from > 0 && start - from < REACH_BEFORE && !STOP.has(toks[from - 1].text)) from--;
    if (cond.before.length && !inOrder(toks, from, start, cond.before)) return false;
    // a compound subject: two actors joined by "and" before the verb
    if (cond.compoundBefore && !toks.slice(from, start).some((t) => t.lower === 'and')) return false;
  }
  if (!cond.after.length) return null;
  let limit = end;
  while (limit < toks.length && limit - end < REACH_AFTER && !STOP.has(toks[limit].text)) limit++;
  return inOrder(toks, end, limit, cond.after) ?? false;
}
