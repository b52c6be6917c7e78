import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { LapwingDb } from './db-schema.js';
import type { Bucket, DialectAdapter } from './dialect-adapter.js';
import { bulkSaveWithCopy } from './postgres-bulk.js';
import { saveArticleOneStatement } from './postgres-single.js';

/** Options of the PostgreSQL adapter. */
export interface PostgresOptions {
  poolSize?: number;
}

/** SQLSTATEs after which retrying the whole transaction is the documented remedy. */
const RETRYABLE = new Set(['40001', '40P01']);

/** PostgreSQL through `pg`, pooled: many processes and connections may write at once. */
export function postgresAdapter(url: string, opts: PostgresOptions = {}): DialectAdapter {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: 15_000,
  });
  // An idle pooled connection dropped by the server (restart, failover) must not crash the
  // process; the pool discards it and the next query reconnects or reports the error.
  pool.on('error', () => {});
  const db = new Kysely<LapwingDb>({ dialect: new PostgresDialect({ pool }) });
  return {
    caps: { dialect: 'postgres', bulkCopy: true, concurrentWriters: true, monthPartitions: false },
    db,
    maxParams: 60_000,
    transaction(fn) {
      return db.transaction().execute(fn);
    },
    isRetryable(err) {
      return RETRYABLE.has((err as { code?: string }).code ?? '');
    },
    writeArticle(rows) {
      return saveArticleOneStatement(pool, rows);
    },
    bulkSave(batch) {
      return bulkSaveWithCopy(pool, batch);
    },
    bucket(bucket: Bucket, column: string) {
      const c = sql.ref(column);
      if (bucket === 'day') return sql<string>`${c}`;
      if (bucket === 'month') return sql<string>`substr(${c}, 1, 7)`;
      return sql<string>`to_char(date_trunc('week', ${c}::date), 'YYYY-MM-DD')`;
    },
    async close() {
      await db.destroy();
    },
  };
}
