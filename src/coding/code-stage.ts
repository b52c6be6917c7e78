import { withDatelineCountry } from '../actors/resolve-stage.js';
import { casualtiesFromText, extractCasualties } from '../casualties/casualties.js';
import { inSentence } from '../core/by-sentence.js';
import { stableId } from '../core/ids.js';
import type {
  AnalyzedArticle,
  CodedArticle,
  CodedEvent,
  DateRange,
  EventActor,
  Place,
  Token,
} from '../core/records.js';
import type { Stage } from '../core/stage.js';
import { findPlaceInText } from '../places/find-place.js';
import { resolvePlace } from '../places/resolve-place.js';
import { type ActorHit, ActorReader, namesPlace } from './actor-phrases.js';
import { dateForAct, forAct } from './clause-dates.js';
import { codeSentence, type DraftEvent } from './code-sentence.js';
import { ontology } from './ontology.js';
import { patternBook } from './patterns.js';
import { foldDemands, placeProtest } from './protest-acts.js';
import { articleTopics, irrelevance, sentenceTopics } from './relevance.js';
import { directQuotesBySentence } from './sentence-quotes.js';

const UNKNOWN: EventActor = { code: '---', country: null, sector: null, name: 'unknown', text: '' };
const PLACE_KINDS = new Set(['city', 'country', 'region', 'sea', 'place']);
// "in Kabul", "near the border", "the streets of Tbilisi", "the outskirts of Goma"
const PLACE_PREPS =
  /\b(?:(?:in|at|near|off|outside|inside|across|over|into|throughout)\s+(?:the\s+)?|(?:streets|outskirts|centre|center|suburbs) of\s+)$/i;
const WITH_CASUALTIES = new Set(['ASSAULT', 'COERCE', 'PROTEST']);
/** Claims of acts that did not (or not yet) happen: they name no actor for a later mention. */
const NOT_TOLD_AS_DONE = new Set(['negated', 'hypothetical', 'future', 'denied']);
/** Sectors that an act's actor has only by a misreading ("the people killed"): not remembered. */
const VICTIM_SECTORS = new Set(['CVL', 'REF']);
/** Event types whose place is looked up (the others happen wherever their actors are). */
const WITH_LOCATION = new Set([
  'ASSAULT',
  'COERCE',
  'PROTEST',
  'MOBILIZE',
  'SANCTION',
  'AID',
  'RETREAT',
  'CONSULT',
]);

/** The event's copy of an actor hit, without the coder's working flag `weak`. */
function toActor(a: ActorHit | null): EventActor | null {
  if (!a) return null;
  // field by field: hits come in several shapes, and object rest took the engine's slow path
  const out: EventActor & { place?: boolean } = {
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    entityId: a.entityId,
    rules: a.rules,
    text: a.text,
    span: a.span,
  };
  if (a.place !== undefined) out.place = a.place;
  if (a.refersTo) out.refersTo = a.refersTo;
  return out;
}

function publishedDay(published: string | null): DateRange | null {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return m ? { from: m[1], to: m[1], granularity: 'day' } : null;
}

/**
 * Codes the events of an analysed article: each sentence through the clause coder, then each draft
 * completed from the ontology (Goldstein, QuadClass), the sentence's dates and places, and the
 * casualty figures of material conflict.
 */
