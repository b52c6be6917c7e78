import { casualtiesFromText } from '../casualties/casualties.js';
import type { Article, Casualties, CasualtyRange, CodedEvent, DateRange, Place } from '../core/records.js';
import { findPlaceInText } from '../places/find-place.js';
import { articleActDays } from './article-act-day.js';
import { hasNumber } from './count-range.js';
import { addDays, dayDiff, isIsoDay, publicationDay, statedDayMentions } from './event-date.js';
import { placesCompatible } from './place-compat.js';
import { revisesFigure } from './revised-figure.js';

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
  /** Day of the announcement or publication that an undated event was reported on. */
  reportDay: string | null;
  /** The report day is an announcement's stated day ("said on Friday"), not just publication. */
  announced: boolean;
  /** Campaign running total the event states, if any. */
  total: CasualtyRange | undefined;
  /**
   * Killed count of a follow-up strike on survivors of a first one ("a second strike killed two
   * survivors"): part of the first strike's toll, so kept out of the incident's count.
   */
  followUpKilled?: CasualtyRange;
  /**
   * The event states a running total and only a side count of one strike (missing, survivors):
   * it may join an incident of its own article but never starts one.
   */
  tallyOnly?: boolean;
  /** The killed count revises earlier reports of the strike ("revised the toll to two"). */
  revision?: boolean;
}

/** A follow-up attack on the survivors of an earlier one, told as its own strike. */
const FOLLOW_UP =
  /\b(?:second|follow-up|follow up|followup|subsequent|another|double[- ]tap)\s+(?:\w+\s+){0,2}?(?:strike|attack)\b|\b(?:fired|struck|hit|attacked|fire|strike)\s+(?:\w+\s+){0,4}?again\b|\bagain\s+(?:fired|struck|hit|attacked)\b/i;
const SURVIVORS = /\bsurviv(?:ors?|ed|ing)\b/i;

/**
 * The event's date, corrected where the coder's is doubtful: a publication-day date that the
 * sentence never states, or a day the sentence gives only to an announcement ("said on
 * Thursday"), dates the report, not the act (`reportDay`); when a sentence states days for the
 * act and for its announcement ("said on Saturday that forces struck on Thursday"), the act's
 * (earliest) day wins.
 */
function eventDate(
  event: CodedEvent,
  published: string | null,
): { date: DateRange | null; reportDay: string | null; announced?: boolean } {
  const mentions = published ? statedDayMentions(event.sentenceText, published) : [];
  const acts = [...new Set(mentions.filter((m) => !m.announced).map((m) => m.day))].sort();
  const announced = [...new Set(mentions.filter((m) => m.announced).map((m) => m.day))].sort();
  const day = (x: string): DateRange => ({ from: x, to: x, granularity: 'day' });
  // A malformed date from upstream is no date at all.
  const d =
    event.date && isIsoDay(event.date.from) && isIsoDay(event.date.to) && event.date.from <= event.date.to
      ? event.date
      : null;
  if (!d || (d.from === d.to && (d.granularity === 'day' || d.granularity === 'range'))) {
    // "Hegseth said on Thursday that forces struck a boat": Thursday dates the announcement,
    // and the strike came on that day or before it.
    if (!acts.length && announced.length) return { date: null, reportDay: announced[0], announced: true };
    if (!d) return { date: acts.length ? day(acts[0]) : null, reportDay: null };
    if (!mentions.length && d.from === published) return { date: null, reportDay: published };
    // The coder took the announcement's day, or the later of two days given to acts.
    if (acts.length && announced.includes(d.from) && !acts.includes(d.from))
      return { date: day(acts[0]), reportDay: null };
    if (acts.length >= 2 && acts.includes(d.from) && acts[0] !== d.from)
      return { date: day(acts[0]), reportDay: null };
  }
  return { date: d, reportDay: null };
}

/**
 * The one day the article gives for carrying out its strike, if it falls in the days before the
 * report; null when the article gives none or several (a recap of many strikes).
 */
function soleActDay(
  article: Article,
  published: string,
  reportDay: string,
  windowDays: number,
): string | null {
  const days = articleActDays(article, published);
  if (days.length !== 1) return null;
  const d = days[0];
  return d <= reportDay && dayDiff(d, reportDay) <= windowDays + 2 ? d : null;
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
 * The event's place: the coder's, unless the sentence names a sea or region that the coder's
 * place does not fit (a coder may take "in Washington" or "US strikes" for the scene of an attack
 * at sea); our own reading of the sentence when the coder gave none.
 */
function eventPlace(event: CodedEvent): Place | null {
  const own = findPlaceInText(event.sentenceText);
  if (!event.location) return own;
  // a sea or region the coder chose (from the clause the event is told in) stands
  if (event.location.kind === 'sea' || event.location.kind === 'region') return event.location;
  if (own && (own.kind === 'sea' || own.kind === 'region') && !placesCompatible(own, event.location))
    return own;
  return event.location;
}

/**
 * The features of one event. Missing casualties are read from the sentence, a missing or doubtful
 * date from the sentence against the publication day (see `eventDate`), and a missing place from the seas and regions the
 * sentence names, so that incidents can be built from events of any coder version.
 */
export function eventFeatures(
  event: CodedEvent,
  article: Article | undefined,
  windowDays: number,
): EventFeatures {
  const published = publicationDay(article?.published);
  const casualties =
    event.casualties && Object.keys(event.casualties).length > 0
      ? event.casualties
      : casualtiesFromText(event.sentenceText);
  let killed = casualties.killed && !casualties.killed.cumulative ? casualties.killed : undefined;
  const total = casualties.killedTotal ?? (casualties.killed?.cumulative ? casualties.killed : undefined);
  let followUpKilled: CasualtyRange | undefined;
  if (killed && FOLLOW_UP.test(event.sentenceText) && SURVIVORS.test(event.sentenceText)) {
    followUpKilled = killed;
    killed = undefined;
  }
  const told = eventDate(event, published);
  const { reportDay, announced } = told;
  // Undated here, but the article may say when its strike was carried out.
  const actDay =
    !told.date && article && published
      ? soleActDay(article, published, reportDay ?? published, windowDays)
      : null;
  const date: DateRange | null =
    told.date ?? (actDay ? { from: actDay, to: actDay, granularity: 'day' } : null);
  let precision: DatePrecision;
  let window: EventFeatures['window'] = null;
  if (
    date &&
    dayDiff(date.from, date.to) <= windowDays &&
    date.granularity !== 'month' &&
    date.granularity !== 'year'
  ) {
    precision = 'day';
    window = { from: date.from, to: date.to };
  } else if (date) {
    precision = 'vague';
    window = { from: date.from, to: date.to };
  } else {
    precision = 'report';
    // An undated report of a strike tells of something in the days just before it was announced
    // or published; announcements have come up to three days after a strike.
    const last = reportDay ?? published;
    if (last) window = { from: addDays(last, -(windowDays + 2)), to: last };
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
    place: eventPlace(event),
    casualties,
    killed,
    total,
    reportDay: precision === 'report' ? (reportDay ?? published) : null,
    announced: precision === 'report' && !!announced,
    ...(followUpKilled ? { followUpKilled } : {}),
    ...(killed && revisesFigure(event.sentenceText) ? { revision: true } : {}),
  };
}

/** Whether an event states any per-incident count at all. */
export function hasOwnCount(f: EventFeatures): boolean {
  const c = f.casualties;
  return (
    hasNumber(f.killed) ||
    [c.injured, c.survivors, c.arrested, c.missing].some((r) => hasNumber(r) && !r?.cumulative)
  );
}
