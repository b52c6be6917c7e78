import type { CodedEvent } from '../core/records.js';
import { type ArticleMeta, eventDay } from './article-meta.js';
import { type EventCasualties, eventCasualties, shownCount } from './casualty-figures.js';
import type { IncidentIndex } from './incident-index.js';

/** RFC 4180 ends every record, the header included, with CRLF. */
export const CSV_EOL = '\r\n';

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
  'killed_qualifier',
  'killed_shown',
  'killed_total_min',
  'killed_total_best',
  'killed_total_shown',
  'injured_min',
  'injured_best',
  'injured_max',
  'injured_shown',
  'casualty_claim',
  'casualty_source',
  'incident_id',
  'incident_counted',
  'incident_killed_low',
  'incident_killed_best',
  'incident_killed_high',
  'incident_killed_shown',
  'incident_injured_best',
  'confidence',
  'evidence',
  'evidence_sentence',
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

function casualtyCells(e: CodedEvent, c: EventCasualties): unknown[] {
  const any = c.killed || c.killedTotal || c.injured;
  return [
    c.killed?.low,
    c.killed?.best,
    c.killed?.high,
    c.killed?.qualifier,
    c.killed?.shown,
    c.killedTotal?.low,
    c.killedTotal?.best,
    c.killedTotal?.shown,
    c.injured?.low,
    c.injured?.best,
    c.injured?.high,
    c.injured?.shown,
    any ? e.claim : null,
    any ? e.claimSource?.name : null,
    c.incident?.id,
    c.incident ? (c.counted ? 1 : 0) : null,
    c.incidentKilled?.low,
    c.incidentKilled?.best,
    c.incidentKilled?.high,
    shownCount(c.incidentKilled),
    c.incidentInjured?.best,
  ];
}

/**
 * One event as a CSV record (no line break). `killed_*` is this article's figure for the
 * incident, never a running total (those are in `killed_total_*`); `incident_killed_*` is filled on
 * one row per ledger incident, so its sum is the ledger's total.
 */
export function csvRow(
  e: CodedEvent,
  meta: ArticleMeta | undefined,
  incidents: IncidentIndex | null = null,
): string {
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
    ...casualtyCells(e, eventCasualties(e, incidents)),
    e.confidence,
    e.evidence.text,
    e.sentenceText,
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
