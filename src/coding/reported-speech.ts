import type { ClaimStatus } from '../core/records.js';
import type { ActorHit } from './actor-phrases.js';
import { type Clause, clauseOf } from './clauses.js';
import type { SentenceContext } from './sentence-context.js';
import { subjectOf } from './sentence-subjects.js';
import type { PhraseGroup, Tok } from './sentence-view.js';

/** A reporting verb or noun governing a clause, its source, and the status it gives the claim. */
export interface Report {
  verb: Tok;
  source: ActorHit | null;
  claim: ClaimStatus;
}

/** The reporting verb (or noun) that governs clause c, with its source, if any. */
export function reportOf(ctx: SentenceContext, c: Clause, depth = 0): Report | null {
  const { toks, clauses, book } = ctx;
  if (depth > 5) return null;
  if (c.kind === 'complement' && c.governor !== null) {
    const g = toks[c.governor];
    const gc = clauseOf(clauses, c.governor);
    const subj = g.pos === 'NOUN' ? ctx.groupContaining(c.governor) : subjectOf(ctx, gc, c.governor);
    const src = subj ? (ctx.actorsOf(subj)[0] ?? null) : null;
    if (book.cues.denial.single.has(g.lemma)) return { verb: g, source: src, claim: 'denied' };
    if (book.cues.alleging.single.has(g.lemma) || g.pos === 'NOUN')
      return { verb: g, source: src, claim: 'alleged' };
    if (book.cues.speech.single.has(g.lemma)) {
      // a report by an unnamed "report" is an allegation
      const isReportNoun = subj && /^(report|reports|media|source|sources)$/.test(toks[subj.end - 1].lower);
      return { verb: g, source: src, claim: isReportNoun || !src ? 'alleged' : 'attributed' };
    }
    return reportOf(ctx, gc, depth + 1);
  }
  if (c.kind === 'relative' && c.index > 0) {
    // "reports that said ...": the relative clause's own verb governs its complement, not us
    return null;
  }
  if (
    c.index > 0 &&
    (c.kind === 'infinitive' || c.kind === 'participle' || c.kind === 'vp' || c.kind === 'adverbial')
  ) {
    const gov = c.governor !== null ? clauseOf(clauses, c.governor) : clauses[c.index - 1];
    if (gov !== c) return reportOf(ctx, gov, depth + 1);
  }
  return null;
}

// A common-noun phrase that names who speaks ("witnesses", "diplomatic sources") though no
// actor code fits it: never a pronoun, a time or a phrase behind another preposition.
function uncodedSourceAt(ctx: SentenceContext, g: PhraseGroup): boolean {
  const { toks } = ctx;
  const np = g.members[0];
  const head = toks[np.head];
  return !np.pronoun && (g.prep === null || g.prep === 'to') && (head.pos === 'NOUN' || head.pos === 'PROPN');
}

function uncodedSource(ctx: SentenceContext, g: PhraseGroup): ActorHit {
  const { toks } = ctx;
  const text = ctx.sentenceSlice(g.start, g.end);
  return {
    code: '---',
    country: null,
    sector: null,
    name: text,
    rules: ['claim.uncoded-source'],
    text,
    span: { start: toks[g.start].start, end: toks[g.end - 1].end },
  };
}

// The source of a closing attribution (", witnesses said", "according to sources"): an actor
// where the phrase names one, else the phrase itself without a code, for the claim is the
// source's all the same (rule claim.uncoded-source).
export function attributionSourceOf(ctx: SentenceContext): ActorHit | null {
  const { toks, groups, attribution } = ctx;
  const from = attribution
    ? attribution.start
    : toks.findIndex((t, k) => t.lower === 'according' && toks[k + 1]?.lower === 'to') + 2;
  if (from < 2 && !attribution) return null;
  const g = attribution
    ? groups.find((x) => x.start >= from && ctx.actorsOf(x).length)
    : groups.find((x) => x.start >= from);
  if (g && ctx.actorsOf(g).length) return ctx.actorsOf(g)[0];
  const first = groups.find((x) => x.start >= from && x.start <= from + 3);
  return first && uncodedSourceAt(ctx, first) ? uncodedSource(ctx, first) : null;
}
