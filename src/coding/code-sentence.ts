import { absorbComplements } from './absorption.js';
import { foregroundDrafts } from './background-clauses.js';
import { causeAgents } from './cause-agents.js';
import { dateScopes } from './clause-dates.js';
import { codeTrigger } from './code-trigger.js';
import { dedupe } from './dedupe-drafts.js';
import type { DraftEvent, SentenceInput } from './draft-event.js';
import { obligationRequests } from './obligation-requests.js';
import { attributionSourceOf } from './reported-speech.js';
import { readSentence } from './sentence-context.js';
import { unplacedSubject } from './sentence-subjects.js';
import type { KeptTrigger } from './trigger-drafts.js';

export type { DraftEvent, SentenceInput } from './draft-event.js';
export { insideQuotes } from './token-tests.js';

/**
 * Codes one sentence, each step once and in order: reads the sentence (tokens, triggers, phrases,
 * clauses), its attribution and the complements its events absorb; codes each trigger (roles from
 * the clause structure: active and passive voice, prepositional targets, coordinated actors, quote
 * speakers, inherited subjects; retyping by content and roles; claim status and the PLOVER
 * conversions for negated, future and hypothetical acts); keeps the foreground acts; and dedupes.
 */
export function codeSentence(input: SentenceInput): DraftEvent[] {
  const ctx = readSentence(input);
  if (!ctx) return [];
  const { toks, triggers, clauses } = ctx;
  ctx.attribution = clauses.find((c) => c.kind === 'attribution') ?? null;
  ctx.attributionSource = attributionSourceOf(ctx);
  absorbComplements(ctx);
  const drafts: DraftEvent[] = [];
  obligationRequests(ctx, drafts);

  const kept: KeptTrigger[] = [];
  for (const m of triggers) codeTrigger(ctx, m, kept);
  const foreground = foregroundDrafts(ctx, kept, drafts);
  if (foreground) causeAgents(drafts, kept, clauses, toks);
  for (const d of drafts) {
    d.dateScopes ??= dateScopes(clauses, toks, d.trigger);
    if (!d.actor) d.actor = unplacedSubject(ctx, d);
  }

  return dedupe(drafts);
}
