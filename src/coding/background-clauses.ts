import { type Clause, clauseOf } from './clauses.js';
import type { DraftEvent } from './draft-event.js';
import { MATERIAL_CONFLICT } from './event-conversions.js';
import type { SentenceContext } from './sentence-context.js';
import { finiteAt } from './token-tests.js';
import type { KeptTrigger } from './trigger-drafts.js';

/** Subordinators of background clauses: what they tell is the setting of the main act. */
const BACKGROUND = new Set([
  'after',
  'before',
  'when',
  'since',
  'as',
  'while',
  'because',
  'although',
  'though',
  'where',
  'whereas',
]);

/** The kind of the clause a complement chain hangs from. */
export function rootKind(ctx: SentenceContext, c: Clause): string {
  const { clauses } = ctx;
  let x = c;
  for (let d = 0; d < 6 && x.kind === 'complement' && x.governor !== null; d++)
    x = clauseOf(clauses, x.governor);
  return x.kind === 'complement' ? 'main' : x.kind;
}

/** Inside a background clause ("after X was hit", "when Y expelled them")? */
export function rootAdverbial(ctx: SentenceContext, c: Clause): boolean {
  const { clauses } = ctx;
  let x = c;
  for (let d = 0; d < 6; d++) {
    if (x.kind === 'adverbial') return x.marker !== null && BACKGROUND.has(x.marker);
    if (x.index === 0) return false;
    if (x.governor !== null) x = clauseOf(clauses, x.governor);
    else if (x.kind === 'infinitive' || x.kind === 'participle' || x.kind === 'vp' || x.kind === 'relative')
      x = clauses[x.index - 1];
    else return false;
  }
  return false;
}

/**
 * The drafts of the coded triggers that the sentence reports, in order. Background clauses ("after
 * two vehicles were hit") are coded only when nothing else is; a participle that elaborates a
 * material act of the same actor (", killing one person and arresting 12") is part of that act,
 * not another event. Returns whether any foreground act was coded.
 */
export function foregroundDrafts(
  ctx: SentenceContext,
  kept: readonly KeptTrigger[],
  drafts: DraftEvent[],
): boolean {
  const { toks } = ctx;
  const foreground = kept.some((x) => !x.background && x.drafts.length);
  for (let k = 0; k < kept.length; k++) {
    const { c, drafts: ds } = kept[k];
    if (foreground && kept[k].background) continue;
    if (c.kind !== 'participle' && !(c.kind === 'vp' && !finiteAt(toks, c.start))) {
      drafts.push(...ds);
      continue;
    }
    const main = kept
      .slice(0, k)
      .reverse()
      .find((x) => x.c.index < c.index && x.drafts.length);
    const elaborates =
      main &&
      ds.every(
        (d) =>
          MATERIAL_CONFLICT.has(d.type) &&
          main.drafts.some(
            (o) => MATERIAL_CONFLICT.has(o.type) && (!d.actor || !o.actor || o.actor.code === d.actor.code),
          ),
      );
    if (!elaborates) drafts.push(...ds);
  }
  return foreground;
}
