import type { CodedEvent } from '../core/records.js';
import { type ArticleMeta, eventDay } from './article-meta.js';

/** CSV columns, in order. The README documents each one. */
export const CSV_COLUMNS = [
  'event_id',
  'article_id',
  'date',
  'date_to',
  'date_granularity',
  'plover_type',
  'plover_mode',
  'plover_context',
  'cameo',
  'cameo_root',
  'goldstein',
  'quad_class',
  'actor_code',
  'actor_name',
  'actor_country',
  'actor_sector',
  'actor_text',
  'recipient_code',
  'recipient_name',
  'recipient_country',
  'recipient_sector',
  'recipient_text',
  'claim',
  'claim_source',
  'place',
  'place_country',
  'lat',
  'lon',
  'killed_min',
  'killed_best',
  'killed_max',
  'injured_best',
  'confidence',
  'evidence',
  'evidence_start',
  'evidence_end',
  'sentence_index',
  'outlet',
  'published',
  'url',
  'rules',
] as const;

/** Quotes a CSV field per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header line. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

/** One event as a CSV line (no line break). */
export function csvRow(e: CodedEvent, meta: ArticleMeta | undefined): string {
  const k = e.casualties?.killed;
  const values: unknown[] = [
    e.id,
    e.articleId,
    eventDay(e.date?.from, meta),
    e.date?.to,
    e.date?.granularity,
    e.type,
    e.mode,
    e.context,
    e.cameo,
    e.cameo.slice(0, 2),
    e.goldstein,
    e.quad,
    e.actor.code,
    e.actor.name,
    e.actor.country,
    e.actor.sector,
    e.actor.text,
    e.recipient?.code,
    e.recipient?.name,
    e.recipient?.country,
    e.recipient?.sector,
    e.recipient?.text,
    e.claim,
    e.claimSource?.name,
    e.location?.name ?? e.location?.text,
    e.location?.country,
    e.location?.lat,
    e.location?.lon,
    k?.min,
    k?.best,
    k?.max,
    e.casualties?.injured?.best,
    e.confidence,
    e.evidence.text,
    e.evidence.start,
    e.evidence.end,
    e.sentence,
    meta?.outlet,
    meta?.published,
    meta?.url,
    e.rules.join(' '),
  ];
  return values.map(csvField).join(',');
}
