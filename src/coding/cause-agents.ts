import { type Clause, clauseOf } from './clauses.js';
import type { DraftEvent } from './draft-event.js';
import { MATERIAL_CONFLICT } from './event-conversions.js';
import type { Tok } from './sentence-view.js';

/** Markers of a clause that tells how the main act came about ("were killed when rebels attacked"). */
const CAUSE_MARKERS = new Set(['when', 'as', 'after']);

/**
 * "Two people were killed when rebels attacked a checkpoint": a violent act told with no doer takes
 * the doer of the violent act in its background clause (rule clause.cause-agent), for that clause
 * says who did it. Only an act of material conflict with no actor named (none, or the unidentified
 * forces of the place), from a background act of material conflict whose actor is placed (a
 * country or a sector).
 */
export function causeAgents(
  drafts: DraftEvent[],
  kept: readonly { c: Clause; drafts: readonly DraftEvent[]; background: boolean }[],
  clauses: readonly Clause[],
  toks: readonly Tok[],
): void {
  for (const d of drafts) {
    const unnamed = !d.actor || d.rules.includes('actor.unidentified-by-place');
    if (!unnamed || !MATERIAL_CONFLICT.has(d.type)) continue;
    const cause = kept.find((x) => {
      if (!x.background || x.c.start <= d.trigger) return false;
      let a: Clause = x.c;
      for (let k = 0; k < 4 && a.kind !== 'adverbial' && a.governor !== null; k++)
        a = clauseOf(clauses, a.governor);
      return a.kind === 'adverbial' && a.marker !== null && CAUSE_MARKERS.has(a.marker);
    });
    // the doer named inside that clause, not one it borrowed from the main clause
    const from = cause ? toks[cause.c.start].start : 0;
    const by = cause?.drafts.find(
      (o) =>
        MATERIAL_CONFLICT.has(o.type) &&
        o.actor &&
        (o.actor.country || o.actor.sector) &&
        !!o.actor.span &&
        o.actor.span.start >= from,
    );
    if (!by?.actor) continue;
    d.actor = by.actor;
    d.rules = [...d.rules.filter((r) => r !== 'actor.unidentified-by-place'), 'clause.cause-agent'];
  }
}
