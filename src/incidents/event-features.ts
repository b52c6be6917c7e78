import type { Article, CasualtyRange, Casualties, CodedEvent, DateRange, Place } from '../core/records.js';
import { casualtiesFromText } from './casualties.js';
import { hasNumber } from './count-range.js';
import { addDays, dateFromSentence, dayDiff, publicationDay } from './event-date.js';
import { findPlaceInText } from './find-place.js';

/** How exactly an event's date is known. */
export type DatePrecision = 'day' | 'report' | 'vague';

/** What clustering needs to know about one event, worked out once. */
export interface EventFeatures {
  event: CodedEvent;
  article: Article | undefined;
  /** Publication day of the event's article. */
  published: string | null;
  kind: string;
  actorCountry: string | null;
  recipientSector: string | null;
  date: DateRange | null;
  precision: DatePrecision;
  /** Days the event can fall on: the stated day(s), or the days before its report. */
  window: { from: string; to: string } | null;
  place: Place | null;
  casualties: Casualties;
  /** Per-incident killed count, if any. */
  killed: CasualtyRange | undefined;
  /** Campaign running total the event states, if any. */
  total: CasualtyRange | undefined;
}

/** Violence (CAMEO 18-20, PLOVER ASSAULT) is one kind however the coder split it; others by type. */
export function kindOf(e: CodedEvent): string {
  const root = e.cameo.slice(0, 2);
  if (e.type === 'ASSAULT' || root === '18' || root === '19' || root === '20') return 'violence';
  return e.type || root;
}

function countryOf(code: string | null | undefined): string | null {
  return code && !code.startsWith('---') ? code : null;
}

/**
 * The features of one event. Missing casualties are read from the sentence, a missing date from
 * the sentence against the publication day, and a missing place from the seas and regions the
 * sentence names, so that incidents can be built from events of any coder version.
 */
export function eventFeatures(event: CodedEvent, article: Article | undefined, windowDays: number): EventFeatures {
  const published = publicationDay(article?.published);
  const casualties =
    event.casualties && Object.keys(event.casualties).length > 0 ? event.casualties : casualtiesFromText(event.sentenceText);
  const killed = casualties.killed && !casualties.killed.cumulative ? casualties.killed : undefined;
  const total = casualties.killedTotal ?? (casualties.killed?.cumulative ? casualties.killed : undefined);
  const date = event.date ?? dateFromSentence(event.sentenceText, article?.published ?? null);
  let precision: DatePrecision;
  let window: EventFeatures['window'] = null;
  if (date && dayDiff(date.from, date.to) <= windowDays && date.granularity !== 'month' && date.granularity !== 'year') {
    precision = 'day';
    window = { from: date.from, to: date.to };
  } else if (date) {
    precision = 'vague';
    window = { from: date.from, to: date.to };
  } else {
    precision = 'report';
    // An undated report of a strike tells of something in the days just before it appeared.
    if (published) window = { from: addDays(published, -windowDays), to: published };
  }
  return {
    event,
    article,
    published,
    kind: kindOf(event),
    actorCountry: countryOf(event.actor.country),
    recipientSector: event.recipient?.sector ?? null,
    date,
    precision,
    window,
    place: event.location ?? findPlaceInText(event.sentenceText),
    casualties,
    killed,
    total,
  };
}

/** Whether an event states any per-incident count at all. */
export function hasOwnCount(f: EventFeatures): boolean {
  const c = f.casualties;
  return (
    hasNumber(f.killed) || [c.injured, c.survivors, c.arrested, c.missing].some((r) => hasNumber(r) && !r?.cumulative)
  );
}
