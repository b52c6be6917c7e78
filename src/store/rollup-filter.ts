import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { LapwingDb } from './db-schema.js';
import { DEFAULT_EXCLUDED_CLAIMS, looksLikeCode, startsWith } from './event-filter.js';
import type { EventFilter } from './store.js';

type RollupEb = ExpressionBuilder<LapwingDb & { r: LapwingDb['event_rollup'] }, 'r'>;
type MonthRollupEb = ExpressionBuilder<LapwingDb & { r: LapwingDb['event_rollup_month'] }, 'r'>;

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

/** The last day of the month of an ISO day. */
function lastDayOfMonth(d: string): string {
  const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${d.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/**
 * True when the month rollup answers the filter exactly: the day rollup does, and the date range
 * is made of whole months (starts on a 1st, ends on a month's last day) or absent.
 */
export function monthRollupServes(f: EventFilter): boolean {
  if (!rollupServes(f)) return false;
  const from = f.from?.trim().slice(0, 10);
  const to = f.to?.trim().slice(0, 10);
  if (from && !/^\d{4}-\d{2}-01$/.test(from)) return false;
  if (to && !(/^\d{4}-\d{2}-\d{2}$/.test(to) && to === lastDayOfMonth(to))) return false;
  return true;
}

/** `rollupWhere` over `event_rollup_month as r`, for filters that `monthRollupServes`. */
export function monthRollupWhere(eb: MonthRollupEb, f: EventFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [codeWhere(eb as unknown as RollupEb, f)];
  if (f.from) parts.push(eb('r.month', '>=', f.from.trim().slice(0, 7)));
  if (f.to) parts.push(eb.and([eb('r.month', '<=', f.to.trim().slice(0, 7)), eb('r.month', '<>', '')]));
  return eb.and(parts);
}

/** The conditions on the columns both rollups share (codes, type, CAMEO root, claim). */
function codeWhere(eb: RollupEb, f: EventFilter): Expression<SqlBool> {
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
  return eb.and(parts);
}

/**
 * The WHERE clause of `eventWhere` over `event_rollup as r`, for filters that `rollupServes`. It
 * must select exactly the rollup rows whose events `eventWhere` selects.
 */
export function rollupWhere(eb: RollupEb, f: EventFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [codeWhere(eb, f)];
  // '' is the rollup's unknown date: it sorts before every date, and a NULL date matches no bound.
  if (f.from) parts.push(eb('r.date_from', '>=', f.from.trim().slice(0, 10)));
  if (f.to)
    parts.push(eb.and([eb('r.date_from', '<=', f.to.trim().slice(0, 10)), eb('r.date_from', '<>', '')]));
  return eb.and(parts);
}
