import { namesBothParties } from '../actors/resolve-text.js';
import { type ActorHit, namesPlace } from './actor-phrases.js';
import { decideClaim } from './claim-status.js';
import { accidentalExplosion, ranIntoExplosive } from './explosion-sense.js';
import type { TriggerMatch } from './find-triggers.js';
import { figurativeHarm } from './harm-sense.js';
import { contextOf } from './mode-context.js';
import { nominalRoles } from './nominal-roles.js';
import { retype } from './retype.js';
import type { SentenceContext } from './sentence-context.js';
import { speakerRoles } from './speaker-roles.js';
import { type KeptTrigger, triggerDrafts } from './trigger-drafts.js';
import { readTrigger, selfCode, type TriggerReading } from './trigger-reading.js';
import { verbRoles } from './verb-roles.js';

/** A country named alone ("Germany"), neither a body nor people of it. */
function bareCountry(a: ActorHit): boolean {
  return !!a.country && !a.sector && !a.entityId && a.code === a.country;
}

/**
 * "The Kenyan president met his Ugandan counterpart": the counterpart holds the actor's office in
 * its own country (rule `clause.counterpart-office`).
 */
function counterpartOffice(s: TriggerReading): void {
  const office = s.actorList.find((a) => a?.sector && a.sector !== 'UNK')?.sector;
  if (!office) return;
  s.recipList = s.recipList.map((r) => {
    if (!r?.country || r.sector || !r.rules?.includes('modifier.counterpart')) return r;
    s.rules.push('clause.counterpart-office');
    return { ...r, sector: office, code: `${r.country}${office}` };
  });
}

/**
 * "The cabinet met on Monday": a body meeting on its own, with no one named to meet, nor a second
 * member of a compound subject ("Trump and King Abdullah will meet"), consults no one.
 */
function aloneMeeting(ctx: SentenceContext, s: TriggerReading): boolean {
  if (!s.p.reciprocal || s.type !== 'CONSULT' || s.actorList.length !== 1 || s.recipList.length) return false;
  const { toks, groups } = ctx;
  if (groups.some((g) => g.prep === 'with' && g.start > s.m.end && g.start < s.scopeEnd)) return false;
  for (let k = s.c.start; k < s.m.start; k++) if (toks[k].lower === 'and') return false;
  // "the two leaders", "both sides": a group reference names both parties
  return !namesBothParties(s.actorList[0]?.text ?? '');
}

/**
 * Codes one trigger, step by step: where it stands, its roles, its type by content and roles, its
 * claim status and the PLOVER conversions, then its drafts, into `kept`.
 */
export function codeTrigger(ctx: SentenceContext, m: TriggerMatch, kept: KeptTrigger[]): void {
  const s = readTrigger(ctx, m);
  if (!s) return;
  const { p, c, rules } = s;
  // the three readings are separate functions, each small enough for the engine to optimise quickly
  const roled =
    p.actorRole === 'speaker'
      ? speakerRoles(ctx, s)
      : m.kind === 'noun' && m.lightVerb === null
        ? nominalRoles(ctx, s)
        : verbRoles(ctx, s);
  if (!roled) return;
  // "troops were withdrawn": a verb the subject does itself, here done to it
  if (p.intransitive && s.isPassive) return;
  // "Real Madrid beat Dortmund": a beating done to a town or a country is another sense
  if (p.targetPeople && s.recipList.some((a) => a && (namesPlace(a) || bareCountry(a)))) return;
  if (accidentalExplosion(ctx, s) || ranIntoExplosive(ctx, s) || figurativeHarm(ctx, s)) return;
  if (aloneMeeting(ctx, s)) return;
  counterpartOffice(s);
  // ("% *": a compound subject is its own target)
  if (p.user && !p.swapRoles && !(p.user.compoundPairs && s.actorList.length > 1)) {
    // a user (PETRARCH) pattern's target: the first actor after the verb in its clause, or the
    // first behind the pattern's own word ("* WITH +")
    const want = p.recipientPreps?.[0];
    for (const g of ctx.groups) {
      if (g.start < m.end || g.start >= s.scopeEnd || (want && g.prep !== want)) continue;
      const a = ctx.actorsOf(g).filter((x) => !x.weak);
      if (!a.length || selfCode(s, a) || a.some((x) => s.actorList.some((y) => y && y.code === x.code)))
        continue;
      s.recipList = a;
      rules.push('user.first-actor-after');
      break;
    }
  }

  // a user pattern's code is the user's: no re-typing by content, roles or claim
  if (!p.user) retype(ctx, s);
  const context = p.context ?? contextOf(ctx.toks, c, ctx.book);

  const keep = { type: s.type, cameo: s.cameo, mode: s.mode, rules: rules.length };
  let [claim, claimSource] = decideClaim(ctx, s);
  if (p.user) {
    // the claim status stands; the user's code is not converted (a refusal is a negated act)
    if (rules.slice(keep.rules).includes('claim.refusal-is-reject')) claim = 'negated';
    s.type = keep.type;
    s.cameo = keep.cameo;
    s.mode = keep.mode;
    rules.length = keep.rules;
  }
  triggerDrafts(ctx, s, context, claim, claimSource, kept);
}
