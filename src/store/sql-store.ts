import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Article, Campaign, CodedArticle, CodedEvent, Incident } from '../core/records.js';
import {
  type ArticleLayer,
  articleLayer,
  type LayerSlice,
  type TrimmedArticle,
  trimmedArticle,
} from './article-layers.js';
import {
  type ArticleRows,
  articleToRows,
  type KeepOptions,
  rowToAnalysis,
  rowToArticle,
  rowToMention,
  rowToSentence,
} from './article-rows.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { LapwingDb } from './db-schema.js';
import { type DeleteCounts, deleteArticleRows } from './delete-articles.js';
import type { Bucket, DialectAdapter } from './dialect-adapter.js';
import { containsCi, eventWhere, looksLikeCode, startsWith } from './event-filter.js';
import { type EventWithEvidence, rowToEvent } from './event-rows.js';
import {
  campaignToRow,
  incidentToRows,
  rowsToIncident,
  rowToCampaign,
  rowToSource,
} from './incident-rows.js';
import { ploverIntensity } from './intensity-sql.js';
import { runMigrations } from './migrations.js';
import { monthRollupServes, monthRollupWhere, rollupServes, rollupWhere } from './rollup-filter.js';
import { anyPending, claimPending, insertRun, markUnfinished, rowToRun } from './run-log.js';
import type {
  ActorActivity,
  EventFilter,
  IngestRun,
  Page,
  SaveOutcome,
  SeriesPoint,
  Store,
  StoreCapabilities,
  StoreStats,
} from './store.js';

type Db = Kysely<LapwingDb>;
type IncidentFilter = Parameters<Store['queryIncidents']>[0];

/** How many times a transaction is retried after a deadlock or busy error. */
const RETRIES = 4;
/** Articles per bulk batch: large enough to amortise round trips, small enough to bound memory. */
const BULK_BATCH = 200;
/** Above this many (actor, recipient) pairs a dyad page is one filtered query, not one per pair. */
const MAX_DYAD_PAIRS = 64;
/** Rows fetched per round trip by `iterateEvents`. */
const ITERATE_BATCH = 500;

/** Sums of doubles can differ in the last bits between engines; round them to a fixed precision. */
function round(x: unknown): number {
  return Math.round(Number(x ?? 0) * 1e6) / 1e6;
}

function clampLimit(limit: number): number {
  if (!Number.isFinite(limit) || limit < 1) return 1;
  return Math.min(Math.floor(limit), 10_000);
}

/** The store over any `DialectAdapter`: the SQL both engines share lives here. */
export class SqlStore implements Store {
  readonly caps: StoreCapabilities;
  private readonly db: Db;

  constructor(
    private readonly adapter: DialectAdapter,
    private readonly keep: KeepOptions = {},
    /** Read aggregates from `event_rollup` when the filter allows (false: always scan events). */
    private readonly useRollup = true,
  ) {
    this.caps = adapter.caps;
    this.db = adapter.db;
  }

  async migrate(): Promise<void> {
    await runMigrations(this.db as Kysely<unknown>, this.caps.dialect);
  }

