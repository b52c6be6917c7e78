import type { Kysely } from 'kysely';
import type { LapwingDb } from './db-schema.js';

/** What `deleteArticles` removed. */
export interface DeleteCounts {
  /** Articles deleted (ids that were not stored are not counted). */
  articles: number;
  sentences: number;
  mentions: number;
  events: number;
  /** Actor codes no longer used by any event or mention, whose names were removed. */
  actors: number;
  /** Incidents that cited one of the articles (their ledger needs the rebuild). */
  incidentsTouched: number;
}

/** Ids per statement: well under either engine's bind-parameter limit. */
const CHUNK = 500;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

async function countWhere(
  trx: Kysely<LapwingDb>,
  table: 'articles' | 'sentences' | 'mentions' | 'events',
  ids: string[],
): Promise<number> {
  const col = table === 'articles' ? 'id' : 'article_id';
  // biome-ignore lint/suspicious/noExplicitAny: the column differs by table; both are text ids.
  const row = await (trx as Kysely<any>)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where(col, 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Deletes articles inside the caller's transaction. Foreign keys cascade to the analysis,
 * sentences, mentions, events and evidence; triggers take the events out of both rollups and mark
 * the articles in `incidents_pending`, so the ledger is rebuilt even if the caller dies first.
 * Actor codes that only these articles used lose their stored display name.
 */
export async function deleteArticleRows(trx: Kysely<LapwingDb>, ids: string[]): Promise<DeleteCounts> {
  const counts: DeleteCounts = {
    articles: 0,
    sentences: 0,
    mentions: 0,
    events: 0,
    actors: 0,
    incidentsTouched: 0,
  };
  const unique = [...new Set(ids)];
  const codes = new Set<string>();
  const touched = new Set<string>();
  for (const part of chunks(unique)) {
    counts.articles += await countWhere(trx, 'articles', part);
    counts.sentences += await countWhere(trx, 'sentences', part);
    counts.mentions += await countWhere(trx, 'mentions', part);
    counts.events += await countWhere(trx, 'events', part);
    const used = await trx
      .selectFrom('events')
      .select(['actor_code', 'recipient_code'])
      .where('article_id', 'in', part)
      .execute();
    for (const u of used) {
      codes.add(u.actor_code);
      if (u.recipient_code) codes.add(u.recipient_code);
    }
    const mentioned = await trx
      .selectFrom('mentions')
      .select('actor_code')
      .where('article_id', 'in', part)
      .where('actor_code', 'is not', null)
      .execute();
    for (const m of mentioned) codes.add(m.actor_code as string);
    const incidents = await trx
      .selectFrom('incident_sources')
      .select('incident_id')
      .where('article_id', 'in', part)
      .execute();
    for (const i of incidents) touched.add(i.incident_id);
    await trx.deleteFrom('articles').where('id', 'in', part).execute();
  }
  counts.incidentsTouched = touched.size;
  for (const part of chunks([...codes])) {
    const gone = await trx
      .deleteFrom('actors')
      .where('code', 'in', part)
      // One NOT EXISTS per indexed column (an OR would scan the events).
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('events as e').select('e.id').whereRef('e.actor_code', '=', 'actors.code'))),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(selectFrom('events as e').select('e.id').whereRef('e.recipient_code', '=', 'actors.code')),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('mentions as m').select('m.id').whereRef('m.actor_code', '=', 'actors.code'))),
      )
      .executeTakeFirst();
    counts.actors += Number(gone.numDeletedRows);
  }
  return counts;
}
