import type {
  ActorRef,
  Article,
  CodedArticle,
  DateMention,
  Marker,
  Mention,
  MentionKind,
  Quantity,
  Quote,
  Sentence,
  Token,
} from '../core/records.js';
import type {
  ActorRow,
  ArticleAnalysisRow,
  ArticleRow,
  EventEvidenceRow,
  EventRow,
  MentionRow,
  SentenceRow,
} from './db-schema.js';
import { eventToRows } from './event-rows.js';
import { storableRows } from './storable-text.js';

/** Every row one article writes, table by table. */
export interface ArticleRows {
  article: ArticleRow;
  analysis: ArticleAnalysisRow;
  sentences: SentenceRow[];
  mentions: MentionRow[];
  actors: ActorRow[];
  events: EventRow[];
  evidence: EventEvidenceRow[];
}

/** Options for what of an article is kept. */
export interface KeepOptions {
  /** Keep the token layer (large: roughly ten times the text). Default false. */
  tokens?: boolean;
}

/**
 * Splits a coded article into rows, with U+0000 made storable (see `storable-text.ts`). Pure: no
 * I/O, so bulk paths can prepare rows off the write path.
 */
export function articleToRows(coded: CodedArticle, ingestedAt: string, keep: KeepOptions = {}): ArticleRows {
  const rows = rowsOf(coded, ingestedAt, keep);
  for (const list of [
    [rows.article],
    [rows.analysis],
    rows.sentences,
    rows.mentions,
    rows.actors,
    rows.events,
    rows.evidence,
  ])
    storableRows(list as object[]);
  return rows;
}

function rowsOf(coded: CodedArticle, ingestedAt: string, keep: KeepOptions): ArticleRows {
  const a = coded.article;
  const actors = new Map<string, ActorRow>();
  const noteActor = (r: ActorRef | null | undefined) => {
    if (r && !actors.has(r.code))
      actors.set(r.code, { code: r.code, name: r.name, country: r.country, sector: r.sector });
  };
  const mentions: MentionRow[] = coded.mentions.map((m, ord) => {
    noteActor(m.actor);
    return {
      article_id: a.id,
      id: m.id,
      ord,
      sentence: m.sentence,
      start_offset: m.start,
      end_offset: m.end,
      text: m.text,
      kind: m.kind,
      title: m.title ?? null,
      antecedent: m.antecedent ?? null,
      canonical: m.canonical ?? null,
      actor_code: m.actor?.code ?? null,
      actor_country: m.actor?.country ?? null,
      actor_sector: m.actor?.sector ?? null,
      actor_name: m.actor?.name ?? null,
      actor_json: m.actor ? JSON.stringify(m.actor) : null,
    };
  });
  const events: EventRow[] = [];
  const evidence: EventEvidenceRow[] = [];
  for (const e of coded.events) {
    noteActor(e.actor);
    noteActor(e.recipient);
    const rows = eventToRows(e, a, events.length);
    events.push(rows.event);
    evidence.push(rows.evidence);
  }
  return {
    article: {
      id: a.id,
      text: a.text,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      url: a.url,
      language: a.language,
      origin: a.origin,
      format: a.format,
      ingested_at: ingestedAt,
    },
    analysis: {
      article_id: a.id,
      quotes_json: JSON.stringify(coded.quotes),
      markers_json: JSON.stringify(coded.markers),
      quantities_json: JSON.stringify(coded.quantities),
      dates_json: JSON.stringify(coded.dates),
      tokens_json: keep.tokens ? JSON.stringify(coded.tokens) : null,
    },
    sentences: coded.sentences.map((s) => ({
      article_id: a.id,
      idx: s.index,
      start_offset: s.start,
      end_offset: s.end,
      paragraph: s.paragraph,
      text: s.text,
    })),
    mentions,
    actors: [...actors.values()],
    events,
    evidence,
  };
}

/** Rebuilds an article from its row. */
export function rowToArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    text: r.text,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    url: r.url,
    language: r.language,
    origin: r.origin,
    format: r.format as Article['format'],
  };
}

/** Rebuilds a sentence from its row. */
export function rowToSentence(r: SentenceRow): Sentence {
  return {
    index: Number(r.idx),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    paragraph: Number(r.paragraph),
    text: r.text,
  };
}

/** Rebuilds a mention from its row; optional fields that were absent stay absent. */
export function rowToMention(r: MentionRow): Mention {
  const m: Mention = {
    id: r.id,
    sentence: Number(r.sentence),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    text: r.text,
    kind: r.kind as MentionKind,
  };
  if (r.title !== null) m.title = r.title;
  if (r.antecedent !== null) m.antecedent = r.antecedent;
  if (r.canonical !== null) m.canonical = r.canonical;
  if (r.actor_json !== null) m.actor = JSON.parse(r.actor_json) as ActorRef;
  return m;
}

/** The annotation layers kept as JSON. */
export function rowToAnalysis(r: ArticleAnalysisRow | undefined): {
  quotes: Quote[];
  markers: Marker[];
  quantities: Quantity[];
  dates: DateMention[];
  tokens: Token[][];
} {
  if (!r) return { quotes: [], markers: [], quantities: [], dates: [], tokens: [] };
  return {
    quotes: JSON.parse(r.quotes_json) as Quote[],
    markers: JSON.parse(r.markers_json) as Marker[],
    quantities: JSON.parse(r.quantities_json) as Quantity[],
    dates: JSON.parse(r.dates_json) as DateMention[],
    tokens: r.tokens_json ? (JSON.parse(r.tokens_json) as Token[][]) : [],
  };
}
