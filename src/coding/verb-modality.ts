import { type Clause, clauseOf } from './clauses.js';
import { type Modality, OBLIGATION, plainModality } from './modality.js';
import { libertyNoun } from './non-actor-phrases.js';
import type { SentenceContext } from './sentence-context.js';
import type { Tok } from './sentence-view.js';

/** Auxiliary chain before a verb: negation, future, modality. */
export function auxModality(ctx: SentenceContext, i: number): Modality {
  const { toks, book } = ctx;
  const m = plainModality();
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const u = toks[k];
    if (
      !(
        u.pos === 'AUX' ||
        u.pos === 'PART' ||
        u.pos === 'ADV' ||
        u.lower === 'going' ||
        (u.pos === 'VERB' && u.lemma === 'have' && toks[k + 1]?.lower === 'to')
      )
    )
      break;
    if (book.cues.negation.single.has(u.lemma) || book.cues.negation.single.has(u.lower)) m.negated = true;
    if (
      u.lower === 'will' ||
      u.lower === 'shall' ||
      u.lower === "'ll" ||
      u.lower === 'wo' ||
      u.lower === 'would' ||
      u.lower === 'going'
    )
      m.future = true;
    if (u.lower === 'could' || u.lower === 'might' || u.lower === 'may') m.hypothetical = true;
    if (OBLIGATION.has(u.lower) || (u.lemma === 'have' && toks[k + 1]?.lower === 'to')) m.obligation = true;
  }
  gerundGovernor(ctx, i, m);
  return m;
}

/**
 * "is considering sending aid", "plans deploying troops": a gerund after a verb of consideration
 * or intent is weighed or planned, not done.
 */
function gerundGovernor(ctx: SentenceContext, i: number, m: Modality): void {
  const { toks, book } = ctx;
  if (!/ing$/.test(toks[i].lower)) return;
  let k = i - 1;
  while (k >= 0 && toks[k].pos === 'ADV') k--;
  const g = toks[k];
  if (g?.pos !== 'VERB') return;
  if (book.cues.consider.single.has(g.lemma)) m.hypothetical = true;
  else if (book.cues.intent.single.has(g.lemma)) {
    m.intent = true;
    m.future = true;
  }
}

/**
 * "the right to protest", "the right of workers to strike", "freedom to travel": the act is one a
 * liberty allows, not one done. `to` is the infinitive's "to".
 */
function libertyBefore(toks: readonly Tok[], to: number): boolean {
  for (let k = to - 1; k >= 0 && k >= to - 5; k--) {
    if (libertyNoun(toks[k])) return k === to - 1 || toks[k + 1].lower === 'of';
    if (toks[k].pos === 'VERB' || toks[k].pos === 'PUNCT') return false;
  }
  return false;
}

/** Is "be WORD to" one of the future cues ("be set to", "be due to")? */
function scheduledBy(future: readonly string[][], word: string): boolean {
  return future.some((p) => p.length === 3 && p[0] === 'be' && p[1] === word && p[2] === 'to');
}

/** Modality that a clause inherits from what governs it ("plans to", "if", "refused to"). */
export function clauseModality(ctx: SentenceContext, c: Clause, m: Modality, depth = 0): void {
  const { toks, clauses, book } = ctx;
  if (depth > 4) return;
  if (
    c.kind === 'adverbial' &&
    (c.marker === 'if' ||
      c.marker === 'unless' ||
      c.marker === 'whether' ||
      c.marker === 'until' ||
      c.marker === 'lest')
  )
    m.hypothetical = true;
  if (c.kind === 'infinitive' && c.governor !== null) {
    const g = toks[c.governor];
    if (book.cues.intent.single.has(g.lemma) || book.cues.intent.single.has(g.lower)) {
      m.intent = true;
      m.future = true;
    }
    if (book.cues.consider.single.has(g.lemma)) m.hypothetical = true;
    if (g.lemma === 'fail') m.negated = true;
    // "are set to hold talks", "is due to vote": the future cues' "be X to" (cues.yaml `future`)
    if (toks[c.governor - 1]?.lemma === 'be' && scheduledBy(book.cues.future.phrases, g.lemma))
      m.future = true;
    if (libertyBefore(toks, c.start)) m.hypothetical = true;
    const gm = auxModality(ctx, c.governor);
    if (gm.future) m.future = true;
    if (gm.negated && !m.negated) m.negated = true;
    if (gm.hypothetical) m.hypothetical = true;
    const gc = clauseOf(clauses, c.governor);
    if (gc !== c) clauseModality(ctx, gc, m, depth + 1);
  }
  if ((c.kind === 'vp' || c.kind === 'participle') && c.index > 0) {
    // shares nothing but the subject: no modality passes over a coordination
  }
}

/** A gerund right after a verb of denial ("denied backing", "denies having ordered"). */
export function deniedGerund(ctx: SentenceContext, i: number): boolean {
  const { toks, book } = ctx;
  let k = i - 1;
  const having = toks[k]?.lower === 'having';
  if (having) k--;
  return (
    (having || /ing$/.test(toks[i].lower)) &&
    k >= 0 &&
    toks[k].pos === 'VERB' &&
    book.cues.denial.single.has(toks[k].lemma)
  );
}
