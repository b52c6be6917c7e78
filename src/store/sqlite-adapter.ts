import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { ArticleRows } from './article-rows.js';
import type { LapwingDb } from './db-schema.js';
import type { Bucket, DialectAdapter } from './dialect-adapter.js';
import type { SaveOutcome } from './store.js';

/** Runs `fn` again while SQLite reports the database busy or locked, up to `ms` milliseconds. */
function retryWhileBusy<T>(fn: () => T, ms: number): T {
  const until = Date.now() + ms;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (!/^SQLITE_(BUSY|LOCKED)/.test(code) || Date.now() >= until) throw e;
      // a short, growing pause: the other process needs a few milliseconds to finish its switch
      Atomics.wait(pause, 0, 0, Math.min(100, 5 * (attempt + 1)));
    }
  }
}

/** Below this many events the planner's choice does not matter and ANALYZE is skipped. */
const ANALYZE_MIN_EVENTS = 2000;

/**
 * SQLite through better-sqlite3: one connection, WAL (readers never block the writer), foreign
 * keys on, and `synchronous = NORMAL`, which in WAL mode keeps every commit atomic and durable
 * against process crashes (only an OS crash may lose the last commits, never half of one).
 */
export function sqliteAdapter(path: string, opts: { bulkLoad?: boolean } = {}): DialectAdapter {
  const database = new Database(path);
  try {
    // First, so that even switching a new file to WAL waits for another process opening it too.
    // Another process (a server reading while the CLI ingests) may hold the write lock briefly.
    database.pragma('busy_timeout = 10000');
    // Switching a new file to WAL while another process does the same may report SQLITE_BUSY at
    // once, without waiting on busy_timeout: try again for as long as busy_timeout would wait.
    retryWhileBusy(() => database.pragma('journal_mode = WAL'), 10_000);
    database.pragma('foreign_keys = ON');
    // Bulk load: a crash may lose or corrupt the file, which is rebuilt from its source anyway; in
    // exchange commits skip fsync and the indexes' pages stay in a large cache.
    database.pragma(opts.bulkLoad ? 'synchronous = OFF' : 'synchronous = NORMAL');
    // 64 MB of page cache keeps the event indexes' hot pages in memory during bulk loads.
    database.pragma(opts.bulkLoad ? 'cache_size = -1048576' : 'cache_size = -65536');
    if (opts.bulkLoad) {
      database.pragma('temp_store = MEMORY');
      // Fewer, larger checkpoints: the WAL may grow to ~1 GB between them.
      database.pragma('wal_autocheckpoint = 250000');
    }
  } catch (e) {
    database.close();
    throw e;
  }
  const db = new Kysely<LapwingDb>({ dialect: new SqliteDialect({ database }) });
  // The planner needs statistics to choose between the date-order index and the actor indexes:
  // without them a common actor's first page sorts every match (hundreds of ms at 30k events,
  // seconds at 1M) instead of reading 100 rows in date order. A sampled ANALYZE (analysis_limit,
  // or `pragma optimize`, which applies one) still picks the sort, so we run a full ANALYZE each
  // time the events table has doubled since the last: amortised, it reads each row about twice.
  // Counted lazily: the tables exist only once the migrations have run.
  let analyzedEvents = 0;
  let events: number | null = null;
  const countEvents = (): number => {
    if (events === null) {
      try {
        const stat = database
          .prepare("select stat from sqlite_stat1 where tbl = 'events' limit 1")
          .pluck()
          .get();
        analyzedEvents = Number(String(stat ?? '0').split(' ')[0]) || 0;
      } catch {
        analyzedEvents = 0; // no sqlite_stat1 yet: never analyzed
      }
      events = Number(database.prepare('select count(*) from events').pluck().get() ?? 0);
    }
    return events;
  };
  const noteStored = (n: number) => {
    const total = countEvents() + n;
    events = total;
    if (total >= ANALYZE_MIN_EVENTS && total >= 2 * analyzedEvents && !database.inTransaction) {
      database.exec('analyze');
      analyzedEvents = total;
    }
  };
  const statements = new Map<string, Database.Statement>();
  const insert = (table: string, rows: object[], tail = '') => {
    if (rows.length === 0) return 0;
    const cols = Object.keys(rows[0]);
    const key = `${table}|${cols.join(',')}|${tail}`;
    let st = statements.get(key);
    if (!st) {
      st = database.prepare(
        `insert into ${table} (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map(() => '?').join(', ')}) ${tail}`,
      );
      statements.set(key, st);
    }
    let changes = 0;
    for (const r of rows) {
      const row = r as Record<string, unknown>;
      changes += st.run(cols.map((c) => row[c] ?? null)).changes;
    }
    return changes;
  };
  const writeTx = database.transaction((rows: ArticleRows): SaveOutcome => {
    if (insert('articles', [rows.article], 'on conflict (id) do nothing') === 0) return 'duplicate';
    insert('article_analysis', [rows.analysis]);
    insert('sentences', rows.sentences);
    insert('mentions', rows.mentions);
    insert('actors', rows.actors, 'on conflict (code) do nothing');
    insert('events', rows.events);
    insert('event_evidence', rows.evidence);
    return 'stored';
  });
  const batchTx = database.transaction((batch: ArticleRows[]) =>
    batch.map((rows): SaveOutcome | Error => {
      try {
        // Nested in the batch transaction, better-sqlite3 runs this as a SAVEPOINT: a failure
        // rolls back this article alone.
        return writeTx(rows);
      } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
      }
    }),
  );
  return {
    caps: { dialect: 'sqlite', bulkCopy: false, concurrentWriters: false, monthPartitions: false },
    db,
    maxParams: 30_000,
    // One commit per 2000 articles: each commit rewrites the touched index pages into the WAL.
    bulkBatch: opts.bulkLoad ? 2000 : 500,
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
    async writeArticle(rows) {
      // Inside a transaction the shared path opened (and awaits), a synchronous write would join
      // it; let the caller queue behind Kysely's connection mutex instead.
      if (database.inTransaction) return null;
      // Prepared statements in one synchronous IMMEDIATE transaction: nothing else can run on
      // this connection until it commits or rolls back.
      countEvents();
      const out = writeTx.immediate(rows);
      if (out === 'stored') noteStored(rows.events.length);
      return out;
    },
    writeArticles(batch) {
      if (database.inTransaction) return null;
      // One commit per batch: a commit rewrites every touched index page into the WAL, which
      // costs far more than the inserts themselves when done once per article.
      countEvents(); // before the batch: the count must not include it twice
      const out = batchTx.immediate(batch);
      let n = 0;
      out.forEach((o, i) => {
        if (o === 'stored') n += batch[i].events.length;
      });
      noteStored(n);
      return out;
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
