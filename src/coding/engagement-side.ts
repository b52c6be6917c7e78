import { findAny } from './find-triggers.js';
import type { SentenceContext } from './sentence-context.js';
import type { TriggerReading } from './trigger-reading.js';

/**
 * "Two soldiers were killed in an encounter with militants": an attack whose attacker is not named
 * takes the side named after "with" in an armed encounter told after the verb (rule
 * `clause.engagement-with`; data: cues `engagements`). The victims stay its target.
 */
export function engagementSide(ctx: SentenceContext, s: TriggerReading): void {
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
