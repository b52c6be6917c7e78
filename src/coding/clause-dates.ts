import type { Clause } from './clauses.js';
import { clauseOf } from './clauses.js';
import type { Tok } from './sentence-view.js';

/**
 * Where an act's date may be read, as character ranges in the order they are tried: the act's own
 * clause; the clauses it hangs on, nearest first (a complement's reporting clause, an "and"-clause's
 * predecessor); the clauses that hang on it ("after they protested in April") and the sentence's
 * closing attribution ("..., police said on Friday"). A coordinate clause with its own subject, or a
 * clause after ";", is another statement: its date never dates this one.
 */
export interface DateScopes {
  own: [number, number];
  /** The clauses the act's clause hangs on, nearest first. */
  up: [number, number][];
  /** The clauses that hang on the act's clause, and the closing attribution. */
  down: [number, number][];
  /** "had killed": the act came before the time of the clause it hangs on. */
  pluperfect: boolean;
}

/** Clause kinds that continue the clause before them when no governor is named. */
const CONTINUES = new Set<Clause['kind']>(['vp', 'participle', 'infinitive', 'complement', 'relative']);

function parentOf(clauses: readonly Clause[], c: Clause): Clause | null {
  if (c.governor !== null) {
    const g = clauseOf(clauses, c.governor);
    return g === c ? null : g;
  }
  if (c.index > 0 && (CONTINUES.has(c.kind) || c.kind === 'adverbial')) return clauses[c.index - 1];
  // "When X ..., Y ...": a fronted adverbial clause hangs on the clause after it
  if (c.index === 0 && c.kind === 'adverbial') return clauses[1] ?? null;
  return null;
}

function charSpan(toks: readonly Tok[], c: Clause): [number, number] {
  const last = toks[Math.min(c.end, toks.length) - 1] ?? toks[toks.length - 1];
  return [toks[Math.min(c.start, toks.length - 1)].start, last.end];
}

/** Is the act at `trigger` told in the pluperfect ("had killed", "had been detained")? */
function isPluperfect(toks: readonly Tok[], c: Clause, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(c.start, trigger - 4); k--) {
    const t = toks[k];
    if (t.lower === 'had' || t.lower === "'d") return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** The date scopes of the act whose word is token `trigger`. */
export function dateScopes(clauses: readonly Clause[], toks: readonly Tok[], trigger: number): DateScopes {
  const at = Math.min(Math.max(trigger, 0), toks.length - 1);
  const own = clauseOf(clauses, at);
  const up: [number, number][] = [];
  const seen = new Set<Clause>([own]);
  for (let p = parentOf(clauses, own); p && !seen.has(p); p = parentOf(clauses, p)) {
    seen.add(p);
    up.push(charSpan(toks, p));
  }
  const down: [number, number][] = [];
  for (const c of clauses) {
    if (seen.has(c)) continue;
    let hangs = c.kind === 'attribution';
    for (let p = parentOf(clauses, c), depth = 0; !hangs && p && depth < clauses.length; depth++) {
      if (p === own) hangs = true;
      p = parentOf(clauses, p);
    }
    if (hangs) down.push(charSpan(toks, c));
  }
  return { own: charSpan(toks, own), up, down, pluperfect: isPluperfect(toks, own, at) };
}

/** A date told at character range [start, end). */
export interface ToldDate<R> {
  start: number;
  end: number;
  range: R;
}

/**
 * The date of an act from the dates its sentence tells: the nearest one inside its own clause, else
 * the nearest clause it hangs on that has one (unless the act is pluperfect: it came before that
 * time), else a clause hanging on it, else `fallback`. `at` is the act word's character offset.
 */
export function dateForAct<R>(
  scopes: DateScopes,
  dates: readonly ToldDate<R>[],
  at: number,
  fallback: R | null,
): R | null {
  const inside = (s: [number, number]) => dates.filter((d) => d.start >= s[0] && d.end <= s[1]);
  const own = inside(scopes.own);
  if (own.length) return nearest(own, at).range;
  if (!scopes.pluperfect)
    for (const s of scopes.up) {
      const found = inside(s);
      if (found.length) return nearest(found, at).range;
    }
  for (const s of scopes.down) {
    const found = inside(s);
    if (found.length) return nearest(found, at).range;
  }
  return fallback;
}

function nearest<R>(dates: readonly ToldDate<R>[], at: number): ToldDate<R> {
  const cost = (d: ToldDate<R>) => (d.end <= at ? at - d.end : Math.max(0, d.start - at));
  let best = dates[0];
  for (const d of dates) if (cost(d) < cost(best)) best = d;
  return best;
}

/** The fields of a token that `forAct` reads. */
interface DateTok {
  start: number;
  end: number;
  pos: string;
  text: string;
}

/**
 * The dates that may date the act at character offset `at`: a date that modifies a noun after the
 * act's word ("blamed militants for the April 22 attack", "arrested a suspect in the Tuesday
 * bombing") dates that noun's act only, not this one, which was told on the report's day.
 */
export function forAct<R>(
  dates: readonly ToldDate<R>[],
  toks: readonly DateTok[],
  at: number,
): ToldDate<R>[] {
  return dates.filter((d) => {
    let a = toks.findIndex((t) => t.start >= d.end);
    // "Saturday's election": the date's possessive ending, then the noun it dates
    const possessive = a >= 0 && (toks[a].text === "'s" || toks[a].text === '’s');
    if (possessive) a++;
    const after = a >= 0 ? toks[a] : undefined;
    let k = toks.length - 1;
    while (k >= 0 && toks[k].end > d.start) k--;
    const before = toks[k];
    const attributive =
      after?.pos === 'NOUN' &&
      (possessive || (!!before && (/^(?:the|a|an)$/i.test(before.text) || before.text === "'s")));
    // "released three journalists held since January": the start of a state told by a
    // participle after a noun, not the date of this act
    const first = toks[k + 1];
    const held =
      !!first &&
      /^since$/i.test(first.text) &&
      before?.pos === 'VERB' &&
      before.start !== at &&
      k > 0 &&
      (toks[k - 1].pos === 'NOUN' || toks[k - 1].pos === 'PROPN' || toks[k - 1].text === ',');
    if (held) return false;
    // (the act's own noun, or the subject it was done by: "The April 22 attack killed 26")
    return !attributive || after.start <= at;
  });
}