export function codeArticle(analyzed: AnalyzedArticle): CodedArticle {
  const book = patternBook();
  const onto = ontology();
  const article = analyzed.article;
  const published = publishedDay(article.published);
  const reader = new ActorReader(
    analyzed,
    published?.from ?? null,
    book.cues.nonActorHeads.single,
    book.cues.abstractNouns.single,
  );
  const events: CodedEvent[] = [];
  const ids = new Set<string>();
  // The actor of the latest act of each type told so far, for acts named again without one.
  const recent = new Map<string, ActorHit>();
  const recentActor = (type: string): ActorHit | null => recent.get(type) ?? null;
  const quotesOf = directQuotesBySentence(analyzed.quotes, analyzed.sentences);
  const dateline = analyzed.dateline;
  // what the whole article is about, read when a sentence first has an event
  let articleTopicList: ReturnType<typeof articleTopics> | undefined;
  for (const s of analyzed.sentences) {
    let tokens = analyzed.tokens[s.index] ?? [];
    // the dateline's words are where the report was filed, not part of what it tells
    if (dateline && s.start < dateline.end) tokens = afterDateline(tokens, dateline.end);
    if (!tokens.length) continue;
    let drafts = codeSentence({
      sentence: s,
      tokens,
      quotes: quotesOf.get(s.index) ?? [],
      book,
      actors: reader,
      recentActor,
    });
    if (drafts.length) {
      articleTopicList ??= articleTopics(
        analyzed.sentences.map((x) =>
          dateline && x.start < dateline.end
            ? afterDateline(analyzed.tokens[x.index] ?? [], dateline.end)
            : (analyzed.tokens[x.index] ?? []),
        ),
      );
      const topics = sentenceTopics(tokens, articleTopicList);
      drafts = drafts.filter((d) => irrelevance(d, tokens, topics) === null);
    }
    for (const d of drafts)
      if (
        d.actor?.country &&
        !d.actor.weak &&
        !VICTIM_SECTORS.has(d.actor.sector ?? '') &&
        !NOT_TOLD_AS_DONE.has(d.claim)
      )
        recent.set(d.type, d.actor);
    if (!drafts.length) continue;
    // the dateline's day is when the report was filed: "on Monday" in the sentence says when it happened
    const datesTold = inSentence(analyzed.dates, s.index).filter(
      (d) => !(dateline && d.start < dateline.end),
    );
    /**
     * The act's date from its own clause or the clauses it hangs on: one clause's month does not
     * date another clause's act. A pluperfect act with no date of its own keeps the sentence's
     * first date, the frame the sentence sets.
     */
    const dateOf = (d: DraftEvent): DateRange | null => {
      const first = datesTold[0]?.range ?? published;
      if (!d.dateScopes) return first;
      const at = tokens[Math.min(d.trigger, tokens.length - 1)]?.start ?? s.start;
      return dateForAct(
        d.dateScopes,
        forAct(datesTold, tokens, at),
        at,
        d.dateScopes.pluperfect ? first : published,
      );
    };
    let location: Place | null | undefined;
    /** The first place the sentence (or the char range [from, to) of it) puts something in. */
    const placeIn = (from = 0, to = Number.POSITIVE_INFINITY): Place | null => {
      for (const m of reader.mentionsIn(s.index)) {
        if (m.start < from || m.end > to) continue;
        // a town the language stage took for a name ("El Fasher") counts when the actor stage
        // read it as no more than its country
        const townAsName =
          !PLACE_KINDS.has(m.kind) && m.actor?.code === m.actor?.country && !!m.actor?.country;
        if (!PLACE_KINDS.has(m.kind) && !townAsName) continue;
        if (!PLACE_PREPS.test(article.text.slice(Math.max(s.start, m.start - 12), m.start))) continue;
        const p = resolvePlace(m.canonical ?? m.text);
        if (p && (!townAsName || (p.kind === 'city' && p.country === m.actor?.country)))
          return { ...p, text: m.text, span: { start: m.start, end: m.end } };
      }
      return null;
    };
    /** The sentence's first such place, read once for all its events. */
    const placeOf = (): Place | null => {
      if (location === undefined) location = placeIn();
      return location;
    };
    let casualties: ReturnType<typeof extractCasualties> | undefined;
    const told: CodedEvent[] = [];
    for (const d of drafts) {
      const date = dateOf(d);
      const own = d.ownClause ? ownFacts(d, tokens, article.text, date) : null;
      const e = buildEvent(d, s.index, tokens, article.id, article.text, s.text, own?.date ?? date, onto);
      if (!e || ids.has(e.id)) continue;
      if (dateline?.country) {
        placeByDateline(e, dateline.scene ?? dateline.country);
      }
      ids.add(e.id);
      if (WITH_LOCATION.has(e.type))
        e.location =
          (own && (placeIn(own.start, own.end) ?? findPlaceInText(article.text.slice(own.start, own.end)))) ||
          placeOf();
      if (own && WITH_CASUALTIES.has(e.type)) {
        if (Object.keys(own.casualties).length) e.casualties = own.casualties;
      } else if (WITH_CASUALTIES.has(e.type)) {
        casualties ??= extractCasualties(analyzed, s.index);
        if (casualties && Object.keys(casualties).length) e.casualties = casualties;
      }
      placeProtest(e, article.text);
      told.push(e);
    }
    for (const e of foldDemands(told)) events.push(e);
  }
  return { ...analyzed, events };
}

