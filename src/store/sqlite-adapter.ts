import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { LapwingDb } from './db-schema.js';
import type { Bucket, DialectAdapter } from './dialect-adapter.js';

/**
 * SQLite through better-sqlite3: one connection, WAL (readers never block the writer), foreign
 * keys on, and `synchronous = NORMAL`, which in WAL mode keeps every commit atomic and durable
 * against process crashes (only an OS crash may lose the last commits, never half of one).
 */
export function sqliteAdapter(path: string): DialectAdapter {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  // Another process (a server reading while the CLI ingests) may hold the write lock briefly.
  database.pragma('busy_timeout = 10000');
  const db = new Kysely<LapwingDb>({ dialect: new SqliteDialect({ database }) });
  return {
    caps: { dialect: 'sqlite', bulkCopy: false, concurrentWriters: false, monthPartitions: false },
    db,
    maxParams: 30_000,
    async transaction(fn) {
      // One connection behind Kysely's mutex: the whole transaction runs on it, unshared.
      return db.connection().execute(async (conn) => {
        // IMMEDIATE takes the write lock up front, so a concurrent writer process waits on
        // busy_timeout instead of failing mid-transaction on a lock upgrade.
        await sql`begin immediate`.execute(conn);
        try {
          const out = await fn(conn);
          await sql`commit`.execute(conn);
          return out;
        } catch (e) {
          await sql`rollback`.execute(conn);
          throw e;
        }
      });
    },
    isRetryable(err) {
      const code = (err as { code?: string }).code;
      return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
    },
    bucket(bucket: Bucket, column: string) {
      const c = sql.ref(column);
      if (bucket === 'day') return sql<string>`${c}`;
      if (bucket === 'month') return sql<string>`substr(${c}, 1, 7)`;
      // The Monday on or before the date: step back six days, then forward to a Monday.
      return sql<string>`date(${c}, '-6 days', 'weekday 1')`;
    },
    async close() {
      await db.destroy();
    },
  };
}
