import type { Clause } from './clauses.js';
import type { PatternBook } from './patterns.js';
import { findAny } from './phrase-match.js';
import type { Tok } from './sentence-view.js';

/** Lemmas and surface forms of a clause, to skip cue phrases whose first word is absent. */
function clauseWords(toks: readonly Tok[], c: Clause): Set<string> {
  const s = new Set<string>();
  for (let k = c.start; k < c.end; k++) {
    s.add(toks[k].lemma);
    s.add(toks[k].lower);
  }
  return s;
}

/** The mode of the type that the clause's words name, by the book's mode cues. */
export function modeOf(toks: readonly Tok[], c: Clause, type: string, book: PatternBook): string | null {
  const w = clauseWords(toks, c);
  for (const m of book.modes) {
    if (m.type !== type) continue;
    const cand = m.words.filter((p) => w.has(p[0]));
    if (cand.length && findAny(toks, c.start, c.end, cand)) return m.mode;
  }
  return null;
}

/** The context that the clause's words name, by the book's context cues. */
export function contextOf(toks: readonly Tok[], c: Clause, book: PatternBook): string | null {
  const w = clauseWords(toks, c);
  for (const x of book.contexts) {
    const cand = x.words.filter((p) => w.has(p[0]));
    if (cand.length && findAny(toks, c.start, c.end, cand)) return x.context;
  }
  return null;
}
