import { findAny } from './phrase-match.js';
import type { SentenceContext } from './sentence-context.js';
import type { TriggerReading } from './trigger-reading.js';

/**
 * "Two soldiers were killed in an encounter with militants": an attack whose attacker is not named
 * takes the side named after "with" in an armed encounter told after the verb (rule
 * `clause.engagement-with`; data: cues `engagements`), or the one named in the modifier of the
 * attack it happened in (`clause.attack-owner`). The victims stay its target.
 */
export function engagementSide(ctx: SentenceContext, s: TriggerReading): void {
  if (attackOwner(ctx, s)) return;
  const { toks, groups, book } = ctx;
  const { engagements } = book.cues;
  for (const g of groups) {
    if (g.start <= s.m.end || g.prep !== 'with' || g.start > s.m.end + 8) continue;
    // the encounter's noun ends right before "with"
    const w = g.start - 2;
    if (w < s.m.end) continue;
    const noun = toks[w];
    const named =
      engagements.single.has(noun.lemma) ||
      engagements.phrases.some((p) => !!findAny(toks, w - p.length + 1, w + 1, [p]));
    if (!named) continue;
    const side = ctx.actorsOf(g).filter((a) => !a.place && (a.country || a.sector));
    if (!side.length || side.some((a) => s.recipList.some((r) => r.code === a.code))) return;
    s.actorList = side;
    s.rules.push('clause.engagement-with');
    return;
  }
}

/** Prepositions of the attack in which a victim died ("killed in an Israeli strike"). */
const IN_ATTACK = new Set(['in', 'during']);

/**
 * "Hezbollah's commander was killed in an Israeli strike on Beirut": an attack whose attacker is not
 * named takes the one named in the modifier of the attack it happened in (rule
 * `clause.attack-owner`).
 */
function attackOwner(ctx: SentenceContext, s: TriggerReading): boolean {
  for (const g of ctx.groups) {
    if (g.start <= s.m.end || g.start > s.m.end + 4 || !g.prep || !IN_ATTACK.has(g.prep)) continue;
    const noun = ctx.triggers.find(
      (o) => o.kind === 'noun' && o.pattern.type === 'ASSAULT' && o.start > g.start && o.start < g.end,
    );
    if (!noun) return false;
    const owner = ctx.modifierActor(g.start, noun.start);
    if (!owner || owner.place || !(owner.country || owner.sector)) return false;
    if (s.recipList.some((r) => r.code === owner.code)) return false;
    s.actorList = [owner];
    s.rules.push('clause.attack-owner');
    return true;
  }
  return false;
}
