import type { Kysely, RawBuilder } from 'kysely';
import type { ArticleRows } from './article-rows.js';
import type { LapwingDb } from './db-schema.js';
import type { SaveOutcome, StoreCapabilities } from './store.js';

/** Time-series bucket sizes. */
export type Bucket = 'day' | 'week' | 'month';

/**
 * What differs between SQL engines, after Kysely's own dialects: everything else in the store is
 * one shared implementation (`SqlStore`) over `Kysely<LapwingDb>`.
 */
export interface DialectAdapter {
  readonly caps: StoreCapabilities;
  readonly db: Kysely<LapwingDb>;
  /** Bind parameters allowed in one statement, with a margin. */
  readonly maxParams: number;
  /** Articles per `saveArticles` transaction (default 200). */
  readonly bulkBatch?: number;
  /** Runs `fn` in one write transaction; commits if it resolves, rolls back if it throws. */
  transaction<T>(fn: (trx: Kysely<LapwingDb>) => Promise<T>): Promise<T>;
  /** Errors worth retrying the whole transaction for (deadlock, serialization failure, busy). */
  isRetryable(err: unknown): boolean;
  /** SQL for the period label of an ISO-date column: `YYYY-MM-DD`, Monday of the ISO week, `YYYY-MM`. */
  bucket(bucket: Bucket, column: string): RawBuilder<string>;
  /**
   * Optional bulk path storing many articles at once, all-or-nothing for the whole batch (so each
   * article is still all-or-nothing). Returns outcomes in input order, or throws, in which case
   * the caller retries article by article to isolate the failure.
   */
  bulkSave?(batch: ArticleRows[]): Promise<SaveOutcome[]>;
  /**
   * Optional fast path writing one article atomically without the query builder (prepared
   * statements, or one statement). Resolves null when it cannot run now: the shared path is used.
   */
  writeArticle?(rows: ArticleRows): Promise<SaveOutcome | null>;
  /**
   * Optional fast path for many articles: each article atomic on its own (a savepoint), the batch
   * committed at once. A failing article yields its Error and leaves the others. Null when it
   * cannot run now.
   */
  writeArticles?(batch: ArticleRows[]): (SaveOutcome | Error)[] | null;
  close(): Promise<void>;
}
