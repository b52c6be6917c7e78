import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { StoreCapabilities } from './store.js';

type Dialect = StoreCapabilities['dialect'];

/** Name of the table that records applied migrations. */
export const MIGRATION_TABLE = 'lapwing_migrations';

/**
 * Column types per dialect. PostgreSQL text columns use the "C" collation so that ordering and
 * prefix ranges compare bytes, exactly as SQLite does, whatever the database's default locale.
 */
function types(dialect: Dialect) {
  const pg = dialect === 'postgres';
  return {
    text: pg ? sql`text collate "C"` : sql`text`,
    int: sql`integer`,
    real: pg ? sql`double precision` : sql`real`,
  };
}

/**
 * Runs `fn` (which creates trigram indexes) if the pg_trgm extension exists or may be created by
 * this role; otherwise skips it, leaving substring filters to work by scanning. A savepoint keeps
 * the failure from aborting the migration's transaction.
 */
async function withTrigrams(db: Kysely<unknown>, fn: () => Promise<unknown>): Promise<void> {
  await sql`savepoint lapwing_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await fn();
    await sql`release savepoint lapwing_trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint lapwing_trgm`.execute(db);
  }
}

function schemaV1(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const t = types(dialect);
      const s = db.schema;
      await s
        .createTable('articles')
        .ifNotExists()
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('text', t.text, (c) => c.notNull())
        .addColumn('title', t.text)
        .addColumn('outlet', t.text)
        .addColumn('published', t.text)
        .addColumn('url', t.text)
        .addColumn('language', t.text, (c) => c.notNull())
        .addColumn('origin', t.text, (c) => c.notNull())
        .addColumn('format', t.text, (c) => c.notNull())
        .addColumn('ingested_at', t.text, (c) => c.notNull())
        .execute();
      await s
        .createTable('article_analysis')
        .ifNotExists()
        .addColumn('article_id', t.text, (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('quotes_json', t.text, (c) => c.notNull())
        .addColumn('markers_json', t.text, (c) => c.notNull())
        .addColumn('quantities_json', t.text, (c) => c.notNull())
        .addColumn('dates_json', t.text, (c) => c.notNull())
        .addColumn('tokens_json', t.text)
        .execute();
      await s
        .createTable('sentences')
        .ifNotExists()
        .addColumn('article_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('idx', t.int, (c) => c.notNull())
        .addColumn('start_offset', t.int, (c) => c.notNull())
        .addColumn('end_offset', t.int, (c) => c.notNull())
        .addColumn('paragraph', t.int, (c) => c.notNull())
        .addColumn('text', t.text, (c) => c.notNull())
        .addPrimaryKeyConstraint('sentences_pk', ['article_id', 'idx'])
        .execute();
      await s
        .createTable('mentions')
        .ifNotExists()
        .addColumn('article_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('id', t.text, (c) => c.notNull())
        .addColumn('ord', t.int, (c) => c.notNull())
        .addColumn('sentence', t.int, (c) => c.notNull())
        .addColumn('start_offset', t.int, (c) => c.notNull())
        .addColumn('end_offset', t.int, (c) => c.notNull())
        .addColumn('text', t.text, (c) => c.notNull())
        .addColumn('kind', t.text, (c) => c.notNull())
        .addColumn('title', t.text)
        .addColumn('antecedent', t.text)
        .addColumn('canonical', t.text)
        .addColumn('actor_code', t.text)
        .addColumn('actor_country', t.text)
        .addColumn('actor_sector', t.text)
        .addColumn('actor_name', t.text)
        .addColumn('actor_json', t.text)
        .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'id'])
        .execute();
      await s
        .createTable('actors')
        .ifNotExists()
        .addColumn('code', t.text, (c) => c.primaryKey())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('country', t.text)
        .addColumn('sector', t.text)
        .execute();
      await s
        .createTable('events')
        .ifNotExists()
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('article_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('ord', t.int, (c) => c.notNull())
        .addColumn('sentence', t.int, (c) => c.notNull())
        .addColumn('type', t.text, (c) => c.notNull())
        .addColumn('mode', t.text)
        .addColumn('context', t.text)
        .addColumn('cameo', t.text, (c) => c.notNull())
        .addColumn('cameo_root', t.text, (c) => c.notNull())
        .addColumn('goldstein', t.real, (c) => c.notNull())
        .addColumn('quad', t.int, (c) => c.notNull())
        .addColumn('claim', t.text, (c) => c.notNull())
        .addColumn('actor_code', t.text, (c) => c.notNull())
        .addColumn('actor_country', t.text)
        .addColumn('actor_sector', t.text)
        .addColumn('actor_name', t.text, (c) => c.notNull())
        .addColumn('actor_json', t.text, (c) => c.notNull())
        .addColumn('recipient_code', t.text)
        .addColumn('recipient_country', t.text)
        .addColumn('recipient_sector', t.text)
        .addColumn('recipient_name', t.text)
        .addColumn('recipient_json', t.text)
        .addColumn('claim_source_json', t.text)
        .addColumn('sentence_text', t.text, (c) => c.notNull())
        .addColumn('date_from', t.text)
        .addColumn('date_to', t.text)
        .addColumn('date_granularity', t.text)
        .addColumn('location_name', t.text)
        .addColumn('location_country', t.text)
        .addColumn('location_lat', t.real)
        .addColumn('location_lon', t.real)
        .addColumn('location_json', t.text)
        .addColumn('confidence', t.real, (c) => c.notNull())
        .addColumn('rules_json', t.text, (c) => c.notNull())
        .addColumn('casualties_json', t.text)
        .execute();
      await s
        .createTable('event_evidence')
        .ifNotExists()
        .addColumn('event_id', t.text, (c) => c.primaryKey().references('events.id').onDelete('cascade'))
        .addColumn('article_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('start_offset', t.int, (c) => c.notNull())
        .addColumn('end_offset', t.int, (c) => c.notNull())
        .addColumn('text', t.text, (c) => c.notNull())
        .execute();
      await s
        .createTable('incidents')
        .ifNotExists()
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('type', t.text, (c) => c.notNull())
        .addColumn('cameo', t.text, (c) => c.notNull())
        .addColumn('date_from', t.text, (c) => c.notNull())
        .addColumn('date_to', t.text, (c) => c.notNull())
        .addColumn('date_granularity', t.text, (c) => c.notNull())
        .addColumn('reported', t.text)
        .addColumn('location_name', t.text)
        .addColumn('location_country', t.text)
        .addColumn('location_json', t.text)
        .addColumn('actors_json', t.text, (c) => c.notNull())
        .addColumn('recipients_json', t.text, (c) => c.notNull())
        .addColumn('casualties_json', t.text, (c) => c.notNull())
        .addColumn('killed_best', t.real)
        .addColumn('grade', t.text, (c) => c.notNull())
        .addColumn('campaign_id', t.text)
        .execute();
      await s
        .createTable('incident_actors')
        .ifNotExists()
        .addColumn('incident_id', t.text, (c) => c.notNull().references('incidents.id').onDelete('cascade'))
        .addColumn('role', t.text, (c) => c.notNull())
        .addColumn('ord', t.int, (c) => c.notNull())
        .addColumn('code', t.text, (c) => c.notNull())
        .addColumn('name', t.text, (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_actors_pk', ['incident_id', 'role', 'ord'])
        .execute();
      await s
        .createTable('incident_sources')
        .ifNotExists()
        .addColumn('incident_id', t.text, (c) => c.notNull().references('incidents.id').onDelete('cascade'))
        .addColumn('ord', t.int, (c) => c.notNull())
        .addColumn('article_id', t.text, (c) => c.notNull())
        .addColumn('event_id', t.text, (c) => c.notNull())
        .addColumn('outlet', t.text)
        .addColumn('url', t.text)
        .addColumn('published', t.text)
        .addColumn('killed_json', t.text)
        .addColumn('evidence', t.text, (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_sources_pk', ['incident_id', 'ord'])
        .execute();
      await s
        .createTable('campaigns')
        .ifNotExists()
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('actor_code', t.text, (c) => c.notNull())
        .addColumn('actor_json', t.text, (c) => c.notNull())
        .addColumn('target_sector', t.text)
        .addColumn('type', t.text, (c) => c.notNull())
        .addColumn('incident_ids_json', t.text, (c) => c.notNull())
        .addColumn('date_from', t.text, (c) => c.notNull())
        .addColumn('date_to', t.text, (c) => c.notNull())
        .addColumn('killed_sum', t.real, (c) => c.notNull())
        .addColumn('stated_totals_json', t.text, (c) => c.notNull())
        .execute();
      await s
        .createTable('ingest_runs')
        .ifNotExists()
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('started_at', t.text, (c) => c.notNull())
        .addColumn('finished_at', t.text)
        .addColumn('inputs_json', t.text, (c) => c.notNull())
        .addColumn('stored', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('skipped', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('failed', t.int, (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}

/**
 * Indexes for the query shapes of `EventFilter`. See README.md for why PostgreSQL events are
 * indexed rather than partitioned.
 */
function indexesV2(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const pg = dialect === 'postgres';
      const idx = (name: string, table: string, cols: string) =>
        sql.raw(`create index if not exists ${name} on ${table} (${cols})`).execute(db);
      // Keyset pagination walks (date_from, id); the same index serves from/to ranges.
      await idx('events_date_id', 'events', pg ? 'date_from asc nulls first, id' : 'date_from, id');
      await idx('events_article', 'events', 'article_id');
      await idx('events_actor', 'events', 'actor_code, date_from');
      await idx('events_recipient', 'events', 'recipient_code, date_from');
      await idx('events_type', 'events', 'type, date_from');
      await idx('events_cameo_root', 'events', 'cameo_root, date_from');
      await idx('events_location_country', 'events', 'location_country');
      await idx('event_evidence_article', 'event_evidence', 'article_id');
      await idx('mentions_actor', 'mentions', 'actor_code');
      await idx('articles_language', 'articles', 'language, id');
      await idx('incidents_date_id', 'incidents', 'date_from, id');
      await idx('incidents_campaign', 'incidents', 'campaign_id');
      await idx('incident_actors_code', 'incident_actors', 'code');
      if (pg) {
        // A BRIN index costs a few pages even at 100M rows and lets scans of recent ingests skip
        // the bulk of the table, because articles arrive roughly in ingestion-time order.
        await idx('articles_ingested_brin', 'articles using brin', 'ingested_at');
        // Substring search over evidence sentences: trigram GIN, when the extension may be created.
        await withTrigrams(db, () =>
          idx('events_sentence_trgm', 'events using gin', 'lower(sentence_text) gin_trgm_ops'),
        );
      }
    },
  };
}

/**
 * The filter indexes end with the page order, `(date_from NULLS FIRST, id)`, so that a filtered
 * page is read in order from the index and stops after `limit` rows instead of sorting every match.
 */
function pageOrderIndexesV3(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const order = dialect === 'postgres' ? 'date_from asc nulls first, id' : 'date_from, id';
      for (const col of ['actor_code', 'recipient_code', 'type', 'cameo_root']) {
        const old = `events_${col === 'actor_code' ? 'actor' : col === 'recipient_code' ? 'recipient' : col}`;
        await sql.raw(`drop index if exists ${old}`).execute(db);
        await sql
          .raw(`create index if not exists events_${col}_page on events (${col}, ${order})`)
          .execute(db);
      }
      if (dialect === 'postgres') {
        // Name substrings ("petro") cannot use the code indexes; trigrams find them without a scan.
        await withTrigrams(db, async () => {
          for (const side of ['actor', 'recipient']) {
            await sql
              .raw(
                `create index if not exists events_${side}_name_trgm on events using gin (lower(${side}_name) gin_trgm_ops)`,
              )
              .execute(db);
          }
        });
      }
    },
  };
}

/** Key columns of `event_rollup`, in primary-key order. Null dates, recipients and modes are ''. */
export const ROLLUP_KEY = [
  'actor_code',
  'recipient_code',
  'date_from',
  'type',
  'mode',
  'cameo_root',
  'quad',
  'claim',
] as const;

/**
 * Creates a rollup table: its key columns (all text but `quad`), the `events` count and the
 * `goldstein` sum, then optional nullable text columns, with the key as primary key.
 */
async function createRollupTable(
  db: Kysely<unknown>,
  t: ReturnType<typeof types>,
  name: string,
  key: readonly string[],
  extra: readonly string[] = [],
): Promise<void> {
  let table = db.schema.createTable(name).ifNotExists();
  for (const c of key) table = table.addColumn(c, c === 'quad' ? t.int : t.text, (col) => col.notNull());
  table = table
    .addColumn('events', t.int, (col) => col.notNull())
    .addColumn('goldstein', t.real, (col) => col.notNull());
  for (const c of extra) table = table.addColumn(c, t.text);
  await table.addPrimaryKeyConstraint(`${name}_pk`, [...key] as never).execute();
}

/** The rollup key of an `events` row (`prefix` is `new.`, `old.` or a table alias). */
function rollupKeyOf(prefix: string, named = false): string {
  return ROLLUP_KEY.map((c) =>
    ['recipient_code', 'date_from', 'mode'].includes(c)
      ? `coalesce(${prefix}${c}, '')${named ? ` as ${c}` : ''}`
      : `${prefix}${c}`,
  ).join(', ');
}

/**
 * `event_rollup`: events counted and their Goldstein scores summed per (actor, recipient, day, type,
 * mode, CAMEO root, quad, claim), so that series, actor activity and the network read a table far
 * smaller than `events` whenever their filter touches only these columns. Triggers keep it in the
 * same transaction as every insert or delete of events, whatever the write path (prepared
 * statements, the query builder, COPY then INSERT … SELECT). PostgreSQL aggregates a whole
 * statement's rows at once (a transition table), so a bulk insert costs one upsert per key. The
 * existing events are rolled up here (a backfill), and two indexes serve the dyad filter on raw
 * events: `(actor_code, recipient_code, date_from, id)` and its mirror.
 */
function rollupV4(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const t = types(dialect);
      const pg = dialect === 'postgres';
      const key = ROLLUP_KEY.join(', ');
      await createRollupTable(db, t, 'event_rollup', ROLLUP_KEY);
      await sql
        .raw(
          'create index if not exists event_rollup_recipient on event_rollup (recipient_code, actor_code, date_from)',
        )
        .execute(db);
      await sql.raw('create index if not exists event_rollup_date on event_rollup (date_from)').execute(db);
      const order = pg ? 'date_from asc nulls first, id' : 'date_from, id';
      await sql
        .raw(`create index if not exists events_dyad_page on events (actor_code, recipient_code, ${order})`)
        .execute(db);
      await sql
        .raw(
          `create index if not exists events_dyad_mirror_page on events (recipient_code, actor_code, ${order})`,
        )
        .execute(db);
      // Backfill from scratch, so that running this again (after a failure) cannot double-count.
      await sql.raw('delete from event_rollup').execute(db);
      await sql
        .raw(
          `insert into event_rollup (${key}, events, goldstein)
           select ${rollupKeyOf('')}, count(*), sum(goldstein) from events group by ${rollupKeyOf('')}`,
        )
        .execute(db);
      await monthRollup(db, dialect);
      if (!pg) {
        // A database whose other indexes have statistics needs them for the new ones too, or the
        // planner would take the new indexes (or the rollups) for empty.
        const analyzed = await sql<{
          n: number;
        }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db);
        if (Number(analyzed.rows[0]?.n ?? 0) > 0) {
          for (const name of [
            'events_dyad_page',
            'events_dyad_mirror_page',
            'event_rollup',
            'event_rollup_month',
          ])
            await sql.raw(`analyze ${name}`).execute(db);
        }
      }
      if (pg) {
        const ins = `insert into event_rollup (${key}, events, goldstein)
            select ${rollupKeyOf('')}, count(*), sum(goldstein) from new_rows group by ${rollupKeyOf('')}
            order by ${rollupKeyOf('')}
            on conflict (${key}) do update set events = event_rollup.events + excluded.events,
              goldstein = event_rollup.goldstein + excluded.goldstein;`;
        const del = `update event_rollup r set events = r.events - d.n, goldstein = r.goldstein - d.g
            from (select ${rollupKeyOf('', true)}, count(*) as n, sum(goldstein) as g from old_rows
                  group by ${rollupKeyOf('')}) d
            where ${ROLLUP_KEY.map((c) => `r.${c} = d.${c}`).join(' and ')};
          delete from event_rollup where events <= 0;`;
        await pgStatementTriggers(db, 'rollup', ins, del);
      } else {
        await sql
          .raw(
            `create trigger if not exists events_rollup_ins after insert on events begin
               insert into event_rollup (${key}, events, goldstein)
               values (${rollupKeyOf('new.')}, 1, new.goldstein)
               on conflict (${key}) do update set events = events + 1,
                 goldstein = goldstein + excluded.goldstein;
             end`,
          )
          .execute(db);
        const match = ROLLUP_KEY.map(
          (c) =>
            `${c} = ${['recipient_code', 'date_from', 'mode'].includes(c) ? `coalesce(old.${c}, '')` : `old.${c}`}`,
        ).join(' and ');
        await sql
          .raw(
            `create trigger if not exists events_rollup_del after delete on events begin
               update event_rollup set events = events - 1, goldstein = goldstein - old.goldstein where ${match};
               delete from event_rollup where events <= 0 and ${match};
             end`,
          )
          .execute(db);
      }
    },
  };
}

/** Key columns of `event_rollup_month`: those of `event_rollup` with the month for the day. */
export const MONTH_ROLLUP_KEY = [
  'actor_code',
  'recipient_code',
  'month',
  'type',
  'mode',
  'cameo_root',
  'quad',
  'claim',
] as const;

/** The month rollup key of an `events` row (`prefix` is `new.`, `old.` or ''). */
function monthKeyOf(prefix: string, named = false): string {
  return MONTH_ROLLUP_KEY.map((c) => {
    const expr = monthKeyColumn(c, prefix);
    // computed columns need a name in a derived table; plain ones keep theirs
    return named && monthKeyColumn(c, '') !== c ? `${expr} as ${c}` : expr;
  }).join(', ');
}

/** The expression of one month rollup key column over an `events` row (`prefix` as above). */
function monthKeyColumn(c: (typeof MONTH_ROLLUP_KEY)[number], prefix: string): string {
  if (c === 'month') return `substr(coalesce(${prefix}date_from, ''), 1, 7)`;
  if (c === 'recipient_code' || c === 'mode') return `coalesce(${prefix}${c}, '')`;
  return `${prefix}${c}`;
}

/**
 * Creates `lapwing_events_<base>_ins`/`_del` and the statement-level triggers on `events` that run
 * them with the inserted (`new_rows`) or deleted (`old_rows`) rows as transition tables.
 * `set search_path from current`: the function finds this schema's rollup whatever the search
 * path of the session that fires it (tests and tenants use several schemas).
 */
async function pgStatementTriggers(
  db: Kysely<unknown>,
  base: string,
  ins: string,
  del: string,
): Promise<void> {
  for (const [op, body, rows] of [
    ['ins', ins, 'insert on events referencing new table as new_rows'],
    ['del', del, 'delete on events referencing old table as old_rows'],
  ]) {
    await sql
      .raw(
        `create or replace function lapwing_events_${base}_${op}() returns trigger language plpgsql set search_path from current as $f$
         begin ${body} return null; end $f$`,
      )
      .execute(db);
    await sql
      .raw(
        `create or replace trigger events_${base}_${op} after ${rows} for each statement execute function lapwing_events_${base}_${op}()`,
      )
      .execute(db);
  }
}

/**
 * `event_rollup_month`: the rollup per month, with the first and last event day of each row, for
 * actor activity, the network and monthly series over the whole store or whole months: at a
 * million events the day rollup still has hundreds of thousands of rows, the month one a few
 * thousand. Kept by triggers like `event_rollup`.
 */
async function monthRollup(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = types(dialect);
  const pg = dialect === 'postgres';
  const key = MONTH_ROLLUP_KEY.join(', ');
  await createRollupTable(db, t, 'event_rollup_month', MONTH_ROLLUP_KEY, ['first_date', 'last_date']);
  await sql.raw('delete from event_rollup_month').execute(db);
  await sql
    .raw(
      `insert into event_rollup_month (${key}, events, goldstein, first_date, last_date)
       select ${monthKeyOf('')}, count(*), sum(goldstein), min(date_from), max(date_from)
       from events group by ${monthKeyOf('')}`,
    )
    .execute(db);
  if (pg) {
    const ins = `insert into event_rollup_month (${key}, events, goldstein, first_date, last_date)
        select ${monthKeyOf('')}, count(*), sum(goldstein), min(date_from), max(date_from) from new_rows
        group by ${monthKeyOf('')} order by ${monthKeyOf('')}
        on conflict (${key}) do update set events = event_rollup_month.events + excluded.events,
          goldstein = event_rollup_month.goldstein + excluded.goldstein,
          first_date = least(event_rollup_month.first_date, excluded.first_date),
          last_date = greatest(event_rollup_month.last_date, excluded.last_date);`;
    const match = (r: string, d: string) =>
      MONTH_ROLLUP_KEY.map((c) => `${r}.${c} = ${d}.${c}`).join(' and ');
    const eventMatch = MONTH_ROLLUP_KEY.map((c) => `${monthKeyColumn(c, 'e.')} = r.${c}`).join(' and ');
    const del = `update event_rollup_month r set events = r.events - d.n, goldstein = r.goldstein - d.g
        from (select ${monthKeyOf('', true)}, count(*) as n, sum(goldstein) as g from old_rows
              group by ${monthKeyOf('')}) d
        where ${match('r', 'd')};
      delete from event_rollup_month where events <= 0;
      update event_rollup_month r set
        first_date = (select min(e.date_from) from events e where ${eventMatch}),
        last_date = (select max(e.date_from) from events e where ${eventMatch})
      where exists (select 1 from old_rows o where ${MONTH_ROLLUP_KEY.map((c) => `${monthKeyColumn(c, 'o.')} = r.${c}`).join(' and ')});`;
    await pgStatementTriggers(db, 'rollup_month', ins, del);
  } else {
    await sql
      .raw(
        `create trigger if not exists events_rollup_month_ins after insert on events begin
           insert into event_rollup_month (${key}, events, goldstein, first_date, last_date)
           values (${monthKeyOf('new.')}, 1, new.goldstein, new.date_from, new.date_from)
           on conflict (${key}) do update set events = events + 1,
             goldstein = goldstein + excluded.goldstein,
             first_date = min(first_date, excluded.first_date),
             last_date = max(last_date, excluded.last_date);
         end`,
      )
      .execute(db);
    await sql.raw(sqliteMonthDeleteTrigger()).execute(db);
  }
}

/**
 * The SQLite trigger that takes a deleted event out of `event_rollup_month` and recomputes the
 * first and last day of its row. Each key value is built per column (an earlier version split the
 * joined key list on commas, which cut `substr(coalesce(...), 1, 7)` apart and made every delete
 * of an event fail).
 */
function sqliteMonthDeleteTrigger(): string {
  const keyVals = MONTH_ROLLUP_KEY.map((c) => monthKeyColumn(c, 'old.'));
  const match = MONTH_ROLLUP_KEY.map((c, i) => `${c} = ${keyVals[i]}`).join(' and ');
  const eventMatch = MONTH_ROLLUP_KEY.map((c, i) => `${monthKeyColumn(c, 'e.')} = ${keyVals[i]}`).join(
    ' and ',
  );
  return `create trigger if not exists events_rollup_month_del after delete on events begin
     update event_rollup_month set events = events - 1, goldstein = goldstein - old.goldstein where ${match};
     delete from event_rollup_month where events <= 0 and ${match};
     update event_rollup_month set
       first_date = (select min(e.date_from) from events e where ${eventMatch}),
       last_date = (select max(e.date_from) from events e where ${eventMatch})
     where ${match};
   end`;
}

/** The campaign killed total as a low-best-high range (JSON), beside the old best-only sum. */
function campaignKilledV5(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('campaigns').addColumn('killed_json', types(dialect).text).execute();
    },
  };
}

/**
 * Reliability: the corrected SQLite month-rollup delete trigger; `incidents_pending`, one row per
 * article stored or deleted since the incident ledger last saw it (written by triggers in the
 * article's own transaction, whatever the write path), so that a process killed between its last
 * commit and the rebuild leaves the rebuild to the next run; and the state of each ingest run
 * (`running`, `finished`, or `unfinished` when its process died), with the process that ran it;
 * and indexes that read an article's events and mentions in order, a page at a time.
 */
function reliabilityV6(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const t = types(dialect);
      const pg = dialect === 'postgres';
      if (!pg) {
        await sql.raw('drop trigger if exists events_rollup_month_del').execute(db);
        await sql.raw(sqliteMonthDeleteTrigger()).execute(db);
      }
      await db.schema
        .createTable('incidents_pending')
        .ifNotExists()
        .addColumn('article_id', t.text, (c) => c.primaryKey())
        .addColumn('claimed', t.text)
        .execute();
      const upsert = (id: string) =>
        `insert into incidents_pending (article_id, claimed) values (${id}, null)
         on conflict (article_id) do update set claimed = null;`;
      if (pg) {
        await sql
          .raw(
            `create or replace function lapwing_articles_pending() returns trigger language plpgsql set search_path from current as $f$
             begin
               if tg_op = 'DELETE' then ${upsert('old.id')} else ${upsert('new.id')} end if;
               return null;
             end $f$`,
          )
          .execute(db);
        await sql
          .raw(
            'create or replace trigger articles_pending after insert or delete on articles for each row execute function lapwing_articles_pending()',
          )
          .execute(db);
      } else {
        await sql
          .raw(
            `create trigger if not exists articles_pending_ins after insert on articles begin ${upsert('new.id')} end`,
          )
          .execute(db);
        await sql
          .raw(
            `create trigger if not exists articles_pending_del after delete on articles begin ${upsert('old.id')} end`,
          )
          .execute(db);
      }
      // An article's events and mentions in their order, a page at a time (API layer pages): the
      // first page of a long article reads its rows, not all of them.
      const order = (table: string) =>
        sql.raw(`create index if not exists ${table}_article_ord on ${table} (article_id, ord)`).execute(db);
      await order('events');
      await order('mentions');
      // A store written before this version may have been left without its rebuild: one rebuild
      // on the next run settles it.
      await sql
        .raw(
          `insert into incidents_pending (article_id, claimed) select '(upgrade)', null
           where exists (select 1 from articles) on conflict (article_id) do nothing`,
        )
        .execute(db);
      await db.schema.alterTable('ingest_runs').addColumn('status', t.text).execute();
      await db.schema.alterTable('ingest_runs').addColumn('pid', t.int).execute();
      await db.schema.alterTable('ingest_runs').addColumn('host', t.text).execute();
      await sql
        .raw(
          "update ingest_runs set status = case when finished_at is null then 'unfinished' else 'finished' end",
        )
        .execute(db);
    },
  };
}

/** Every migration, in order. Names are stable: they are the versions recorded in the table. */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_schema': schemaV1(dialect),
    '0002_indexes': indexesV2(dialect),
    '0003_page_order_indexes': pageOrderIndexesV3(dialect),
    '0004_event_rollup': rollupV4(dialect),
    '0005_campaign_killed': campaignKilledV5(dialect),
    '0006_reliability': reliabilityV6(dialect),
  };
}

/** The names of the migrations not yet recorded, or null when the migration table is missing. */
async function pendingMigrations(
  db: Kysely<unknown>,
  all: Record<string, Migration>,
  schema: string | undefined,
): Promise<string[] | null> {
  try {
    const table = sql.table(schema ? `${schema}.${MIGRATION_TABLE}` : MIGRATION_TABLE);
    const applied = await sql<{ name: string }>`select name from ${table}`.execute(db);
    const names = new Set(applied.rows.map((r) => r.name));
    return Object.keys(all).filter((n) => !names.has(n));
  } catch {
    return null; // no migrations table yet: a new database
  }
}

async function migrate(
  db: Kysely<unknown>,
  all: Record<string, Migration>,
  schema: string | undefined,
): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => all };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Applies pending migrations. Safe to call on every open and from several processes at once. */
export async function runMigrations(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const all = migrationsFor(dialect);
  // Kysely looks for its bookkeeping tables in every schema unless told which one; a database
  // with several Lapwing schemas (tests, tenants) needs the one this connection writes to.
  const schema =
    dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  // The common case, an up-to-date database, is settled by one query instead of the Migrator's
  // catalogue introspection and locking (which matters when many workers start at once).
  const pending = await pendingMigrations(db, all, schema);
  if (pending !== null && pending.length === 0) return [];
  // PostgreSQL: the Migrator takes its own lock (a row lock in its lock table, in a transaction).
  if (dialect === 'postgres') return migrate(db, all, schema);
  // SQLite: Kysely's migration lock is a no-op, so processes opening a new file at once would
  // each create the tables and trip over one another. BEGIN IMMEDIATE takes the database's write
  // lock first (others wait on busy_timeout); the check is repeated under it, since the process
  // that held it before may have migrated already. SQLite DDL is transactional: all or nothing.
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const again = await pendingMigrations(conn, all, schema);
      const done = again !== null && again.length === 0 ? [] : await migrate(conn, all, schema);
      await sql`commit`.execute(conn);
      return done;
    } catch (e) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw e;
    }
  });
}
