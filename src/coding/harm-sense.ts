import type { ActorHit } from './actor-phrases.js';
import type { SentenceContext } from './sentence-context.js';
import type { TriggerReading } from './trigger-reading.js';

/**
 * "Tariffs hurt farmers across the Midwest": a verb of violence whose subject is
 * a thing that names no one (a noun of `nonActorHeads`), and is neither an act of violence ("the
 * strike killed 12", "the war") nor a word of combat, is said in another sense: no attack is coded. Read after
 * the roles, so a subject the article names ("these operations", the earlier attacker's) counts
 * as named.
 */
export function figurativeHarm(ctx: SentenceContext, s: TriggerReading): boolean {
  if (s.p.type !== 'ASSAULT' || s.m.kind !== 'verb' || s.isPassive || s.actorList.length !== 1) return false;
  const a = s.actorList[0];
  if (a?.code !== '---' || a.sector || a.country || a.refersTo) return false;
  return thingSubject(ctx, a, s.m.start);
}

/** Is the subject `a`, told before the verb at `verb`, a thing: no name, act of violence or weapon? */
function thingSubject(ctx: SentenceContext, a: ActorHit, verb: number): boolean {
  const { toks, book, triggers } = ctx;
  if (!a.span) return false;
  // the subject's last word before the verb: its head
  let at = -1;
  for (let k = 0; k < verb; k++) if (toks[k].start >= a.span.start && toks[k].end <= a.span.end) at = k;
  if (at < 0) return false;
  const head = toks[at];
  if (head.pos === 'PRON' || (head.pos === 'PROPN' && at > 0)) return false;
  // only a noun of a thing that never acts ("tariffs", "the law"; a sentence's first word read as
  // a name may be one), and no word of force or combat ("the war", "the clashes")
  const words = [head.lemma, ...(head.alt ?? [])];
  const { nonActorHeads, force, engagements } = book.cues;
  if (!words.some((w) => nonActorHeads.single.has(w))) return false;
  if (words.some((w) => force.single.has(w) || engagements.single.has(w))) return false;
  // an act of violence named as the subject is the attack itself, whoever did it
  return !triggers.some(
    (o) => o.kind === 'noun' && o.start <= at && at < o.end && o.pattern.type === 'ASSAULT',
  );
}
