import { pickRecipient } from './recipients.js';
import type { SentenceContext } from './sentence-context.js';
import { subjectIn } from './sentence-subjects.js';
import type { TriggerReading } from './trigger-reading.js';

/** Prepositions whose object a threat or rejection can be about ("the sanctions on Burma"). */
const ABOUT_PREPS = new Set(['on', 'against', 'of', 'over', 'toward', 'towards', 'with']);

/** Roles of an act whose actor is the speaker ("... are subject to attack"). False: not coded. */
export function speakerRoles(ctx: SentenceContext, s: TriggerReading): boolean {
  const { toks, groups, attribution, attributionSource } = ctx;
  const { m, c, rep, qSpeaker } = s;
  const src =
    rep?.source ??
    qSpeaker ??
    (attribution && m.start < attribution.start ? attributionSource : null) ??
    null;
  if (!src) return false;
  s.actorList = [src];
  const subj = subjectIn(ctx, c.start, m.start);
  if (subj) {
    const a = ctx.actorsOf(subj);
    if (a.length && a[0].code !== src.code) s.recipList = a;
  }
  if (!s.recipList.length) s.recipList = pickRecipient(ctx, s, m.end, false).list;
  if (!s.recipList.length) {
    // "removing the sanctions on Burma is out of the question": whoever the clause is about
    for (const g of groups) {
      if (g.start < c.start || g.start >= c.end || (g.start >= m.start && g.start < m.end)) continue;
      // "any country selling drugs into the U.S.": a place words pass through is not whom it is about
      if (g.prep && !ABOUT_PREPS.has(g.prep)) continue;
      const a = ctx.actorsOf(g).filter((x) => !x.weak && x.code !== src.code);
      if (a.length) {
        s.recipList = a.slice(0, 1);
        break;
      }
    }
  }
  if (!s.recipList.length) {
    // "..., specifically naming Colombia": a participle right after the phrase names the target
    let k = m.end;
    while (k < toks.length && (/^[,"”’']$/.test(toks[k].text) || toks[k].pos === 'ADV')) k++;
    if (k > m.end && toks[k]?.pos === 'VERB' && /ing$/.test(toks[k].lower)) {
      // the verb's object, or after its particle ("calling out Colombia", "singling out Peru")
      const g = groups.find(
        (x) => x.start > k && x.start <= k + 3 && (!x.prep || x.start === k + 2) && ctx.actorsOf(x).length,
      );
      if (g)
        s.recipList = ctx
          .actorsOf(g)
          .filter((x) => !x.weak && !x.place && x.code !== src.code)
          .slice(0, 1);
    }
  }
  return true;
}
