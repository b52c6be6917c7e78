import type { SentenceContext } from './sentence-context.js';
import type { TriggerReading } from './trigger-reading.js';

/** Verbs whose subject may be the thing that explodes rather than whoever set it off. */
const EXPLODING = new Set(['explode', 'blow']);

/** Does the sentence name a trial or a launch ("shortly after launch", "during a test")? */
function namesTrial(ctx: SentenceContext): boolean {
  const { single, phrases } = ctx.book.cues.trials;
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    if (single.has(toks[i].lemma)) return true;
    for (const p of phrases) if (p.every((w, k) => toks[i + k]?.lemma === w)) return true;
  }
  return false;
}

/**
 * "A gas cylinder exploded in a restaurant", "the rocket blew up shortly after launch": a thing
 * that explodes with no one who set it off is an accident, and so is a weapon that fails at a
 * trial; a bomb or a device that explodes is an attack (rule `clause.accidental-explosion`).
 */
export function accidentalExplosion(ctx: SentenceContext, s: TriggerReading): boolean {
  const { toks, book } = ctx;
  if (s.p.id !== 'assault.bombing' || s.m.kind !== 'verb' || !EXPLODING.has(toks[s.m.start].lemma))
    return false;
  // the phrase right before the verb ("A gas cylinder | exploded", "the rocket | has blown up")
  let k = s.m.start - 1;
  while (k >= 0 && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k--;
  const subj = k >= 0 ? ctx.groupContaining(k) : undefined;
  if (!subj || subj.prep || subj.end !== k + 1) return false;
  const head = toks[subj.end - 1].lemma;
  if (book.cues.weapons.single.has(head) || book.cues.explosives.single.has(head)) return namesTrial(ctx);
  // "rebels blew up a bridge": a subject who acts is the attacker
  return ctx.actorsOf(subj).length === 0;
}

/** Verbs of running into something. */
const RUNNING_INTO = new Set(['hit', 'strike']);

/**
 * "their vehicle hit a roadside bomb": what runs into a mine or a bomb is its victim, not an
 * attacker (the blast is coded, if at all, from the clause it killed in).
 */
export function ranIntoExplosive(ctx: SentenceContext, s: TriggerReading): boolean {
  const { toks, book } = ctx;
  if (s.p.type !== 'ASSAULT' || s.m.kind !== 'verb' || !RUNNING_INTO.has(toks[s.m.start].lemma)) return false;
  const obj = ctx.groupContaining(s.m.end) ?? ctx.groupContaining(s.m.end + 1);
  if (!obj || obj.prep || obj.start > s.m.end + 1) return false;
  const head = toks[obj.end - 1].lemma;
  return head === 'bomb' || head === 'mine' || head === 'landmine' || book.cues.explosives.single.has(head);
}
