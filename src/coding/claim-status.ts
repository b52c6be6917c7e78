import type { ClaimStatus } from '../core/records.js';
import type { ActorHit } from './actor-phrases.js';
import { AGREE_CAMEO, COOPERATIVE, MATERIAL_CONFLICT, REJECT_FOR, THREAT_FOR } from './event-conversions.js';
import { clauseHasRefusal, hedged, nominalModality } from './modality.js';
import { findAny } from './phrase-match.js';
import type { SentenceContext } from './sentence-context.js';
import type { TriggerReading } from './trigger-reading.js';
import { auxModality, clauseModality, deniedGerund } from './verb-modality.js';

/**
 * "will impose sanctions unless Maduro frees the prisoners", "will withdraw its troops unless ...":
 * an act announced for the future on a condition the other side must meet is a threat
 * (rule `claim.conditional-threat`). False, and nothing changed, when no "unless" follows.
 */
function conditionalPressure(ctx: SentenceContext, s: TriggerReading): boolean {
  const { toks } = ctx;
  let unless = -1;
  for (let k = s.m.end; k < toks.length && unless < 0; k++) if (toks[k].lower === 'unless') unless = k;
  if (
    (unless < 0 && !negativeIfBefore(ctx, s.m.start)) ||
    s.type === 'THREATEN' ||
    s.type === 'REQUEST' ||
    s.type === 'REJECT'
  )
    return false;
  const t: readonly [string, string | null] =
    s.type === 'SANCTION'
      ? s.p.mode === 'withdraw' || s.p.cameo === '161' || s.p.cameo === '164'
        ? ['1313', 'relations']
        : ['1312', 'restrict']
      : (THREAT_FOR[s.type] ?? ['130', null]);
  s.type = 'THREATEN';
  s.cameo = t[0];
  s.mode = t[1];
  s.rules.push('claim.conditional-threat');
  return true;
}

/**
 * "If Hamas does not release the hostages, Israel will resume its offensive": a fronted "if" clause
 * with a negation, closed by a comma before the act.
 */
function negativeIfBefore(ctx: SentenceContext, at: number): boolean {
  const { toks, book } = ctx;
  if (toks[0]?.lower !== 'if') return false;
  let comma = -1;
  for (let k = 1; k < at; k++)
    if (toks[k].text === ',') {
      comma = k;
      break;
    }
  if (comma < 0) return false;
  for (let k = 1; k < comma; k++)
    if (book.cues.negation.single.has(toks[k].lemma) || book.cues.negation.single.has(toks[k].lower))
      return true;
  return false;
}

/**
 * "China has never ruled out the use of force against Taiwan": not ruling force out threatens it
 * (CAMEO 138, rule `claim.force-not-ruled-out`; data: cues `force`).
 */
function forceNotRuledOut(ctx: SentenceContext, s: TriggerReading): boolean {
  const { toks, book } = ctx;
  if (s.type !== 'REJECT' || toks[s.m.start].lemma !== 'rule' || toks[s.m.start + 1]?.lower !== 'out')
    return false;
  let found = false;
  for (let k = s.m.end; k < Math.min(toks.length, s.m.end + 6) && !found; k++)
    found = book.cues.force.single.has(toks[k].lemma) || !!findAny(toks, k, k + 2, book.cues.force.phrases);
  if (!found) return false;
  s.type = 'THREATEN';
  s.cameo = '138';
  s.mode = 'violence';
  s.rules.push('claim.force-not-ruled-out');
  return true;
}

/** Is the clause a condition ("if Hamas does not release them, ...")? */
function conditional(c: SentenceContext['clauses'][number]): boolean {
  return c.kind === 'adverbial' && (c.marker === 'if' || c.marker === 'unless');
}

