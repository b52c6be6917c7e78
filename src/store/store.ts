import type { Article, Campaign, ClaimStatus, CodedArticle, CodedEvent, Incident } from '../core/records.js';
import type { ArticleLayer, LayerSlice, TrimmedArticle } from './article-layers.js';
import type { DeleteCounts } from './delete-articles.js';

export type { ArticleLayer, DeleteCounts, LayerSlice, TrimmedArticle };

/** What an adapter can do beyond the common interface (after Kysely's dialect capabilities). */
export interface StoreCapabilities {
  dialect: 'sqlite' | 'postgres';
  /** Bulk loading through COPY or equivalent. */
  bulkCopy: boolean;
  /** Several processes may write at once. */
  concurrentWriters: boolean;
  /** Events are partitioned by month. */
  monthPartitions: boolean;
}

/** Filters shared by event queries, exports and time series. */
export interface EventFilter {
  /** Actor code prefix or name substring on either side. */
  actor?: string;
  /** Recipient code prefix or name substring. */
  recipient?: string;
  /** Two actor code prefixes: events between them in either direction. */
  dyad?: [string, string];
  type?: string;
  /** CAMEO root, two digits. */
  cameoRoot?: string;
  /** Claim statuses to include. Default excludes `negated` and `hypothetical`. */
  claim?: ClaimStatus[];
  /** ISO dates, inclusive, on the event date (falling back to publication date). */
  from?: string;
  to?: string;
  /** Place name substring or country code. */
  place?: string;
  /** Full-text substring on the evidence sentence. */
  text?: string;
  articleId?: string;
}

/** Filters of the incident ledger. */
export interface IncidentFilter {
  /** ISO dates, inclusive, on the incident's first day. */
  from?: string;
  to?: string;
  /** Actor code prefix or name substring of any of its actors or recipients. */
  actor?: string;
  type?: string;
  place?: string;
  campaignId?: string;
  /** Keeps incidents with at least one source event that matches this event filter. */
  events?: EventFilter;
}

/** A page of results with an opaque cursor to the next one. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** Counts of what the store holds. */
export interface StoreStats {
  articles: number;
  articlesByLanguage: Record<string, number>;
  sentences: number;
  mentions: number;
  events: number;
  eventsByType: Record<string, number>;
  incidents: number;
  campaigns: number;
  runs: number;
}

/** A summary of one ingest run. */
export interface IngestRun {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  inputs: string[];
  stored: number;
  skipped: number;
  failed: number;
  /**
   * `running` while its process works; `finished`; `unfinished` when the process died before
   * finishing it (found by a later run on the same host).
   */
  status: 'running' | 'finished' | 'unfinished';
}

/** One bucket of a dyad time series. */
export interface SeriesPoint {
  period: string;
  events: number;
  goldstein: number;
  /**
   * Sum of PLOVER intensity (-10 most conflictual, +10 most cooperative) of the events' type and
   * mode, from `data/ontology/plover-types.yaml`: the mode's score where it has one, else the type's.
   */
  intensity: number;
  conflict: number;
  cooperation: number;
  /**
   * With `imprecise` asked for: of the conflict and cooperation events counted here, those known
   * only to a month or a range of days, which a series counts in the bucket of their first day.
   */
  impreciseConflict?: number;
  impreciseCooperation?: number;
}

/** An actor code with its activity. */
export interface ActorActivity {
  code: string;
  name: string;
  asActor: number;
  asRecipient: number;
  goldsteinSum: number;
  first: string | null;
  last: string | null;
}

/** Outcome of storing one article. */
export type SaveOutcome = 'stored' | 'duplicate';

/**
 * Storage behind one small interface, implemented by SQLite (embedded default) and PostgreSQL.
 * Every write of an article happens in one transaction: all of it or none of it.
 */
