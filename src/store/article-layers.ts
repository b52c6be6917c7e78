import type { Kysely } from 'kysely';
import type { CodedArticle } from '../core/records.js';
import { rowToAnalysis, rowToArticle, rowToMention, rowToSentence } from './article-rows.js';
import type { LapwingDb } from './db-schema.js';
import { type EventWithEvidence, rowToEvent } from './event-rows.js';

type Db = Kysely<LapwingDb>;

/** The parts of an annotated article that grow with its length. */
export const ARTICLE_LAYERS = [
  'sentences',
  'mentions',
  'events',
  'quotes',
  'markers',
  'quantities',
  'dates',
  'tokens',
] as const;
export type ArticleLayer = (typeof ARTICLE_LAYERS)[number];

/** The layers kept as rows (paged in SQL); the others are JSON documents, parsed then sliced. */
const ROW_LAYERS = new Set<ArticleLayer>(['sentences', 'mentions', 'events']);

/** A slice of one layer and the layer's size. */
export interface LayerSlice {
  items: unknown[];
  total: number;
}

/** Selects events with their evidence, as the store's event queries do. */
function eventSelect(db: Db) {
  return db
    .selectFrom('events as e')
    .innerJoin('event_evidence as v', 'v.event_id', 'e.id')
    .selectAll('e')
    .select(['v.start_offset as ev_start', 'v.end_offset as ev_end', 'v.text as ev_text']);
}

async function rowLayer(
  db: Db,
  id: string,
  layer: ArticleLayer,
  offset: number,
  limit: number,
): Promise<LayerSlice> {
  if (layer === 'sentences') {
    const [rows, n] = await Promise.all([
      db
        .selectFrom('sentences')
        .selectAll()
        .where('article_id', '=', id)
        .orderBy('idx')
        .offset(offset)
        .limit(limit)
        .execute(),
      db
        .selectFrom('sentences')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('article_id', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(rowToSentence), total: Number(n.n) };
  }
  if (layer === 'mentions') {
    const [rows, n] = await Promise.all([
      db
        .selectFrom('mentions')
        .selectAll()
        .where('article_id', '=', id)
        .orderBy('ord')
        .offset(offset)
        .limit(limit)
        .execute(),
      db
        .selectFrom('mentions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('article_id', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(rowToMention), total: Number(n.n) };
  }
  const [rows, n] = await Promise.all([
    eventSelect(db).where('e.article_id', '=', id).orderBy('e.ord').offset(offset).limit(limit).execute(),
    db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('article_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => rowToEvent(r as EventWithEvidence)), total: Number(n.n) };
}

/** The JSON column of a document layer. */
const JSON_COLUMN = {
  quotes: 'quotes_json',
  markers: 'markers_json',
  quantities: 'quantities_json',
  dates: 'dates_json',
  tokens: 'tokens_json',
} as const;

async function jsonLayer(
  db: Db,
  id: string,
  layer: keyof typeof JSON_COLUMN,
  offset: number,
  limit: number,
): Promise<LayerSlice> {
  const row = await db
    .selectFrom('article_analysis')
    .select(JSON_COLUMN[layer])
    .where('article_id', '=', id)
    .executeTakeFirst();
  const text = row ? (row as Record<string, string | null>)[JSON_COLUMN[layer]] : null;
  const all = text ? (JSON.parse(text) as unknown[]) : [];
  return { items: all.slice(offset, offset + limit), total: all.length };
}

/** A slice of one layer of an article, or null when the article is not stored. */
export async function articleLayer(
  db: Db,
  id: string,
  layer: ArticleLayer,
  opts: { offset: number; limit: number },
): Promise<LayerSlice | null> {
  const exists = await db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) return null;
  const offset = Math.max(0, Math.floor(opts.offset));
  const limit = Math.max(0, Math.floor(opts.limit));
  return ROW_LAYERS.has(layer)
    ? rowLayer(db, id, layer, offset, limit)
    : jsonLayer(db, id, layer as keyof typeof JSON_COLUMN, offset, limit);
}

/** An article with at most `limit` items of each layer (no tokens), and every layer's size. */
export interface TrimmedArticle {
  coded: Omit<CodedArticle, 'tokens'>;
  totals: Record<Exclude<ArticleLayer, 'tokens'>, number>;
}

/**
 * The article with the first `limit` items of each layer: the rows are read a page at a time
 * and never all at once, so a long article costs what a short one does.
 */
export async function trimmedArticle(db: Db, id: string, limit: number): Promise<TrimmedArticle | null> {
  const a = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const [sentences, mentions, events, analysis] = await Promise.all([
    rowLayer(db, id, 'sentences', 0, limit),
    rowLayer(db, id, 'mentions', 0, limit),
    rowLayer(db, id, 'events', 0, limit),
    db
      .selectFrom('article_analysis')
      .select(['article_id', 'quotes_json', 'markers_json', 'quantities_json', 'dates_json'])
      .where('article_id', '=', id)
      .executeTakeFirst(),
  ]);
  const json = rowToAnalysis(analysis ? { ...analysis, tokens_json: null } : undefined);
  return {
    coded: {
      article: rowToArticle(a),
      sentences: sentences.items as CodedArticle['sentences'],
      mentions: mentions.items as CodedArticle['mentions'],
      events: events.items as CodedArticle['events'],
      quotes: json.quotes.slice(0, limit),
      markers: json.markers.slice(0, limit),
      quantities: json.quantities.slice(0, limit),
      dates: json.dates.slice(0, limit),
    },
    totals: {
      sentences: sentences.total,
      mentions: mentions.total,
      events: events.total,
      quotes: json.quotes.length,
      markers: json.markers.length,
      quantities: json.quantities.length,
      dates: json.dates.length,
    },
  };
}
