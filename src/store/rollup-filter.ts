import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { LapwingDb } from './db-schema.js';
import { DEFAULT_EXCLUDED_CLAIMS, looksLikeCode, startsWith } from './event-filter.js';
import type { EventFilter } from './store.js';

type RollupEb = ExpressionBuilder<LapwingDb & { r: LapwingDb['event_rollup'] }, 'r'>;

function code(s: string): string {
  return s.trim().toUpperCase();
}

/**
 * True when every condition of the filter is on a column `event_rollup` keeps (codes, dates, type,
 * CAMEO root, claim), so that aggregates over the rollup equal those over the events. Name
 * substrings, places, text and article ids need the events themselves.
 */
export function rollupServes(f: EventFilter): boolean {
  if (f.place?.trim() || f.text?.trim() || f.articleId) return false;
  if (f.actor?.trim() && !looksLikeCode(f.actor.trim())) return false;
  if (f.recipient?.trim() && !looksLikeCode(f.recipient.trim())) return false;
  // An empty dyad side would match the rollup's '' (no recipient) where events hold NULL.
  if (f.dyad && (!code(f.dyad[0]) || !code(f.dyad[1]))) return false;
  return true;
}

/**
 * The WHERE clause of `eventWhere` over `event_rollup as r`, for filters that `rollupServes`. It
 * must select exactly the rollup rows whose events `eventWhere` selects.
 */
export function rollupWhere(eb: RollupEb, f: EventFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (f.actor?.trim()) {
    const a = code(f.actor);
    parts.push(eb.or([startsWith('r.actor_code', a), startsWith('r.recipient_code', a)]));
  }
  if (f.recipient?.trim()) parts.push(startsWith('r.recipient_code', code(f.recipient)));
  if (f.dyad) {
    const [x, y] = [code(f.dyad[0]), code(f.dyad[1])];
    parts.push(
      eb.or([
        eb.and([startsWith('r.actor_code', x), startsWith('r.recipient_code', y)]),
        eb.and([startsWith('r.actor_code', y), startsWith('r.recipient_code', x)]),
      ]),
    );
  }
  if (f.type) parts.push(eb('r.type', '=', f.type));
  if (f.cameoRoot) parts.push(eb('r.cameo_root', '=', f.cameoRoot.padStart(2, '0').slice(0, 2)));
  if (f.claim && f.claim.length > 0) parts.push(eb('r.claim', 'in', f.claim));
  else parts.push(eb('r.claim', 'not in', DEFAULT_EXCLUDED_CLAIMS));
  // '' is the rollup's unknown date: it sorts before every date, and a NULL date matches no bound.
  if (f.from) parts.push(eb('r.date_from', '>=', f.from.trim().slice(0, 10)));
  if (f.to)
    parts.push(eb.and([eb('r.date_from', '<=', f.to.trim().slice(0, 10)), eb('r.date_from', '<>', '')]));
  return eb.and(parts);
}
