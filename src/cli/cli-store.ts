import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { redactUrl } from '../core/redact-url.js';
import type { Store } from '../store/store.js';
import { UsageError } from './exit-codes.js';

/** The database every command uses unless `--db` says otherwise: a SQLite file in the cwd. */
export const DEFAULT_DB = 'lapwing.sqlite';

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
  if (opts.mustExist && !/^postgres(ql)?:\/\//i.test(db) && !existsSync(db)) {
    throw new UsageError(`database ${db} does not exist (create it with lapwing ingest, or pass --db)`);
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
