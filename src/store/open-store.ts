import type { KeepOptions } from './article-rows.js';
import { SqlStore } from './sql-store.js';
import { sqliteAdapter } from './sqlite-adapter.js';
import type { Store } from './store.js';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** What to keep beyond the default layers. */
  keep?: KeepOptions;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

/** True for the URLs that name a PostgreSQL database. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens the store named by a file path (SQLite, created if missing) or a `postgres://` /
 * `postgresql://` URL, and brings its schema up to date.
 */
export async function openStore(db: string, opts: OpenStoreOptions = {}): Promise<Store> {
  let store: SqlStore;
  if (isPostgresUrl(db)) {
    const { postgresAdapter } = await import('./postgres-adapter.js');
    store = new SqlStore(postgresAdapter(db, { poolSize: opts.poolSize }), opts.keep);
  } else {
    store = new SqlStore(sqliteAdapter(db), opts.keep);
  }
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