  async hasArticle(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  // ---- writes ---------------------------------------------------------------------------------

  private async withRetry<T>(fn: (trx: Db) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.adapter.transaction(fn);
      } catch (e) {
        if (attempt >= RETRIES || !this.adapter.isRetryable(e)) throw e;
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
      }
    }
  }

  /** Multi-row INSERT in chunks that stay under the engine's bind-parameter limit. */
  private async insertMany(
    trx: Db,
    table: keyof LapwingDb,
    rows: object[],
    ignoreConflictOn?: string,
  ): Promise<void> {
    if (rows.length === 0) return;
    const per = Math.max(1, Math.floor(this.adapter.maxParams / Object.keys(rows[0]).length));
    // biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time; rows come from typed mappers.
    const anyDb = trx as Kysely<any>;
    for (let i = 0; i < rows.length; i += per) {
      let q = anyDb.insertInto(table).values(rows.slice(i, i + per));
      if (ignoreConflictOn) q = q.onConflict((oc) => oc.column(ignoreConflictOn).doNothing());
      await q.execute();
    }
  }

  /** Writes one article's rows inside `trx`; 'duplicate' (writing nothing) when the id exists. */
  private async writeRows(trx: Db, rows: ArticleRows): Promise<SaveOutcome> {
    // ON CONFLICT DO NOTHING makes a concurrent writer of the same article wait for ours, then see
    // the conflict: exactly one copy whoever wins.
    const inserted = await trx
      .insertInto('articles')
      .values(rows.article)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return 'duplicate';
    await trx.insertInto('article_analysis').values(rows.analysis).execute();
    await this.insertMany(trx, 'sentences', rows.sentences);
    await this.insertMany(trx, 'mentions', rows.mentions);
    // Sorted so that concurrent transactions lock shared actor keys in one order (no deadlock).
    const actors = [...rows.actors].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    await this.insertMany(trx, 'actors', actors, 'code');
    await this.insertMany(trx, 'events', rows.events);
    await this.insertMany(trx, 'event_evidence', rows.evidence);
    return 'stored';
  }

  private async saveRows(rows: ArticleRows): Promise<SaveOutcome> {
    const fast = this.adapter.writeArticle ? await this.adapter.writeArticle(rows) : null;
    if (fast) return fast;
    return this.withRetry((trx) => this.writeRows(trx, rows));
  }

  async saveArticle(coded: CodedArticle): Promise<SaveOutcome> {
    return this.saveRows(articleToRows(coded, new Date().toISOString(), this.keep));
  }

  async saveArticles(coded: CodedArticle[]): Promise<(SaveOutcome | Error)[]> {
    const now = new Date().toISOString();
    const out: (SaveOutcome | Error)[] = [];
    const per = this.adapter.bulkBatch ?? BULK_BATCH;
    for (let i = 0; i < coded.length; i += per) {
      const slice = coded.slice(i, i + per);
      const prepared: (ArticleRows | Error)[] = slice.map((c) => {
        try {
          return articleToRows(c, now, this.keep);
        } catch (e) {
          return e instanceof Error ? e : new Error(String(e));
        }
      });
      const good = prepared.filter((p): p is ArticleRows => !(p instanceof Error));
      const fast = this.adapter.writeArticles?.(good);
      if (fast) {
        let k = 0;
        for (const p of prepared) out.push(p instanceof Error ? p : fast[k++]);
        continue;
      }
      let bulk: SaveOutcome[] | null = null;
      if (this.adapter.bulkSave && good.length > 1) {
        try {
          bulk = await this.adapter.bulkSave(good);
        } catch {
          bulk = null; // one bad article spoils the batch: fall back to one transaction per article
        }
      }
      let k = 0;
      for (const p of prepared) {
        if (p instanceof Error) {
          out.push(p);
          continue;
        }
        if (bulk) {
          out.push(bulk[k++]);
          continue;
        }
        try {
          out.push(await this.saveRows(p));
        } catch (e) {
          out.push(e instanceof Error ? e : new Error(String(e)));
        }
      }
    }
    return out;
  }

  // ---- articles -------------------------------------------------------------------------------

  async getArticle(id: string): Promise<CodedArticle | null> {
    const a = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!a) return null;
    const [analysis, sentences, mentions, events] = await Promise.all([
      this.db.selectFrom('article_analysis').selectAll().where('article_id', '=', id).executeTakeFirst(),
      this.db.selectFrom('sentences').selectAll().where('article_id', '=', id).orderBy('idx').execute(),
      this.db.selectFrom('mentions').selectAll().where('article_id', '=', id).orderBy('ord').execute(),
      this.eventSelect().where('e.article_id', '=', id).orderBy('e.ord').execute(),
    ]);
    return {
      article: rowToArticle(a),
      sentences: sentences.map(rowToSentence),
      mentions: mentions.map(rowToMention),
      ...rowToAnalysis(analysis),
      events: events.map((r) => rowToEvent(r as EventWithEvidence)),
    };
  }

  async getArticleTrimmed(id: string, limit: number): Promise<TrimmedArticle | null> {
    return trimmedArticle(this.db, id, limit);
  }

  async getArticleLayer(
    id: string,
    layer: ArticleLayer,
    opts: { offset: number; limit: number },
  ): Promise<LayerSlice | null> {
    return articleLayer(this.db, id, layer, opts);
  }

  async listArticles(opts: {
    limit: number;
    cursor?: string | null;
    language?: string;
  }): Promise<Page<Article>> {
    const limit = clampLimit(opts.limit);
    let q = this.db
      .selectFrom('articles')
      .selectAll()
      .orderBy('id')
      .limit(limit + 1);
    if (opts.language) q = q.where('language', '=', opts.language);
    if (opts.cursor) q = q.where('id', '>', decodeCursor(opts.cursor, 1)[0] as string);
    const rows = await q.execute();
    const items = rows.slice(0, limit).map(rowToArticle);
    const next = rows.length > limit ? encodeCursor([items[items.length - 1].id]) : null;
    return { items, next };
  }

  // ---- events ---------------------------------------------------------------------------------

  private eventSelect() {
    return this.db
      .selectFrom('events as e')
      .innerJoin('event_evidence as v', 'v.event_id', 'e.id')
      .selectAll('e')
      .select(['v.start_offset as ev_start', 'v.end_offset as ev_end', 'v.text as ev_text']);
  }

  async queryEvents(
    filter: EventFilter,
    opts: { limit: number; cursor?: string | null; order?: 'asc' | 'desc' },
  ): Promise<Page<CodedEvent>> {
    const limit = clampLimit(opts.limit);
    const desc = opts.order === 'desc';
    const cursor = opts.cursor ? (decodeCursor(opts.cursor, 2) as [string | null, string]) : null;
    const pairs = filter.dyad ? await this.dyadPairs(filter.dyad) : null;
    if (pairs && pairs.length === 0) return { items: [], next: null };
    const branch = (pair: { actor_code: string; recipient_code: string } | null) => {
      let q = this.eventSelect().where((eb) => eventWhere(eb, filter));
      if (pair)
        q = q.where('e.actor_code', '=', pair.actor_code).where('e.recipient_code', '=', pair.recipient_code);
      if (cursor) q = q.where((eb) => afterDateId(eb, cursor[0], cursor[1], desc));
      q = desc
        ? q.orderBy('e.date_from', (ob) => ob.desc().nullsLast()).orderBy('e.id', 'desc')
        : q.orderBy('e.date_from', (ob) => ob.asc().nullsFirst()).orderBy('e.id', 'asc');
      return q.limit(limit + 1);
    };
    let rows: EventWithEvidence[];
    if (pairs) {
      // A dyad of code prefixes matches a handful of (actor, recipient) pairs. Each pair's first
      // page is a range of the dyad index in page order; merging those few pages gives the page,
      // where one query over the OR of the prefixes would fetch and sort every match.
      const [first, ...others] = pairs.map((p, i) => this.db.selectFrom(branch(p).as(`b${i}`)).selectAll());
      let u = first;
      for (const o of others) u = u.unionAll(o);
      // biome-ignore lint/suspicious/noExplicitAny: the union's row type is the branch's.
      let merged = this.db.selectFrom(u.as('u')).selectAll() as any;
      merged = desc
        ? merged
            .orderBy('u.date_from', (ob: { desc(): { nullsLast(): unknown } }) => ob.desc().nullsLast())
            .orderBy('u.id', 'desc')
        : merged
            .orderBy('u.date_from', (ob: { asc(): { nullsFirst(): unknown } }) => ob.asc().nullsFirst())
            .orderBy('u.id', 'asc');
      rows = (await merged.limit(limit + 1).execute()) as EventWithEvidence[];
    } else {
      rows = (await branch(null).execute()) as EventWithEvidence[];
    }
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(rowToEvent),
      next: rows.length > limit ? encodeCursor([last.date_from, last.id]) : null,
    };
  }

  /**
   * The (actor, recipient) code pairs a dyad of prefixes matches, in either direction, from the
   * month rollup (every pair that has events is there). Null when there are too many pairs for
   * one page query per pair, or when rollups are off: the caller then filters the events directly.
   */
  private async dyadPairs(
    dyad: [string, string],
  ): Promise<{ actor_code: string; recipient_code: string }[] | null> {
    if (!this.useRollup) return null;
    const [x, y] = [dyad[0].trim().toUpperCase(), dyad[1].trim().toUpperCase()];
    if (!x || !y) return null;
    const rows = await this.db
      .selectFrom('event_rollup_month as r')
      .where((eb) =>
        eb.or([
          eb.and([startsWith('r.actor_code', x), startsWith('r.recipient_code', y)]),
          eb.and([startsWith('r.actor_code', y), startsWith('r.recipient_code', x)]),
        ]),
      )
      .select(['r.actor_code', 'r.recipient_code'])
      .distinct()
      .orderBy('r.actor_code')
      .orderBy('r.recipient_code')
      .limit(MAX_DYAD_PAIRS + 1)
      .execute();
    return rows.length > MAX_DYAD_PAIRS ? null : rows;
  }

  async *iterateEvents(filter: EventFilter): AsyncIterable<CodedEvent> {
    let after: string | null = null;
    for (;;) {
      let q = this.eventSelect().where((eb) => eventWhere(eb, filter));
      if (after !== null) q = q.where('e.id', '>', after);
      const rows = (await q.orderBy('e.id').limit(ITERATE_BATCH).execute()) as EventWithEvidence[];
      for (const r of rows) yield rowToEvent(r);
      if (rows.length < ITERATE_BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }

  /**
   * Where the aggregates for this filter may be read: the month rollup (whole months), the day
   * rollup (codes, types, claims and day ranges), or only the events themselves.
   */
  private rollupSource(filter: EventFilter): 'month' | 'day' | null {
    if (!this.useRollup) return null;
    if (monthRollupServes(filter)) return 'month';
    return rollupServes(filter) ? 'day' : null;
  }

  private rollup(filter: EventFilter): boolean {
    return this.rollupSource(filter) !== null;
  }

  /** Rollup rows matching the filter as (actor_code, recipient_code, events, goldstein, first, last). */
  private rollupRows(
    filter: EventFilter,
    source: 'month' | 'day',
    pairs: { actor_code: string; recipient_code: string }[] | null = null,
  ) {
    if (source === 'month') {
      return this.db
        .selectFrom('event_rollup_month as r')
        .where((eb) => monthRollupWhere(eb, filter))
        .select([
          'r.actor_code',
          'r.recipient_code',
          'r.events',
          'r.goldstein',
          'r.first_date as first',
          'r.last_date as last',
        ]);
    }
    return this.db
      .selectFrom('event_rollup as r')
      .where((eb) => rollupWhere(eb, filter))
      .where((eb) => pairWhere(eb, pairs))
      .select([
        'r.actor_code',
        'r.recipient_code',
        'r.events',
        'r.goldstein',
        sql<string | null>`nullif(r.date_from, '')`.as('first'),
        sql<string | null>`nullif(r.date_from, '')`.as('last'),
      ]);
  }

  async dyadSeries(
    filter: EventFilter,
    bucket: Bucket,
    opts: { imprecise?: boolean } = {},
  ): Promise<SeriesPoint[]> {
    const points = await this.seriesPoints(filter, bucket);
    if (!opts.imprecise) return points;
    const vague = await this.impreciseSeries(filter, bucket);
    for (const p of points) {
      const v = vague.get(p.period);
      p.impreciseConflict = v?.conflict ?? 0;
      p.impreciseCooperation = v?.cooperation ?? 0;
    }
    return points;
  }

  /**
   * Per bucket, the events of the filter known only to a month or a range (their last day after
   * their first), read from the events table: the rollups do not keep how precise a date is.
   */
  private async impreciseSeries(
    filter: EventFilter,
    bucket: Bucket,
  ): Promise<Map<string, { conflict: number; cooperation: number }>> {
    const period = this.adapter.bucket(bucket, 'e.date_from');
    const rows = await this.db
      .selectFrom('events as e')
      .where((eb) => eventWhere(eb, filter))
      .where('e.date_from', 'is not', null)
      .whereRef('e.date_to', '>', 'e.date_from')
      .select([
        period.as('period'),
        sql<number>`sum(case when e.quad in (3, 4) then 1 else 0 end)`.as('conflict'),
        sql<number>`sum(case when e.quad in (1, 2) then 1 else 0 end)`.as('cooperation'),
      ])
      .groupBy(period)
      .execute();
    return new Map(
      rows.map((r) => [
        String(r.period),
        { conflict: Number(r.conflict), cooperation: Number(r.cooperation) },
      ]),
    );
  }

  private async seriesPoints(filter: EventFilter, bucket: Bucket): Promise<SeriesPoint[]> {
    const source = this.rollupSource(filter);
    // A dyad read from the day rollup: one primary-key range per matching code pair.
    const pairs = source === 'day' && filter.dyad ? await this.dyadPairs(filter.dyad) : null;
    if (pairs && pairs.length === 0) return [];
    const rows =
      source === 'month' && bucket === 'month'
        ? await this.db
            .selectFrom('event_rollup_month as r')
            .where((eb) => monthRollupWhere(eb, filter))
            .where('r.month', '<>', '')
            .select([
              'r.month as period',
              sql<number>`sum(r.events)`.as('events'),
              sql<number>`sum(r.goldstein)`.as('goldstein'),
              sql<number>`sum(r.events * ${ploverIntensity('r.type', 'r.mode')})`.as('intensity'),
              sql<number>`sum(case when r.quad in (3, 4) then r.events else 0 end)`.as('conflict'),
              sql<number>`sum(case when r.quad in (1, 2) then r.events else 0 end)`.as('cooperation'),
            ])
            .groupBy('r.month')
            .orderBy('r.month')
            .execute()
        : source
          ? await (() => {
              const period = this.adapter.bucket(bucket, 'r.date_from');
              return this.db
                .selectFrom('event_rollup as r')
                .where((eb) => rollupWhere(eb, filter))
                .where((eb) => pairWhere(eb, pairs))
                .where('r.date_from', '<>', '')
                .select([
                  period.as('period'),
                  sql<number>`sum(r.events)`.as('events'),
                  sql<number>`sum(r.goldstein)`.as('goldstein'),
                  sql<number>`sum(r.events * ${ploverIntensity('r.type', 'r.mode')})`.as('intensity'),
                  sql<number>`sum(case when r.quad in (3, 4) then r.events else 0 end)`.as('conflict'),
                  sql<number>`sum(case when r.quad in (1, 2) then r.events else 0 end)`.as('cooperation'),
                ])
                .groupBy(period)
                .orderBy(period)
                .execute();
            })()
          : await (() => {
              const period = this.adapter.bucket(bucket, 'e.date_from');
              return this.db
                .selectFrom('events as e')
                .where((eb) => eventWhere(eb, filter))
                .where('e.date_from', 'is not', null)
                .select([
                  period.as('period'),
                  sql<number>`count(*)`.as('events'),
                  sql<number>`sum(e.goldstein)`.as('goldstein'),
                  sql<number>`sum(${ploverIntensity('e.type', 'e.mode')})`.as('intensity'),
                  sql<number>`sum(case when e.quad in (3, 4) then 1 else 0 end)`.as('conflict'),
                  sql<number>`sum(case when e.quad in (1, 2) then 1 else 0 end)`.as('cooperation'),
                ])
                .groupBy(period)
                .orderBy(period)
                .execute();
            })();
    return rows.map((r) => ({
      period: String(r.period),
      events: Number(r.events),
      goldstein: round(r.goldstein),
      intensity: round(r.intensity),
      conflict: Number(r.conflict),
      cooperation: Number(r.cooperation),
    }));
  }

  async actorActivity(filter: EventFilter, limit: number): Promise<ActorActivity[]> {
    const rows = this.rollup(filter)
      ? await this.actorActivityRollup(filter, limit)
      : await this.actorActivityRaw(filter, limit);
    const names = await this.actorNames(rows.map((r) => r.code));
    return rows.map((r) => ({
      code: r.code,
      name: names.get(r.code) ?? r.code,
      asActor: Number(r.as_actor),
      asRecipient: Number(r.as_recipient),
      goldsteinSum: round(r.goldstein),
      first: r.first || null,
      last: r.last || null,
    }));
  }

  private async actorActivityRaw(filter: EventFilter, limit: number) {
    const asActor = this.db
      .selectFrom('events as e')
      .where((eb) => eventWhere(eb, filter))
      .select([
        'e.actor_code as code',
        sql<number>`1`.as('as_actor'),
        sql<number>`0`.as('as_recipient'),
        'e.goldstein as goldstein',
        'e.date_from as date_from',
      ]);
    const asRecipient = this.db
      .selectFrom('events as e')
      .where((eb) => eventWhere(eb, filter))
      .where('e.recipient_code', 'is not', null)
      .select([
        sql<string>`e.recipient_code`.as('code'),
        sql<number>`0`.as('as_actor'),
        sql<number>`1`.as('as_recipient'),
        'e.goldstein as goldstein',
        'e.date_from as date_from',
      ]);
    return this.db
      .selectFrom(asActor.unionAll(asRecipient).as('x'))
      .select([
        'x.code',
        (eb) => eb.fn.sum<number>('x.as_actor').as('as_actor'),
        (eb) => eb.fn.sum<number>('x.as_recipient').as('as_recipient'),
        (eb) => eb.fn.sum<number>('x.goldstein').as('goldstein'),
        sql<string | null>`min(x.date_from)`.as('first'),
        sql<string | null>`max(x.date_from)`.as('last'),
      ])
      .groupBy('x.code')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('x.code')
      .limit(clampLimit(limit))
      .execute();
  }

  private async actorActivityRollup(filter: EventFilter, limit: number) {
    const source = this.rollupSource(filter) ?? 'day';
    const pairs = source === 'day' && filter.dyad ? await this.dyadPairs(filter.dyad) : null;
    if (pairs && pairs.length === 0) return [];
    // The rollup rows summed per (actor, recipient) pair first, in one scan; each pair then counts
    // for its actor (side 0) and, when there is one, its recipient (side 1). '' is "no recipient".
    const perPair = this.db
      .selectFrom(this.rollupRows(filter, source, pairs).as('r'))
      .select([
        'r.actor_code',
        'r.recipient_code',
        sql<number>`sum(r.events)`.as('events'),
        sql<number>`sum(r.goldstein)`.as('goldstein'),
        sql<string | null>`min(r.first)`.as('first'),
        sql<string | null>`max(r.last)`.as('last'),
      ])
      .groupBy(['r.actor_code', 'r.recipient_code']);
    const rows = await sql<{
      code: string;
      as_actor: number;
      as_recipient: number;
      goldstein: number;
      first: string | null;
      last: string | null;
    }>`select case when k.side = 0 then p.actor_code else p.recipient_code end as code,
         sum(case when k.side = 0 then p.events else 0 end) as as_actor,
         sum(case when k.side = 1 then p.events else 0 end) as as_recipient,
         sum(p.goldstein) as goldstein, min(p.first) as first, max(p.last) as last
       from (${perPair}) p cross join (select 0 as side union all select 1 as side) k
       where k.side = 0 or p.recipient_code <> ''
       group by case when k.side = 0 then p.actor_code else p.recipient_code end
       order by sum(p.events) desc, 1
       limit ${clampLimit(limit)}`.execute(this.db);
    return rows.rows;
  }

  async actorNames(codes: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    const out = new Map<string, string>();
    // Chunked so that a long list stays under the engine's bind-parameter limit.
    for (let i = 0; i < unique.length; i += 5000) {
      const rows = await this.db
        .selectFrom('actors')
        .select(['code', 'name'])
        .where('code', 'in', unique.slice(i, i + 5000))
        .execute();
      for (const r of rows) out.set(r.code, r.name);
    }
    return out;
  }

  async actorNetwork(
    filter: EventFilter,
    limit: number,
  ): Promise<{ source: string; target: string; events: number; goldstein: number }[]> {
    const source = this.rollupSource(filter);
    const pairs = source === 'day' && filter.dyad ? await this.dyadPairs(filter.dyad) : null;
    if (pairs && pairs.length === 0) return [];
    const rows = source
      ? await this.db
          .selectFrom(this.rollupRows(filter, source, pairs).as('r'))
          .where('r.recipient_code', '<>', '')
          .select([
            'r.actor_code as source',
            'r.recipient_code as target',
            sql<number>`sum(r.events)`.as('events'),
            sql<number>`sum(r.goldstein)`.as('goldstein'),
          ])
          .groupBy(['r.actor_code', 'r.recipient_code'])
          .orderBy(sql`sum(r.events)`, 'desc')
          .orderBy('r.actor_code')
          .orderBy('r.recipient_code')
          .limit(clampLimit(limit))
          .execute()
      : await this.db
          .selectFrom('events as e')
          .where((eb) => eventWhere(eb, filter))
          .where('e.recipient_code', 'is not', null)
          .select([
            'e.actor_code as source',
            sql<string>`e.recipient_code`.as('target'),
            sql<number>`count(*)`.as('events'),
            sql<number>`sum(e.goldstein)`.as('goldstein'),
          ])
          .groupBy(['e.actor_code', 'e.recipient_code'])
          .orderBy(sql`count(*)`, 'desc')
          .orderBy('e.actor_code')
          .orderBy('e.recipient_code')
          .limit(clampLimit(limit))
          .execute();
    return rows.map((r) => ({
      source: r.source,
      target: r.target,
      events: Number(r.events),
      goldstein: round(r.goldstein),
    }));
  }

  // ---- incidents ------------------------------------------------------------------------------

  async replaceIncidents(
    incidents: Incident[],
    campaigns: Campaign[],
    opts: { settles?: string } = {},
  ): Promise<void> {
    const rows = incidents.map(incidentToRows);
    await this.withRetry(async (trx) => {
      if (opts.settles)
        await trx.deleteFrom('incidents_pending').where('claimed', '=', opts.settles).execute();
      await trx.deleteFrom('incident_sources').execute();
      await trx.deleteFrom('incident_actors').execute();
      await trx.deleteFrom('incidents').execute();
      await trx.deleteFrom('campaigns').execute();
      await this.insertMany(
        trx,
        'incidents',
        rows.map((r) => r.incident),
      );
      await this.insertMany(
        trx,
        'incident_actors',
        rows.flatMap((r) => r.actors),
      );
      await this.insertMany(
        trx,
        'incident_sources',
        rows.flatMap((r) => r.sources),
      );
      await this.insertMany(trx, 'campaigns', campaigns.map(campaignToRow));
    });
  }

  async queryIncidents(
    filter: IncidentFilter,
    opts: { limit: number; cursor?: string | null; maxSources?: number },
  ): Promise<Page<Incident>> {
    const limit = clampLimit(opts.limit);
    const max = opts.maxSources;
    let q = this.db.selectFrom('incidents as i').selectAll('i');
    if (filter.from) q = q.where('i.date_from', '>=', filter.from.slice(0, 10));
    if (filter.to) q = q.where('i.date_from', '<=', filter.to.slice(0, 10));
    if (filter.type) q = q.where('i.type', '=', filter.type);
    if (filter.campaignId) q = q.where('i.campaign_id', '=', filter.campaignId);
    const place = filter.place?.trim();
    if (place) {
      q = q.where((eb) =>
        /^[A-Za-z]{3}$/.test(place)
          ? eb.or([eb('i.location_country', '=', place.toUpperCase()), containsCi('i.location_name', place)])
          : containsCi('i.location_name', place),
      );
    }
    const actor = filter.actor?.trim();
    if (actor) {
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('incident_actors as ia')
            .select('ia.incident_id')
            .whereRef('ia.incident_id', '=', 'i.id')
            .where((eb2) =>
              looksLikeCode(actor)
                ? startsWith('ia.code', actor)
                : eb2.or([startsWith('ia.code', actor.toUpperCase()), containsCi('ia.name', actor)]),
            ),
        ),
      );
    }
    const events = filter.events;
    if (events) {
      // An incident matches when one of its source events does, as the events table filters.
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('incident_sources as s')
            .innerJoin('events as e', 'e.id', 's.event_id')
            .select('s.incident_id')
            .whereRef('s.incident_id', '=', 'i.id')
            .where((eb2) => eventWhere(eb2 as unknown as Parameters<typeof eventWhere>[0], events)),
        ),
      );
    }
    if (opts.cursor) {
      const [d, id] = decodeCursor(opts.cursor, 2) as [string, string];
      q = q.where((eb) =>
        eb.or([eb('i.date_from', '>', d), eb.and([eb('i.date_from', '=', d), eb('i.id', '>', id)])]),
      );
    }
    const rows = await q
      .orderBy('i.date_from')
      .orderBy('i.id')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const ids = page.map((r) => r.id);
    let sq = this.db.selectFrom('incident_sources').selectAll().where('incident_id', 'in', ids);
    if (max !== undefined) sq = sq.where('ord', '<', max);
    const sources = page.length ? await sq.orderBy('incident_id').orderBy('ord').execute() : [];
    const counts = max !== undefined && page.length ? await this.sourceCounts(ids) : null;
    const byIncident = new Map<string, typeof sources>();
    for (const s of sources) {
      const list = byIncident.get(s.incident_id) ?? [];
      list.push(s);
      byIncident.set(s.incident_id, list);
    }
    const last = page[page.length - 1];
    return {
      items: page.map((r) => {
        const i = rowsToIncident(r, byIncident.get(r.id) ?? []);
        if (counts) i.sourceCount = counts.get(r.id) ?? 0;
        return i;
      }),
      next: rows.length > limit ? encodeCursor([last.date_from, last.id]) : null,
    };
  }

  /** Number of sources of each incident. */
  private async sourceCounts(ids: string[]): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('incident_sources')
      .select(['incident_id', (eb) => eb.fn.countAll().as('n')])
      .where('incident_id', 'in', ids)
      .groupBy('incident_id')
      .execute();
    return new Map(rows.map((r) => [r.incident_id, Number(r.n)]));
  }

  async getIncident(id: string, opts: { maxSources?: number } = {}): Promise<Incident | null> {
    const row = await this.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    let q = this.db.selectFrom('incident_sources').selectAll().where('incident_id', '=', id);
    if (opts.maxSources !== undefined) q = q.where('ord', '<', opts.maxSources);
    const incident = rowsToIncident(row, await q.orderBy('ord').execute());
    if (opts.maxSources !== undefined) incident.sourceCount = (await this.sourceCounts([id])).get(id) ?? 0;
    return incident;
  }

  async incidentSources(
    id: string,
    opts: { offset: number; limit: number },
  ): Promise<{ items: Incident['sources']; total: number } | null> {
    const row = await this.db.selectFrom('incidents').select('id').where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const offset = Math.max(0, Math.floor(opts.offset));
    const rows = await this.db
      .selectFrom('incident_sources')
      .selectAll()
      .where('incident_id', '=', id)
      .where('ord', '>=', offset)
      .where('ord', '<', offset + Math.max(0, Math.floor(opts.limit)))
      .orderBy('ord')
      .execute();
    return { items: rows.map(rowToSource), total: (await this.sourceCounts([id])).get(id) ?? 0 };
  }

  async listCampaigns(): Promise<Campaign[]> {
    const rows = await this.db
      .selectFrom('campaigns')
      .selectAll()
      .orderBy('date_from')
      .orderBy('id')
      .execute();
    return rows.map(rowToCampaign);
  }

  // ---- runs and stats -------------------------------------------------------------------------

  async startRun(inputs: string[]): Promise<string> {
    return insertRun(this.db, inputs);
  }

  async markUnfinishedRuns(): Promise<number> {
    return markUnfinished(this.db);
  }

  async incidentsPending(): Promise<boolean> {
    return anyPending(this.db);
  }

  async claimPendingIncidents(): Promise<string> {
    return claimPending(this.db);
  }

  async deleteArticles(ids: string[]): Promise<DeleteCounts> {
    return this.withRetry((trx) => deleteArticleRows(trx, ids));
  }

  async finishRun(id: string, counts: { stored: number; skipped: number; failed: number }): Promise<void> {
    await this.db
      .updateTable('ingest_runs')
      .set({
        finished_at: new Date().toISOString(),
        stored: counts.stored,
        skipped: counts.skipped,
        failed: counts.failed,
        status: 'finished',
      })
      .where('id', '=', id)
      .execute();
  }

  async listRuns(limit: number): Promise<IngestRun[]> {
    const rows = await this.db
      .selectFrom('ingest_runs')
      .selectAll()
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(clampLimit(limit))
      .execute();
    return rows.map(rowToRun);
  }

  async stats(): Promise<StoreStats> {
    const count = async (table: keyof LapwingDb) =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    // Event counts come from the month rollup (a few thousand rows at a million events) rather
    // than a count over every event row; both are exact.
    const byTypeQuery = this.useRollup
      ? this.db
          .selectFrom('event_rollup_month')
          .select(['type', (eb) => eb.fn.sum<number>('events').as('n')])
          .groupBy('type')
          .orderBy('type')
          .execute()
      : this.db
          .selectFrom('events')
          .select(['type', (eb) => eb.fn.countAll().as('n')])
          .groupBy('type')
          .orderBy('type')
          .execute();
    const [articles, sentences, mentions, incidents, campaigns, runs, byLang, byType] = await Promise.all([
      count('articles'),
      count('sentences'),
      count('mentions'),
      count('incidents'),
      count('campaigns'),
      count('ingest_runs'),
      this.db
        .selectFrom('articles')
        .select(['language', (eb) => eb.fn.countAll().as('n')])
        .groupBy('language')
        .orderBy('language')
        .execute(),
      byTypeQuery,
    ]);
    const eventsByType = Object.fromEntries(
      byType.filter((r) => Number(r.n) > 0).map((r) => [r.type, Number(r.n)]),
    );
    const events = Object.values(eventsByType).reduce((a, b) => a + b, 0);
    return {
      articles,
      articlesByLanguage: Object.fromEntries(byLang.map((r) => [r.language, Number(r.n)])),
      sentences,
      mentions,
      events,
      eventsByType,
      incidents,
      campaigns,
      runs,
    };
  }

  async close(): Promise<void> {
    await this.adapter.close();
  }
}

