/**
 * Row types of the Lapwing schema as Kysely sees them. Both dialects store the same columns with the
 * same meaning: ISO dates and JSON are text, numbers are integers or doubles, so that a row reads
 * back identically from SQLite and PostgreSQL.
 */

/** `articles`: one row per ingested article. */
export interface ArticleRow {
  id: string;
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  language: string;
  origin: string;
  format: string;
  ingested_at: string;
}

/** `article_analysis`: the annotation layers of an article kept as JSON. */
export interface ArticleAnalysisRow {
  article_id: string;
  quotes_json: string;
  markers_json: string;
  quantities_json: string;
  dates_json: string;
  /** Null when tokens were not kept. */
  tokens_json: string | null;
}

/** `sentences`. */
export interface SentenceRow {
  article_id: string;
  idx: number;
  start_offset: number;
  end_offset: number;
  paragraph: number;
  text: string;
}

/** `mentions`: mention ids are unique within an article. */
export interface MentionRow {
  article_id: string;
  id: string;
  /** Position in the article's mention list, so that reads return the list as written. */
  ord: number;
  sentence: number;
  start_offset: number;
  end_offset: number;
  text: string;
  kind: string;
  title: string | null;
  antecedent: string | null;
  canonical: string | null;
  actor_code: string | null;
  actor_country: string | null;
  actor_sector: string | null;
  actor_name: string | null;
  actor_json: string | null;
}

/** `actors`: every actor code seen, with the first name it was seen under. */
export interface ActorRow {
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
}

/** `events`: one coded event with its actors flattened for filtering. */
export interface EventRow {
  id: string;
  article_id: string;
  /** Position in the article's event list. */
  ord: number;
  sentence: number;
  type: string;
  mode: string | null;
  context: string | null;
  cameo: string;
  cameo_root: string;
  goldstein: number;
  quad: number;
  claim: string;
  actor_code: string;
  actor_country: string | null;
  actor_sector: string | null;
  actor_name: string;
  actor_json: string;
  recipient_code: string | null;
  recipient_country: string | null;
  recipient_sector: string | null;
  recipient_name: string | null;
  recipient_json: string | null;
  /** SQL NULL when the event had no `claimSource` key; the JSON text `null` when it was null. */
  claim_source_json: string | null;
  sentence_text: string;
  /** Event date, or the article's publication day when the event has none. */
  date_from: string | null;
  date_to: string | null;
  /** Null when the dates are the publication-date fallback (the event's own date was null). */
  date_granularity: string | null;
  location_name: string | null;
  location_country: string | null;
  location_lat: number | null;
  location_lon: number | null;
  location_json: string | null;
  confidence: number;
  rules_json: string;
  casualties_json: string | null;
}

/** `event_evidence`: the span an event rests on. */
export interface EventEvidenceRow {
  event_id: string;
  article_id: string;
  start_offset: number;
  end_offset: number;
  text: string;
}

/** `incidents`. */
export interface IncidentRow {
  id: string;
  type: string;
  cameo: string;
  date_from: string;
  date_to: string;
  date_granularity: string;
  reported: string | null;
  location_name: string | null;
  location_country: string | null;
  location_json: string | null;
  actors_json: string;
  recipients_json: string;
  casualties_json: string;
  killed_best: number | null;
  grade: string;
  campaign_id: string | null;
}

/** `incident_actors`: actor and recipient codes of incidents, for filtering. */
export interface IncidentActorRow {
  incident_id: string;
  role: string;
  ord: number;
  code: string;
  name: string;
}

/** `incident_sources`. */
export interface IncidentSourceRow {
  incident_id: string;
  ord: number;
  article_id: string;
  event_id: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  killed_json: string | null;
  evidence: string;
}

/** `campaigns`. */
export interface CampaignRow {
  id: string;
  name: string;
  actor_code: string;
  actor_json: string;
  target_sector: string | null;
  type: string;
  incident_ids_json: string;
  date_from: string;
  date_to: string;
  killed_sum: number;
  /** `Campaign.killed` as JSON; null in rows written before migration 0005. */
  killed_json: string | null;
  stated_totals_json: string;
}

/** `ingest_runs`. */
export interface IngestRunRow {
  id: string;
  started_at: string;
  finished_at: string | null;
  inputs_json: string;
  stored: number;
  skipped: number;
  failed: number;
  /** `running`, `finished`, or `unfinished` (its process died before finishing). */
  status: string | null;
  /** Process id and host name of the process that ran it. */
  pid: number | null;
  host: string | null;
}

/** `incidents_pending`: articles stored or deleted since the incident ledger last saw them. */
export interface IncidentsPendingRow {
  article_id: string;
  /** The rebuild that has read this row, or null while no rebuild has. */
  claimed: string | null;
}

/** What the day and month rollups share: the key columns but the period, and the measures. */
interface RollupRowBase {
  actor_code: string;
  recipient_code: string;
  type: string;
  mode: string;
  cameo_root: string;
  quad: number;
  claim: string;
  events: number;
  goldstein: number;
}

/**
 * `event_rollup`: events counted and Goldstein summed per key (migration 0004, kept by triggers).
 * Null recipients, dates and modes are stored as ''.
 */
export interface EventRollupRow extends RollupRowBase {
  date_from: string;
}

/** `event_rollup_month`: the rollup per month ('' when undated), with first and last event day. */
export interface EventRollupMonthRow extends RollupRowBase {
  month: string;
  first_date: string | null;
  last_date: string | null;
}

/** The whole schema, for `Kysely<LapwingDb>`. */
export interface LapwingDb {
  articles: ArticleRow;
  article_analysis: ArticleAnalysisRow;
  sentences: SentenceRow;
  mentions: MentionRow;
  actors: ActorRow;
  events: EventRow;
  event_evidence: EventEvidenceRow;
  incidents: IncidentRow;
  incident_actors: IncidentActorRow;
  incident_sources: IncidentSourceRow;
  campaigns: CampaignRow;
  ingest_runs: IngestRunRow;
  incidents_pending: IncidentsPendingRow;
  event_rollup: EventRollupRow;
  event_rollup_month: EventRollupMonthRow;
}