/** Claim status and the PLOVER conversions for negated, future and hypothetical acts. */
export function decideClaim(ctx: SentenceContext, s: TriggerReading): [ClaimStatus, ActorHit | null] {
  const { toks, book, attribution, attributionSource } = ctx;
  const { m, p, c, rules, rep, inQuote, qSpeaker } = s;
  const mod =
    m.kind === 'verb'
      ? auxModality(ctx, m.start)
      : m.lightVerb !== null
        ? auxModality(ctx, m.lightVerb)
        : nominalModality(toks, m.start, book);
  clauseModality(ctx, c, mod);
  if (m.lightVerb !== null) {
    const lv = toks[m.lightVerb];
    if (book.cues.consider.single.has(lv.lemma)) mod.hypothetical = true;
    if (book.cues.intent.single.has(lv.lemma)) {
      mod.intent = true;
      mod.future = true;
    }
  }
  const refused = m.kind === 'verb' && clauseHasRefusal(toks, c, m.start);
  if (refused) mod.negated = true;
  if (p.actorRole === 'speaker') mod.hypothetical = false;
  let claim: ClaimStatus = 'asserted';
  let claimSource: ActorHit | null = null;
  if (mod.negated && forceNotRuledOut(ctx, s)) mod.negated = false;
  // (a negated condition is no refusal: "if Hamas does not release them" is the condition of a threat)
  if (mod.negated && conditional(c)) {
    mod.negated = false;
    mod.hypothetical = true;
  }
  if (mod.negated && (mod.future || mod.intent || mod.hypothetical || rep || refused) && REJECT_FOR[s.type]) {
    const [rc, rm] = REJECT_FOR[s.type]!;
    s.type = 'REJECT';
    s.cameo = rc;
    s.mode = rm;
    rules.push('claim.refusal-is-reject');
    mod.negated = false;
    mod.future = false;
    mod.hypothetical = false;
  } else if (mod.negated) {
    claim = 'negated';
  }
  // PLOVER codes a stated intention (the actor's own words, or a plan) as AGREE or THREATEN; a
  // reporter's forecast ("is expected to") stays the act it forecasts, flagged future.
  const stated =
    mod.intent || !!rep || !!inQuote || (!!attribution && m.start < attribution.start) || !!attributionSource;
  if (claim !== 'negated' && (mod.future || mod.intent) && conditionalPressure(ctx, s)) {
    claim = 'future';
  } else if (
    claim !== 'negated' &&
    (mod.future || mod.intent) &&
    COOPERATIVE.has(s.type) &&
    s.type !== 'AGREE'
  ) {
    s.cameo = p.intentCameo ?? AGREE_CAMEO[s.type] ?? '030';
    s.type = 'AGREE';
    s.mode = null;
    rules.push('claim.future-cooperation-is-agree');
    claim = 'future';
  } else if (
    claim !== 'negated' &&
    mod.intent &&
    s.type === 'ASSAULT' &&
    s.actorList.some((a) => a?.sector === 'MIL') &&
    c.kind === 'infinitive' &&
    c.governor !== null &&
    /^(prepare|ready|poise|mass)$/.test(toks[c.governor].lemma)
  ) {
    // an armed force getting ready to strike is a show of force
    s.type = 'MOBILIZE';
    s.cameo = '150';
    s.mode = 'troops';
    rules.push('claim.readiness-is-mobilize');
    claim = 'asserted';
  } else if (
    claim !== 'negated' &&
    (((mod.future || mod.intent) && stated) ||
      (mod.hypothetical && m.lightVerb !== null && book.cues.consider.single.has(toks[m.lightVerb].lemma))) &&
    MATERIAL_CONFLICT.has(s.type)
  ) {
    const t =
      s.type === 'SANCTION'
        ? p.mode === 'withdraw' || p.cameo === '161' || p.cameo === '164'
          ? ['1313', 'relations']
          : ['1312', 'restrict']
        : THREAT_FOR[s.type];
    if (t) {
      s.cameo = t[0];
      s.mode = t[1];
      s.type = 'THREATEN';
      rules.push('claim.intended-force-is-threat');
    }
    claim = mod.hypothetical && !mod.future ? 'hypothetical' : 'future';
  } else if (claim !== 'negated' && mod.hypothetical) {
    claim = 'hypothetical';
  } else if (claim !== 'negated' && mod.future) {
    claim = 'future';
  }
  if (claim === 'asserted') {
    if (deniedGerund(ctx, m.start)) {
      // "Rwanda denied backing the group": the act is the one denied, by its own actor
      claim = 'denied';
      claimSource = s.actorList[0] ?? null;
      rules.push('claim.denied-gerund');
    } else if (s.announcer) {
      claim = 'attributed';
      claimSource = s.announcer;
    } else if (s.asideClaim) {
      claim = s.asideClaim;
      claimSource = s.asideSource;
    } else if (rep) {
      claim = rep.claim;
      claimSource = rep.source;
    } else if (inQuote) {
      claim = 'attributed';
      claimSource = qSpeaker;
    } else if (attributionSource && (!attribution || m.start < attribution.start)) {
      claim = 'attributed';
      claimSource = attributionSource;
    }
    if (hedged(toks, c, m.start, book)) claim = 'alleged';
  }
  return [claim, claimSource];
}
