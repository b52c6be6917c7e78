import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { redactUrl } from '../core/redact-url.js';
import type { Store } from '../store/store.js';
import { UsageError } from './exit-codes.js';

/** The database every command uses unless `--db` says otherwise: a SQLite file in the cwd. */
export const DEFAULT_DB = 'lapwing.sqlite';

/** The database `lapwing demo` and `npm start` write. */
export const DEMO_DB = 'lapwing-demo.sqlite';

/**
 * The database a read command opens: `db`, or, when that is the default file and it does not
 * exist but the demo's does (after `npm start`), the demo's, with a note on stderr.
 */
export function readableDb(db: string): string {
  if (db === DEFAULT_DB && !existsSync(db) && existsSync(DEMO_DB)) {
    process.stderr.write(`lapwing: ${DEFAULT_DB} does not exist; reading the demo database ${DEMO_DB}\n`);
    return DEMO_DB;
  }
  return db;
}

/** Refuses a SQLite path that does not exist, so that a mistyped `--db` is not a new empty database. */
export function mustExist(db: string, hint: string): void {
  if (!/^postgres(ql)?:\/\//i.test(db) && !existsSync(db))
    throw new UsageError(`database ${db} does not exist (${hint})`);
}

/** Adds the common `--db` option. */
export function addDbOption(cmd: Command, fallback = DEFAULT_DB): Command {
  return cmd.option('--db <path|url>', 'SQLite file or postgres:// URL', fallback);
}

/**
 * Opens the store, runs `fn`, and closes the store whatever happens. Read-only commands pass
 * `mustExist` so that a mistyped `--db` path is an error rather than a new empty database.
 */
export async function withStore<T>(
  db: string,
  fn: (store: Store) => Promise<T>,
  opts: { mustExist?: boolean } = {},
): Promise<T> {
  if (opts.mustExist) {
    db = readableDb(db);
    mustExist(db, 'create it with lapwing ingest, or pass --db');
  }
  let store: Store;
  try {
    // Loaded on demand so that --help and usage errors do not pay for the store's start-up.
    const { openStore } = await import('../store/open-store.js');
    store = await openStore(db);
  } catch (e) {
    throw new Error(`cannot open database ${redactUrl(db)}: ${(e as Error).message}`);
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
