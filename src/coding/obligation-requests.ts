import type { DraftEvent } from './draft-event.js';
import { OBLIGATION } from './modality.js';
import { reportOf } from './reported-speech.js';
import type { SentenceContext } from './sentence-context.js';
import { subjectIn } from './sentence-subjects.js';
import { finiteAt } from './token-tests.js';

/**
 * "X said Y must Z": a demand by X on Y (rule `clause.obligation-request`). The demand's clause,
 * and what hangs on it, is absorbed.
 */
export function obligationRequests(ctx: SentenceContext, drafts: DraftEvent[]): void {
  const { toks, clauses, book, absorbed } = ctx;
  // "X said Y must Z": a demand by X on Y.
  for (const c of clauses) {
    if (c.kind !== 'complement') continue;
    const rep = reportOf(ctx, c);
    if (!rep || c.governor === null || !book.cues.speech.single.has(toks[c.governor].lemma)) continue;
    const mod = toks.slice(c.start, c.end).findIndex((t) => OBLIGATION.has(t.lower) && t.pos === 'AUX');
    if (mod < 0 || absorbed[c.start + mod]) continue;
    const at = c.start + mod;
    const subj = subjectIn(ctx, c.start, at);
    const rec = subj ? ctx.actorsOf(subj) : [];
    const src = rep.source;
    if (!src || (rec.length && rec[0].code === src.code && rec[0].code !== '---')) continue;
    // the demand covers its clause and what hangs on it ("must be ready to mediate")
    let demandEnd = c.end;
    for (const x of clauses) {
      if (x.start < c.end) continue;
      if (
        x.start !== demandEnd ||
        !(x.kind === 'infinitive' || (x.kind === 'vp' && !finiteAt(toks, x.start)) || x.kind === 'adverbial')
      )
        break;
      demandEnd = x.end;
    }
    for (let i = c.start; i < demandEnd; i++) absorbed[i] = 1;
    drafts.push({
      type: 'REQUEST',
      cameo: '100',
      mode: null,
      context: null,
      actor: src,
      recipient: rec[0] ?? null,
      claim: 'asserted',
      claimSource: null,
      trigger: c.governor,
      from: Math.min(c.governor, subj?.start ?? at),
      to: Math.min(c.end, at + 3),
      rules: ['clause.obligation-request'],
      confidence: 0.7,
    });
  }
}