/** The tokens after the dateline, their tree heads renumbered (a head inside the dateline becomes root). */
function afterDateline(tokens: readonly Token[], end: number): Token[] {
  const cut = tokens.findIndex((t) => t.start >= end);
  if (cut <= 0) return cut < 0 ? [] : [...tokens];
  return tokens
    .slice(cut)
    .map((t) =>
      t.head === undefined
        ? t
        : { ...t, head: t.head >= cut ? t.head - cut : -1, rel: t.head >= cut ? t.rel : 'root' },
    );
}

/** Roles named by their sector alone take the dateline's country ("police" in a Nairobi report). */
function placeByDateline(e: CodedEvent, country: string): void {
  const lacks = (a: EventActor | null): a is EventActor =>
    !!a &&
    !a.country &&
    !!a.sector &&
    a.sector !== 'UNK' &&
    !a.entityId &&
    !/^(IGO|IMG|NGO|MNC)/.test(a.code);
  if (lacks(e.actor)) e.actor = withDatelineCountry(e.actor, country);
  if (lacks(e.recipient)) e.recipient = withDatelineCountry(e.recipient, country);
}

/**
 * The date and figures of an event told in its own background clause ("two days after another
 * attack killed two"): the sentence's day moved by the stated distance, and only the clause's
 * figures, so that it does not take the main event's.
 */
function ownFacts(
  d: DraftEvent,
  tokens: readonly { start: number; end: number }[],
  text: string,
  date: DateRange | null,
): { date: DateRange | null; casualties: ReturnType<typeof casualtiesFromText>; start: number; end: number } {
  const [a, b] = d.ownClause as [number, number];
  const start = tokens[Math.max(0, a)].start;
  const end = tokens[Math.min(tokens.length - 1, Math.max(a, b - 1))].end;
  const casualties = casualtiesFromText(text.slice(start, end), { offset: start });
  let moved: DateRange | null = null;
  if (date && d.dayShift && date.from === date.to && /^\d{4}-\d{2}-\d{2}$/.test(date.from)) {
    const t = new Date(`${date.from}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + d.dayShift);
    const day = t.toISOString().slice(0, 10);
    moved = { ...date, from: day, to: day };
  }
  return { date: moved, casualties, start, end };
}

function buildEvent(
  d: DraftEvent,
  sentence: number,
  tokens: readonly { start: number; end: number }[],
  articleId: string,
  text: string,
  sentenceText: string,
  date: DateRange | null,
  onto: ReturnType<typeof ontology>,
): CodedEvent | null {
  const info = onto.cameo(d.cameo) ?? onto.cameo(d.cameo.slice(0, 3)) ?? onto.cameo(d.cameo.slice(0, 2));
  if (!info) return null;
  const start = tokens[Math.max(0, d.from)].start;
  const end = tokens[Math.min(tokens.length - 1, Math.max(d.from, d.to - 1))].end;
  const actor = toActor(d.actor) ?? { ...UNKNOWN };
  const recipient = toActor(d.recipient);
  const mode = d.mode && onto.isMode(d.type, d.mode) ? d.mode : null;
  return {
    id: stableId(
      'evt',
      articleId,
      String(sentence),
      String(start),
      d.type,
      actor.code,
      recipient?.code ?? '',
      // two towns taken in one sentence are two events
      ...(recipient?.span && namesPlace(d.recipient) ? [String(recipient.span.start)] : []),
    ),
    articleId,
    sentence,
    type: d.type,
    mode,
    context: d.context,
    cameo: info.code,
    goldstein: info.goldstein,
    quad: info.quad,
    actor,
    recipient,
    claim: d.claim,
    claimSource: toActor(d.claimSource),
    evidence: { start, end, text: text.slice(start, end) },
    sentenceText,
    date,
    location: null,
    confidence: d.confidence,
    rules: d.rules,
  };
}

/** Coding stage: PLOVER and CAMEO events with claim status and evidence. */
export const codingStage: Stage<AnalyzedArticle, CodedArticle> = {
  name: 'coding',
  run(analyzed) {
    return codeArticle(analyzed);
  },
};