/** `(actor_code, recipient_code)` is one of the pairs; no condition when `pairs` is null. */
function pairWhere(
  eb: ExpressionBuilder<LapwingDb & { r: LapwingDb['event_rollup'] }, 'r'>,
  pairs: { actor_code: string; recipient_code: string }[] | null,
): Expression<SqlBool> {
  if (!pairs) return eb.and([]);
  return eb.or(
    pairs.map((p) =>
      eb.and([eb('r.actor_code', '=', p.actor_code), eb('r.recipient_code', '=', p.recipient_code)]),
    ),
  );
}

/** Keyset condition: rows strictly after (d, id) in the (date nulls first, id) order or its reverse. */
function afterDateId(
  eb: ExpressionBuilder<LapwingDb & { e: LapwingDb['events'] }, 'e'>,
  d: string | null,
  id: string,
  desc: boolean,
): Expression<SqlBool> {
  if (!desc) {
    return d === null
      ? eb.or([
          eb.and([eb('e.date_from', 'is', null), eb('e.id', '>', id)]),
          eb('e.date_from', 'is not', null),
        ])
      : eb.or([eb('e.date_from', '>', d), eb.and([eb('e.date_from', '=', d), eb('e.id', '>', id)])]);
  }
  return d === null
    ? eb.and([eb('e.date_from', 'is', null), eb('e.id', '<', id)])
    : eb.or([
        eb('e.date_from', '<', d),
        eb.and([eb('e.date_from', '=', d), eb('e.id', '<', id)]),
        eb('e.date_from', 'is', null),
      ]);
}