export interface Store {
  readonly caps: StoreCapabilities;
  /** Creates or upgrades the schema. Idempotent. */
  migrate(): Promise<void>;
  hasArticle(id: string): Promise<boolean>;
  /** Stores an article with its sentences, mentions and events in one transaction. */
  saveArticle(coded: CodedArticle): Promise<SaveOutcome>;
  /**
   * Stores many articles, each all-or-nothing, much faster than one `saveArticle` call per article:
   * SQLite commits a batch at once with a savepoint per article; PostgreSQL COPYs a batch and
   * falls back to one transaction per article if any of it fails. Returns one outcome per input,
   * in input order. An article that fails to store is an `Error` in its slot; the others are kept.
   * A crash mid-batch may lose the uncommitted batch, never part of an article.
   */
  saveArticles(coded: CodedArticle[]): Promise<(SaveOutcome | Error)[]>;
  getArticle(id: string): Promise<CodedArticle | null>;
  /**
   * The article with at most `limit` items of each annotation layer and every layer's size,
   * read a page at a time (an answer whose size does not grow with the article's).
   */
  getArticleTrimmed(id: string, limit: number): Promise<TrimmedArticle | null>;
  /** Items `offset` to `offset + limit` of one layer of an article; null when it is not stored. */
  getArticleLayer(
    id: string,
    layer: ArticleLayer,
    opts: { offset: number; limit: number },
  ): Promise<LayerSlice | null>;
  listArticles(opts: { limit: number; cursor?: string | null; language?: string }): Promise<Page<Article>>;
  /**
   * Events matching the filter ordered by (event date, id), unknown dates first; `order: 'desc'`
   * reverses it (newest first, unknown dates last). The cursor is opaque; a foreign or altered
   * cursor throws `InvalidCursorError` (with a `problem`).
   */
  queryEvents(
    filter: EventFilter,
    opts: { limit: number; cursor?: string | null; order?: 'asc' | 'desc' },
  ): Promise<Page<CodedEvent>>;
  /** Every event matching the filter, streamed in id order (for exports and clustering). */
  iterateEvents(filter: EventFilter): AsyncIterable<CodedEvent>;
  /**
   * Replaces the incident ledger and campaigns (incidents keep stable ids across rebuilds). With
   * `settles`, the token of {@link claimPendingIncidents} taken before the events were read, the
   * pending marks it claimed are cleared in the same transaction.
   */
  replaceIncidents(incidents: Incident[], campaigns: Campaign[], opts?: { settles?: string }): Promise<void>;
  /**
   * Whether articles were stored or deleted since the incident ledger last saw them. Marks are
   * written by the store in each article's own transaction, so they survive a crash between the
   * commit and the rebuild.
   */
  incidentsPending(): Promise<boolean>;
  /**
   * Claims every pending mark for a rebuild about to read the events, and returns the claim's
   * token for `replaceIncidents`. Marks written after the claim stay pending.
   */
  claimPendingIncidents(): Promise<string>;
  /**
   * Deletes articles with their analysis, sentences, mentions and events, in one transaction;
   * rollups follow and the incident rebuild is marked pending (the caller then rebuilds).
   */
  deleteArticles(ids: string[]): Promise<DeleteCounts>;
  queryIncidents(
    filter: IncidentFilter,
    /** `maxSources`: keep the first N sources of each incident and set its `sourceCount`. */
    opts: { limit: number; cursor?: string | null; maxSources?: number },
  ): Promise<Page<Incident>>;
  /**
   * One incident with all its sources (or the first `maxSources`, with `sourceCount`), or null
   * when no incident has that id.
   */
  getIncident(id: string, opts?: { maxSources?: number }): Promise<Incident | null>;
  /** Sources `offset` to `offset + limit` of an incident, in order; null when there is no such incident. */
  incidentSources(
    id: string,
    opts: { offset: number; limit: number },
  ): Promise<{ items: Incident['sources']; total: number } | null>;
  listCampaigns(): Promise<Campaign[]>;
  /** Display names of actor codes (the first name each code was stored under); unknown codes are left out. */
  actorNames(codes: string[]): Promise<Map<string, string>>;
  dyadSeries(
    filter: EventFilter,
    bucket: 'day' | 'week' | 'month',
    opts?: { imprecise?: boolean },
  ): Promise<SeriesPoint[]>;
  actorActivity(filter: EventFilter, limit: number): Promise<ActorActivity[]>;
  /** Weighted directed edges between actor codes. */
  actorNetwork(
    filter: EventFilter,
    limit: number,
  ): Promise<{ source: string; target: string; events: number; goldstein: number }[]>;
  /** Records a run as `running` by this process (pid and host). */
  startRun(inputs: string[]): Promise<string>;
  /**
   * Marks as `unfinished` the runs still `running` whose process on this host no longer exists
   * (killed, crashed). Returns how many.
   */
  markUnfinishedRuns(): Promise<number>;
  finishRun(id: string, counts: { stored: number; skipped: number; failed: number }): Promise<void>;
  listRuns(limit: number): Promise<IngestRun[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
