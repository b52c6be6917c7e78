import type { Article, CodedEvent, DateGranularity, EventActor, Place } from '../core/records.js';
import type { EventEvidenceRow, EventRow } from './db-schema.js';

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** The publication day of an article (`YYYY-MM-DD`), when its date is known and valid. */
export function publicationDay(published: string | null): string | null {
  const day = published ? published.slice(0, 10) : null;
  return day && isIsoDay(day) ? day : null;
}

/** Flattens an event into its row and evidence row. */
export function eventToRows(
  e: CodedEvent,
  article: Article,
  ord: number,
): { event: EventRow; evidence: EventEvidenceRow } {
  const fallback = publicationDay(article.published);
  if (e.date && !(isIsoDay(e.date.from) && isIsoDay(e.date.to))) {
    // Dates are bucketed and compared as days on both engines; a malformed one is a coding bug.
    throw new Error(
      `event ${e.id}: date ${e.date.from}..${e.date.to} is not a pair of ISO days (YYYY-MM-DD)`,
    );
  }
  const r = e.recipient;
  const event: EventRow = {
    id: e.id,
    article_id: e.articleId,
    ord,
    sentence: e.sentence,
    type: e.type,
    mode: e.mode,
    context: e.context,
    cameo: e.cameo,
    cameo_root: e.cameo.slice(0, 2),
    goldstein: e.goldstein,
    quad: e.quad,
    claim: e.claim,
    actor_code: e.actor.code,
    actor_country: e.actor.country,
    actor_sector: e.actor.sector,
    actor_name: e.actor.name,
    actor_json: JSON.stringify(e.actor),
    recipient_code: r ? r.code : null,
    recipient_country: r ? r.country : null,
    recipient_sector: r ? r.sector : null,
    recipient_name: r ? r.name : null,
    recipient_json: r ? JSON.stringify(r) : null,
    claim_source_json: e.claimSource === undefined ? null : JSON.stringify(e.claimSource),
    sentence_text: e.sentenceText,
    date_from: e.date ? e.date.from : fallback,
    date_to: e.date ? e.date.to : fallback,
    date_granularity: e.date ? e.date.granularity : null,
    location_name: e.location?.name ?? null,
    location_country: e.location?.country ?? null,
    location_lat: e.location?.lat ?? null,
    location_lon: e.location?.lon ?? null,
    location_json: e.location ? JSON.stringify(e.location) : null,
    confidence: e.confidence,
    rules_json: JSON.stringify(e.rules),
    casualties_json: e.casualties === undefined ? null : JSON.stringify(e.casualties),
  };
  const evidence: EventEvidenceRow = {
    event_id: e.id,
    article_id: e.articleId,
    start_offset: e.evidence.start,
    end_offset: e.evidence.end,
    text: e.evidence.text,
  };
  return { event, evidence };
}

/** An event row joined with its evidence columns. */
export type EventWithEvidence = EventRow & { ev_start: number; ev_end: number; ev_text: string };

/** Rebuilds the event a row was made from. */
export function rowToEvent(row: EventWithEvidence): CodedEvent {
  const e: CodedEvent = {
    id: row.id,
    articleId: row.article_id,
    sentence: Number(row.sentence),
    type: row.type,
    mode: row.mode,
    context: row.context,
    cameo: row.cameo,
    goldstein: Number(row.goldstein),
    quad: Number(row.quad) as CodedEvent['quad'],
    actor: JSON.parse(row.actor_json) as EventActor,
    recipient: row.recipient_json ? (JSON.parse(row.recipient_json) as EventActor) : null,
    claim: row.claim as CodedEvent['claim'],
    evidence: { start: Number(row.ev_start), end: Number(row.ev_end), text: row.ev_text },
    sentenceText: row.sentence_text,
    date:
      row.date_granularity && row.date_from && row.date_to
        ? { from: row.date_from, to: row.date_to, granularity: row.date_granularity as DateGranularity }
        : null,
    location: row.location_json ? (JSON.parse(row.location_json) as Place) : null,
    confidence: Number(row.confidence),
    rules: JSON.parse(row.rules_json) as string[],
  };
  if (row.claim_source_json !== null) e.claimSource = JSON.parse(row.claim_source_json) as EventActor | null;
  if (row.casualties_json !== null)
    e.casualties = JSON.parse(row.casualties_json) as CodedEvent['casualties'];
  return e;
}
