import type { KeepOptions } from './article-rows.js';
import type { DialectAdapter } from './dialect-adapter.js';
import { SqlStore } from './sql-store.js';
import { sqliteAdapter } from './sqlite-adapter.js';
import type { Store } from './store.js';
import { openProblem, StoreOpenError } from './store-open-error.js';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** What to keep beyond the default layers. */
  keep?: KeepOptions;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /**
   * Use the engine's fast write paths (prepared statements, one-statement saves, COPY). Default
   * true; false writes through the shared query-builder path only (the conformance suite runs both).
   */
  fastWrites?: boolean;
  /**
   * Read series, actor activity and the network from the `event_rollup` table when the filter
   * allows (default true). False always aggregates the events themselves (the conformance suite
   * compares both).
   */
  rollup?: boolean;
  /**
   * SQLite only: settings for building a database in bulk (no fsync, a 1 GB page cache, 2000
   * articles per commit). A crash during the load may corrupt the file; use it for files that can
   * be rebuilt (benchmarks, one-off imports), never for a store being served.
   */
  bulkLoad?: boolean;
}

/** True for the URLs that name a PostgreSQL database. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens the store named by a file path (SQLite, created if missing) or a `postgres://` /
 * `postgresql://` URL, and brings its schema up to date. A database that cannot be opened (bad
 * path, not a database, server unreachable) rejects with `StoreOpenError`, whose `problem` names
 * it and says what was expected.
 */
export async function openStore(db: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const dialect = isPostgresUrl(db) ? 'postgres' : 'sqlite';
  let adapter: DialectAdapter;
  try {
    if (dialect === 'postgres') {
      const { postgresAdapter } = await import('./postgres-adapter.js');
      adapter = postgresAdapter(db, { poolSize: opts.poolSize });
    } else {
      adapter = sqliteAdapter(db, { bulkLoad: opts.bulkLoad });
    }
  } catch (e) {
    throw new StoreOpenError(openProblem(db, dialect, e), { cause: e });
  }
  if (opts.fastWrites === false) {
    adapter = { ...adapter, writeArticle: undefined, writeArticles: undefined, bulkSave: undefined };
  }
  const store = new SqlStore(adapter, opts.keep, opts.rollup !== false);
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => {});
    throw new StoreOpenError(openProblem(db, dialect, e), { cause: e });
  }
  return store;
}
