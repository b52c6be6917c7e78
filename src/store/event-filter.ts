import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ClaimStatus } from '../core/records.js';
import type { LapwingDb } from './db-schema.js';
import type { EventFilter } from './store.js';

/** Claim statuses left out when a filter names none: things that did not or may not happen. */
export const DEFAULT_EXCLUDED_CLAIMS: ClaimStatus[] = ['negated', 'hypothetical'];

type EventsEb = ExpressionBuilder<LapwingDb & { e: LapwingDb['events'] }, 'e'>;

/** Escapes LIKE wildcards so that user text matches literally (with `escape '\'`). */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `lower(col) like '%needle%'`, the same on both dialects (ASCII case folding in both). */
export function containsCi(column: string, needle: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${`%${likeEscape(needle.toLowerCase())}%`} escape '\\'`;
}

/**
 * `col` starts with `prefix`, written as a range so that a btree index serves it on both dialects
 * (byte order in SQLite and in PostgreSQL's "C" collation).
 */
export function startsWith(column: string, prefix: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${`${prefix}\uffff`})`;
}

/** A code prefix as codes are stored: upper case, trimmed. */
function code(s: string): string {
  return s.trim().toUpperCase();
}

/** Upper-case letters, digits and dashes, three or more: how CAMEO actor codes are written. */
export function looksLikeCode(s: string): boolean {
  return /^[A-Z0-9-]{3,}$/.test(s);
}

/** Only the day part of an ISO date or date-time. */
function day(s: string): string {
  return s.trim().slice(0, 10);
}

/** The WHERE clause of an event filter over `events as e`. */
export function eventWhere(eb: EventsEb, f: EventFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (f.actor?.trim()) {
    const a = f.actor.trim();
    const byCode = [startsWith('e.actor_code', code(a)), startsWith('e.recipient_code', code(a))];
    // A value typed as a code (`USA`, `COLGOV`) is only a code prefix, which the code indexes
    // serve; anything else may also be part of a name.
    parts.push(
      eb.or(
        looksLikeCode(a)
          ? byCode
          : [...byCode, containsCi('e.actor_name', a), containsCi('e.recipient_name', a)],
      ),
    );
  }
  if (f.recipient?.trim()) {
    const r = f.recipient.trim();
    const byCode = startsWith('e.recipient_code', code(r));
    parts.push(looksLikeCode(r) ? byCode : eb.or([byCode, containsCi('e.recipient_name', r)]));
  }
  if (f.dyad) {
    const [x, y] = [code(f.dyad[0]), code(f.dyad[1])];
    parts.push(
      eb.or([
        eb.and([startsWith('e.actor_code', x), startsWith('e.recipient_code', y)]),
        eb.and([startsWith('e.actor_code', y), startsWith('e.recipient_code', x)]),
      ]),
    );
  }
  if (f.type) parts.push(eb('e.type', '=', f.type));
  if (f.cameoRoot) parts.push(eb('e.cameo_root', '=', f.cameoRoot.padStart(2, '0').slice(0, 2)));
  if (f.claim && f.claim.length > 0) parts.push(eb('e.claim', 'in', f.claim));
  else parts.push(eb('e.claim', 'not in', DEFAULT_EXCLUDED_CLAIMS));
  if (f.from) parts.push(eb('e.date_from', '>=', day(f.from)));
  if (f.to) parts.push(eb('e.date_from', '<=', day(f.to)));
  if (f.place?.trim()) {
    const p = f.place.trim();
    const byName = containsCi('e.location_name', p);
    parts.push(/^[A-Za-z]{3}$/.test(p) ? eb.or([eb('e.location_country', '=', code(p)), byName]) : byName);
  }
  if (f.text?.trim()) parts.push(containsCi('e.sentence_text', f.text.trim()));
  if (f.articleId) parts.push(eb('e.article_id', '=', f.articleId));
  return eb.and(parts);
}
