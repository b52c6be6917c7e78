import type { ClaimStatus } from '../core/records.js';
import type { ActorHit } from './actor-phrases.js';
import { rootAdverbial, rootKind } from './background-clauses.js';
import type { Clause } from './clauses.js';
import { confidenceOf, pairsOf } from './draft-confidence.js';
import type { DraftEvent } from './draft-event.js';
import type { TriggerMatch } from './find-triggers.js';
import type { SentenceContext } from './sentence-context.js';
import { pastPerfect, timeAnchored } from './token-tests.js';
import type { TriggerReading } from './trigger-reading.js';
import { rolesAsNamed } from './victim-country.js';

const HISTORICAL = new Set(['historically', 'traditionally', 'formerly', 'previously', 'once']);

/** A coded trigger, its clause, its drafts, and whether it is told as background. */
export interface KeptTrigger {
  m: TriggerMatch;
  c: Clause;
  drafts: DraftEvent[];
  background: boolean;
}

/**
 * Turns a trigger's roles, type and claim into drafts, one per actor and recipient pair, kept in
 * `kept`; nothing when the act is background to the story.
 */
export function triggerDrafts(
  ctx: SentenceContext,
  s: TriggerReading,
  context: string | null,
  claim: ClaimStatus,
  claimSource: ActorHit | null,
  kept: KeptTrigger[],
): void {
  const { toks, actors, sentence } = ctx;
  const { m, p, c, at, rules, type, cameo, mode } = s;
  // An event with no actor in a subordinate clause is background ("where 28 people have been
  // killed"); so is a past perfect in a relative clause ("whom they had taken hostage").
  // An aside's report is a claim about the act itself ("which the army says killed five"), kept.
  // ("three days after another raid killed seven" is an act of its own: see `timeAnchored`)
  const anchored = timeAnchored(toks, c, m.start);
  if (
    !s.actorList.length &&
    !s.asideClaim &&
    !anchored &&
    c.kind !== 'main' &&
    c.kind !== 'coord' &&
    !(c.kind === 'complement' && rootKind(ctx, c) === 'main')
  )
    return;
  if (c.kind === 'relative' && m.kind === 'verb' && pastPerfect(toks, m.start)) return;
  // PLOVER's "historical" mode: long-past acts told as background are not coded as events.
  // ("once again", "once more" repeat an act; they do not place it in the past)
  for (let k = c.start; k < m.start; k++) {
    const t = toks[k];
    if (t.pos !== 'ADV' || !HISTORICAL.has(t.lower)) continue;
    if (t.lower === 'once' && /^(?:again|more)$/.test(toks[k + 1]?.lower ?? '')) continue;
    return;
  }
  const mine: DraftEvent[] = [];
  const shift = anchored?.shift ?? null;
  kept.push({ m, c, drafts: mine, background: rootAdverbial(ctx, c) && shift === null });
  const ownFrom = anchored?.from ?? c.start;
  let actorList = s.actorList;
  let recipList = s.recipList;
  let from = s.from;
  const to = s.to;
  if (shift !== null) {
    // its roles and figures are its own: nothing from the main clause
    const inside = (h: ActorHit | null) =>
      !h?.span || (h.span.start >= toks[ownFrom].start && h.span.end <= toks[c.end - 1].end);
    actorList = actorList.filter(inside);
    recipList = recipList.filter(inside);
    from = Math.max(from, ownFrom);
  }
  if (!actorList.length) actorList = [null as unknown as ActorHit];
  [actorList, recipList] = rolesAsNamed(actorList, recipList, type, actors, sentence.index, toks);
  if (!recipList.length) recipList = [null as unknown as ActorHit];
  const u = p.user;
  const distinct = () => new Set(actorList.map((a) => a?.code)).size > 1;
  const mutual = u ? u.compoundPairs === true : p.reciprocal && distinct();
  if (mutual && actorList.length > 1 && !recipList[0]) {
    // "% *", "Putin and Xi met": the members of a compound subject act on each other
    const pairs = pairsOf(actorList.slice(0, 6));
    actorList = pairs.map((x) => x[0]);
    recipList = pairs.map((x) => x[1]);
    if (!u) rules.push('clause.reciprocal');
  }
  const paired = mutual && actorList.length > 1 && actorList.length === recipList.length;
  for (const [ai, a] of actorList.slice(0, paired ? 30 : 6).entries()) {
    for (const r of paired ? [recipList[ai]] : recipList.slice(0, 6)) {
      const recipient = r && a && r.code === a.code && r.text === a.text ? null : r;
      if (u?.reverse && a && recipient) {
        // "[a:b]": the target acts back on the source with the second code
        const back = u.reverse;
        mine.push({
          type: back.type,
          cameo: back.cameo,
          mode: back.mode,
          context: back.context,
          actor: recipient,
          recipient: a,
          claim,
          claimSource,
          trigger: at,
          from,
          to: Math.max(to, m.objectSpan ? m.objectSpan[1] : to),
          rules: [...rules, 'user.reverse'],
          confidence: confidenceOf(p, recipient, a, claim),
        });
      }
      mine.push({
        type,
        cameo,
        mode,
        context,
        actor: a ?? null,
        recipient: recipient ?? null,
        claim,
        claimSource,
        trigger: at,
        from,
        to: Math.max(to, m.objectSpan ? m.objectSpan[1] : to),
        rules,
        confidence: confidenceOf(p, a, recipient, claim),
        ...(shift !== null ? { dayShift: shift, ownClause: [ownFrom, c.end] as [number, number] } : {}),
      });
    }
  }
}
