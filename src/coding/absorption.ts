import { clauseOf } from './clauses.js';
import type { TriggerMatch } from './find-triggers.js';
import type { SentenceContext } from './sentence-context.js';
import { finiteAt } from './token-tests.js';

/** The complement a verbal event absorbs: every following clause that hangs on its own. */
function absorbFrom(ctx: SentenceContext, m: TriggerMatch): void {
  const { toks, clauses, absorbed, absorbEnd } = ctx;
  const c = clauseOf(clauses, m.start);
  let k = m.end;
  // the complement is every following clause that hangs on this one, up to a new main clause
  let started = false;
  for (const x of clauses) {
    if (x.start < m.end) continue;
    if (
      x.kind === 'main' ||
      x.kind === 'coord' ||
      x.kind === 'attribution' ||
      (x.kind === 'vp' && finiteAt(toks, x.start))
    )
      break;
    started = true;
    k = x.end;
  }
  const end = started ? k : c.end;
  for (let i = m.end; i < end; i++) absorbed[i] = 1;
  absorbEnd.set(m, end);
}

/**
 * Marks the complements absorbed by verbal events ("threatened to strike", "demanded that X
 * leave"), the content and purpose infinitives of events, the clause of a phrase whose actor is the
 * speaker, and the tokens inside noun phrases, on the context.
 */
export function absorbComplements(ctx: SentenceContext): void {
  const { toks, triggers, clauses, nps, absorbed, inPhrase } = ctx;
  for (const m of triggers) if (m.pattern.complement === 'absorb' && m.kind === 'verb') absorbFrom(ctx, m);
  for (const m of triggers)
    if (m.kind === 'noun' && m.lightVerb !== null && m.pattern.complement === 'absorb') absorbFrom(ctx, m);
  // A purpose or content infinitive of an event ("staged a strike to demand ...") is part of it.
  const triggerAt = new Uint8Array(toks.length);
  for (const m of triggers) {
    for (let k = m.start; k < m.end; k++) triggerAt[k] = 1;
    if (m.lightVerb !== null) triggerAt[m.lightVerb] = 1;
  }
  for (const c of clauses) {
    // "refusal to accept", "offer to host": the infinitive of an event noun is its content
    if (
      c.kind === 'infinitive' &&
      c.start > 0 &&
      triggerAt[c.start - 1] &&
      toks[c.start - 1].pos === 'NOUN'
    ) {
      for (let i = c.start; i < c.end; i++) absorbed[i] = 1;
      continue;
    }
    if (c.kind !== 'infinitive' || c.governor === null || !triggerAt[c.governor]) continue;
    const gov = triggers.find(
      (m) => (m.start <= c.governor! && c.governor! < m.end) || m.lightVerb === c.governor,
    );
    if (gov?.pattern.complement === 'transparent') continue;
    for (let i = c.start; i < c.end; i++) absorbed[i] = 1;
  }
  // A phrase whose actor is the speaker ("... are subject to attack") stands for its whole clause.
  for (const m of triggers) {
    if (m.pattern.actorRole !== 'speaker') continue;
    const c = clauseOf(clauses, m.start);
    for (let i = c.start; i < c.end; i++) if (i < m.start || i >= m.end) absorbed[i] = 1;
  }
  // Attributive participles ("the occupied territories") are modifiers, not events.
  for (const np of nps) for (let k = np.start; k < np.end; k++) inPhrase[k] = 1;
}
