import * as chrono from 'chrono-node';
import { UNIT_WORDS } from '../core/number-words.js';
import type { DateGranularity, DateMention, DateRange, Sentence } from '../core/records.js';
import { allMatches } from './all-matches.js';

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTH_RE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

/** "since early September", "back in September", "in late March 2024", "the end of May": a month or part of one, with no day. */
const MONTH_PHRASE = new RegExp(
  `\\b(?:(since|from)\\s+)?(?:(back|earlier|later)\\s+)?(?:(?:in|during|by|until|through|throughout)\\s+)?(?:(early|mid|late)[\\s-]+|the\\s+(beginning|start|middle|end)\\s+of\\s+)?(${MONTH_RE})(?!\\w)(?:,?\\s+(\\d{4})\\b)?(?!\\.?\\s*\\d)`,
  'gi',
);
const PART_OF_YEAR = /\b(?:(since|from)\s+)?(?:(?:in|during|by|until)\s+)?(early|mid|late)[\s-]+(\d{4})\b/gi;
const YEAR = /\b(since|in|during|by|until|through|throughout|of)\s+((?:19|20)\d{2})\b(?!\s*[-/]\d)/gi;
/** Words of a future act before a weekday in its clause ("will meet on Friday", "is due to vote Monday"). */
const FUTURE_BEFORE =
  /\b(?:will|shall|'ll|(?:is|are) (?:due|set|scheduled|expected|to)|plans? to|to be held)\b[^.;!?]*$/i;

/** Is the weekday at `at` told of a future act (a future word before it in its sentence, close by)? */
function futureBefore(text: string, at: number): boolean {
  return FUTURE_BEFORE.test(text.slice(Math.max(0, at - 60), at));
}

const WEEKDAY =
  /\b(?:(last|this|on|next|since)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const RELATIVE_PERIOD =
  /\b(earlier|later)?\s*\b(last|this|next|past|earlier this|later this)\s+(week|month|year|weekend)\b/gi;
const EARLIER = /\b(earlier|recently|in recent (days|weeks|months))\b(?!\s+(than|this|that|last|in|on))/gi;
const SEASON =
  /\b(?:(since)\s+)?(?:(this|last|next|in|during|the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+(\d{4}))?\b/gi;

/*
 * Cheap guards, one per family of expressions: most sentences have no date at all, and the phrase
 * patterns above (which start with optional words) are slow to try at every position.
 */
const MONTH_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const YEAR_HINT = /\b(?:19|20)\d\d\b/;
const WEEKDAY_HINT = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
/**
 * Everything any date pattern needs; most sentences fail this one test and are done. The cue words
 * (a digit, or jan feb mar apr may jun jul aug sep oct nov dec day week month year earlier recent
 * ago spring summer autumn fall winter today tonight yesterday tomorrow morning afternoon evening
 * overnight, in any case) are grouped by their first letter, which the regexp engine tries a quarter
 * faster than one flat list of alternatives.
 */
const ANY_HINT =
  /\d|a(?:go|pr|ug|utumn|fternoon)|d(?:ay|ec)|e(?:arlier|vening)|f(?:eb|all)|j(?:an|u[nl])|m(?:a[ry]|onth|orning)|nov|o(?:ct|vernight)|recent|s(?:ep|pring|ummer)|to(?:day|night|morrow)|w(?:eek|inter)|ye(?:ar|sterday)/i;
/** Sentences that may hold something chrono can read: an exact date, a relative day, a clock time. */
const CHRONO_TRIGGER = /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(?:noon|midnight)\b/;

/*
 * The everyday exact forms are read here rather than by chrono: on news text chrono was a quarter
 * of the stage's time, almost all of it on "Oct. 16" and "yesterday".
 */
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_RE})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s*[-–]\\s*(\\d{1,2})(?!\\d))?(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?!\\w)(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const RELATIVE_DAY =
  /\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|overnight)\b/gi;
const AGO =
  /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(day|week|month|year)s?\s+ago\b/gi;
// Only the words the pattern above admits are ever looked up.
const SMALL_NUMBERS: Record<string, number> = { ...UNIT_WORDS, a: 1, an: 1, several: 3, 'a few': 3 };

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}
function isoOf(d: Date): string {
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
function range(from: string, to: string, granularity: DateGranularity): DateRange {
  return { from, to, granularity };
}

/** The year of the most recent month `m` not after the reference. */
function yearForMonth(m: number, ref: Date): number {
  return m <= ref.getUTCMonth() + 1 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
}

function monthRange(y: number, m: number, part: string | undefined): DateRange {
  const last = daysIn(y, m);
  switch ((part ?? '').toLowerCase()) {
    case 'early':
    case 'beginning':
    case 'start':
      return range(iso(y, m, 1), iso(y, m, 10), 'range');
    case 'mid':
    case 'middle':
      return range(iso(y, m, 11), iso(y, m, 20), 'range');
    case 'late':
    case 'end':
      return range(iso(y, m, 21), iso(y, m, last), 'range');
    default:
      return range(iso(y, m, 1), iso(y, m, last), 'month');
  }
}

/** A range opened by "since": from its start to the reference date. */
function since(r: DateRange, ref: Date | null): DateRange {
  return range(r.from, ref ? isoOf(ref) : r.to, 'range');
}

function weekStart(d: Date): Date {
  const dow = (d.getUTCDay() + 6) % 7;
  return addDays(d, -dow);
}

interface Found {
  start: number;
  end: number;
  range: DateRange;
  since?: boolean;
}

/**
 * Finds and resolves date expressions in one sentence against the reference (publication) date.
 * Months, parts of months ("early September" is days 1–10, "mid" 11–20, "late" 21 to the end),
 * seasons, weekdays, "last week", "this month", "earlier" and years are read here; exact dates
 * ("Dec 3, 2025", "yesterday", "two weeks ago") by chrono-node. A month or weekday without a year
 * is the most recent one not after the reference; "since X" runs from X to the reference date.
 * Every result is a range with its granularity; nothing is resolved finer than the text says.
 */
export function findDates(sentence: Sentence, ref: Date | null): DateMention[] {
  const text = sentence.text;
  if (!ANY_HINT.test(text)) return [];
  const found: Found[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && e > f.start);
  const add = (s: number, e: number, r: DateRange, isSince = false) => {
    if (!free(s, e)) return;
    found.push(isSince ? { start: s, end: e, range: r, since: true } : { start: s, end: e, range: r });
  };

  // Years, ISO dates and chrono's numeric dates all need a digit: one cheap test spares their guards.
  const hasDigit = DIGIT.test(text);
  const hasMonth = MONTH_HINT.test(text);
  if (hasMonth || (hasDigit && ISO_HINT.test(text))) readExactDates(text, ref, add);
  // The case-insensitive families are looked for in the lower-cased text with `includes`, far
  // cheaper than one case-insensitive scan per family; each cue is a word its patterns require.
  const lower = text.toLowerCase();
  if (ref) readRelativeDays(text, lower, ref, add);
  for (const m of hasMonth ? allMatches(MONTH_PHRASE, text) : []) {
    const month = MONTHS[m[5].replace('.', '').toLowerCase()];
    // "May" is a month only when capitalised and not the modal at a sentence start ("May I...").
    if (
      m[5] === 'May' &&
      !m[6] &&
      !m[3] &&
      !m[4] &&
      !/\b(in|since|during|by|until|from|of|early|mid|late)\s+May$/i.test(
        text.slice(0, (m.index ?? 0) + m[0].length),
      )
    )
      continue;
    if (!/^[A-Z]/.test(m[5])) continue;
    const year = m[6] ? Number(m[6]) : ref ? yearForMonth(month, ref) : null;
    if (year === null) continue;
    const r = monthRange(year, month, m[3] ?? m[4]);
    const isSince = !!m[1] && m[1].toLowerCase() === 'since';
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, isSince ? since(r, ref) : r, isSince);
  }
  const hasYear = hasDigit && YEAR_HINT.test(text);
  for (const m of hasYear ? allMatches(PART_OF_YEAR, text) : []) {
    const y = Number(m[3]);
    const part = m[2].toLowerCase();
    const r =
      part === 'early'
        ? range(iso(y, 1, 1), iso(y, 4, 30), 'range')
        : part === 'mid'
          ? range(iso(y, 5, 1), iso(y, 8, 31), 'range')
          : range(iso(y, 9, 1), iso(y, 12, 31), 'range');
    const isSince = m[1]?.toLowerCase() === 'since';
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, isSince ? since(r, ref) : r, isSince);
  }
  for (const m of hasYear ? allMatches(YEAR, text) : []) {
    const y = Number(m[2]);
    const isSince = m[1].toLowerCase() === 'since';
    const r = range(iso(y, 1, 1), iso(y, 12, 31), 'year');
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, isSince ? since(r, ref) : r, isSince);
  }
  if (ref) {
    for (const m of hasSeason(lower) ? allMatches(SEASON, text) : []) {
      if (!m[2] && !m[4] && !m[1]) continue;
      if (m[2]?.toLowerCase() === 'the' && !m[4]) continue;
      const s = m[3].toLowerCase();
      const startMonth = s === 'spring' ? 3 : s === 'summer' ? 6 : s === 'winter' ? 12 : 9;
      let y = m[4] ? Number(m[4]) : ref.getUTCFullYear();
      const which = (m[2] ?? '').toLowerCase();
      if (!m[4]) {
        // Past-leaning: a season that has not started yet this year is last year's.
        if (startMonth > ref.getUTCMonth() + 1 || which === 'last') y -= 1;
        if (which === 'next') y = ref.getUTCFullYear() + (startMonth > ref.getUTCMonth() + 1 ? 0 : 1);
      }
      const endY = startMonth === 12 ? y + 1 : y;
      const endM = startMonth === 12 ? 2 : startMonth + 2;
      const r = range(iso(y, startMonth, 1), iso(endY, endM, daysIn(endY, endM)), 'season');
      const isSince = m[1]?.toLowerCase() === 'since';
      add(m.index ?? 0, (m.index ?? 0) + m[0].length, isSince ? since(r, ref) : r, isSince);
    }
    for (const m of lower.includes('day') && WEEKDAY_HINT.test(text) ? allMatches(WEEKDAY, text) : []) {
      const dow = WEEKDAYS[m[2].toLowerCase()];
      const which = (m[1] ?? '').toLowerCase();
      let back = (ref.getUTCDay() - dow + 7) % 7;
      if (which === 'last' && back === 0) back = 7;
      // "will strike on Monday": a weekday told of a future act is the coming one
      const ahead = which === 'next' || (which !== 'last' && futureBefore(text, m.index ?? 0));
      const d = ahead ? addDays(ref, (dow - ref.getUTCDay() + 7) % 7 || 7) : addDays(ref, -back);
      const r = range(isoOf(d), isoOf(d), 'day');
      const isSince = which === 'since';
      add(m.index ?? 0, (m.index ?? 0) + m[0].length, isSince ? since(r, ref) : r, isSince);
    }
    for (const m of hasPeriod(lower) ? allMatches(RELATIVE_PERIOD, text) : []) {
      const which = m[2].toLowerCase();
      const unit = m[3].toLowerCase();
      const earlierThis = which === 'earlier this' || (m[1]?.toLowerCase() === 'earlier' && which === 'this');
      const shift = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
      let r: DateRange;
      if (unit === 'week' || unit === 'weekend') {
        const ws = addDays(weekStart(ref), 7 * shift);
        r =
          unit === 'weekend'
            ? range(isoOf(addDays(ws, 5)), isoOf(addDays(ws, 6)), 'range')
            : range(isoOf(ws), isoOf(addDays(ws, 6)), 'week');
        if (which === 'past') r = range(isoOf(addDays(ref, -7)), isoOf(ref), 'range');
      } else if (unit === 'month') {
        let y = ref.getUTCFullYear();
        let mo = ref.getUTCMonth() + 1 + shift;
        if (mo < 1) [y, mo] = [y - 1, 12];
        if (mo > 12) [y, mo] = [y + 1, 1];
        r =
          which === 'past'
            ? range(isoOf(addDays(ref, -30)), isoOf(ref), 'range')
            : monthRange(y, mo, undefined);
      } else {
        const y = ref.getUTCFullYear() + shift;
        r =
          which === 'past'
            ? range(isoOf(addDays(ref, -365)), isoOf(ref), 'range')
            : range(iso(y, 1, 1), iso(y, 12, 31), 'year');
      }
      if (earlierThis) r = range(r.from, isoOf(ref), 'range');
      const s = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      add(s, (m.index ?? 0) + m[0].length, r);
    }
    for (const m of lower.includes('earlier') || lower.includes('recent') ? allMatches(EARLIER, text) : []) {
      // Vague: some time in the days before the report.
      const w = m[1].toLowerCase();
      const days = w.includes('weeks') ? 42 : w.includes('months') ? 180 : w === 'recently' ? 30 : 7;
      add(m.index ?? 0, (m.index ?? 0) + m[0].length, range(isoOf(addDays(ref, -days)), isoOf(ref), 'range'));
    }
  }
  // The reference is passed as a plain Date (noon UTC, so the local day is the same in any time
  // zone within 11 hours of UTC): chrono's `timezone` option triples its cost.
  if ((hasDigit || lower.includes('noon') || lower.includes('midnight')) && CHRONO_TRIGGER.test(text)) {
    for (const r of chrono.casual.parse(text, ref ?? new Date(0), { forwardDate: false })) {
      const resolved = fromChrono(r, ref);
      if (resolved) add(r.index, r.index + r.text.length, resolved);
    }
  }
  if (!found.length) return [];
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const d: DateMention = {
        start: sentence.start + f.start,
        end: sentence.start + f.end,
        sentence: sentence.index,
        text: text.slice(f.start, f.end),
        range: f.range,
      };
      if (f.since) d.since = true;
      return d;
    });
}

const ISO_HINT = /\d{4}-\d\d-\d\d/;
const DIGIT = /\d/;

/*
 * Cues on the lower-cased sentence. Without the `u` flag a case-insensitive pattern folds only
 * ASCII letters to ASCII letters, and lower-casing does the same to them, so a sentence that one
 * of the patterns matches always has its cue.
 */
function hasSeason(lower: string): boolean {
  return (
    lower.includes('spring') ||
    lower.includes('summer') ||
    lower.includes('autumn') ||
    lower.includes('fall') ||
    lower.includes('winter')
  );
}

function hasPeriod(lower: string): boolean {
  return lower.includes('week') || lower.includes('month') || lower.includes('year');
}

/** "today", "tonight", "yesterday", "tomorrow", "this morning", "last night", "overnight". */
function hasRelativeDay(lower: string): boolean {
  return (
    lower.includes('day') ||
    lower.includes('tomorrow') ||
    lower.includes('night') ||
    lower.includes('morning') ||
    lower.includes('afternoon') ||
    lower.includes('evening')
  );
}

type Add = (s: number, e: number, r: DateRange, isSince?: boolean) => void;

/** The year of day `d` of month `m` most recently not after the reference (a day's grace). */
function yearForDay(m: number, d: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  return Date.UTC(y, m - 1, d) > ref.getTime() + 86_400_000 ? y - 1 : y;
}

/** "Dec 3, 2025", "Sept. 4", "Sept. 1-5", "3 December", "2025-12-03". */
function readExactDates(text: string, ref: Date | null, add: Add): void {
  const emit = (
    index: number,
    len: number,
    m: number,
    d: number,
    d2: number | null,
    yearText: string | undefined,
  ) => {
    if (d < 1 || d > 31 || (d2 !== null && (d2 <= d || d2 > 31))) return;
    const y = yearText ? Number(yearText) : ref ? yearForDay(m, d, ref) : null;
    if (y === null || d > daysIn(y, m)) return;
    const r =
      d2 === null
        ? range(iso(y, m, d), iso(y, m, d), 'day')
        : range(iso(y, m, d), iso(y, m, Math.min(d2, daysIn(y, m))), 'range');
    // "since Sept. 2" opens a range to the reference date.
    const before = text.slice(Math.max(0, index - 7), index);
    const s = /\bsince\s+$/i.exec(before);
    if (s) add(index - (before.length - s.index), index + len, since(r, ref), true);
    else add(index, index + len, r);
  };
  for (const m of allMatches(MONTH_DAY, text)) {
    if (!/^[A-Z]/.test(m[1]) || (m[1] === 'May' && !m[2])) continue;
    emit(
      m.index ?? 0,
      m[0].length,
      MONTHS[m[1].replace('.', '').toLowerCase()],
      Number(m[2]),
      m[3] ? Number(m[3]) : null,
      m[4],
    );
  }
  for (const m of allMatches(DAY_MONTH, text)) {
    if (!/^[A-Z]/.test(m[2])) continue;
    emit(m.index ?? 0, m[0].length, MONTHS[m[2].replace('.', '').toLowerCase()], Number(m[1]), null, m[3]);
  }
  for (const m of allMatches(ISO_DATE, text)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo))
      add(m.index ?? 0, (m.index ?? 0) + m[0].length, range(iso(y, mo, d), iso(y, mo, d), 'day'));
  }
}

/** "yesterday", "tonight", "this morning", "two weeks ago". */
function readRelativeDays(text: string, lower: string, ref: Date, add: Add): void {
  for (const m of hasRelativeDay(lower) ? allMatches(RELATIVE_DAY, text) : []) {
    const w = m[1].toLowerCase();
    const shift = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
    const d = isoOf(addDays(ref, shift));
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, range(d, d, 'day'));
  }
  for (const m of lower.includes('ago') ? allMatches(AGO, text) : []) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : (SMALL_NUMBERS[m[1].toLowerCase()] ?? 1);
    const unit = m[2].toLowerCase();
    let r: DateRange;
    if (unit === 'day') {
      const d = isoOf(addDays(ref, -n));
      r = range(d, d, 'day');
    } else if (unit === 'week') {
      const c = addDays(ref, -7 * n);
      r = range(isoOf(addDays(c, -3)), isoOf(addDays(c, 3)), 'week');
    } else if (unit === 'month') {
      let y = ref.getUTCFullYear();
      let mo = ref.getUTCMonth() + 1 - n;
      while (mo < 1) {
        mo += 12;
        y--;
      }
      r = monthRange(y, mo, undefined);
    } else {
      const y = ref.getUTCFullYear() - n;
      r = range(iso(y, 1, 1), iso(y, 12, 31), 'year');
    }
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, r);
  }
}

/** Converts a chrono result to a range, at the granularity chrono actually knew. */
function fromChrono(r: chrono.ParsedResult, ref: Date | null): DateRange | null {
  const k = r.start;
  const lowerText = r.text.toLowerCase();
  if (lowerText === 'now' || /^in\s/.test(lowerText)) return null;
  const hasDay = k.isCertain('day') || k.isCertain('weekday');
  const hasMonth = k.isCertain('month');
  const hasYear = k.isCertain('year');
  if (!hasDay && !hasMonth && !hasYear) {
    // Times of day ("this morning") say the reference day; a bare clock time says nothing.
    if (!ref || !/morning|afternoon|evening|night|today|tonight/.test(lowerText)) return null;
    return range(isoOf(ref), isoOf(ref), 'day');
  }
  if (!ref && !hasYear) return null;
  let y = k.get('year') ?? 0;
  const m = k.get('month') ?? 1;
  const d = k.get('day') ?? 1;
  // Past-leaning: a date whose year chrono guessed is the most recent one not after the reference.
  if (!hasYear && ref && Date.UTC(y, m - 1, d) > ref.getTime() + 86_400_000) y -= 1;
  if (r.end) {
    const e = r.end;
    let ey = e.get('year') ?? y;
    if (!e.isCertain('year') && ey > y) ey = y;
    return range(iso(y, m, d), iso(ey, e.get('month') ?? m, e.get('day') ?? d), 'range');
  }
  if (/weeks? ago/.test(lowerText)) {
    const c = new Date(Date.UTC(y, m - 1, d));
    return range(isoOf(addDays(c, -3)), isoOf(addDays(c, 3)), 'week');
  }
  if (/months? ago/.test(lowerText)) return monthRange(y, m, undefined);
  if (/years? ago/.test(lowerText)) return range(iso(y, 1, 1), iso(y, 12, 31), 'year');
  if (hasDay) return range(iso(y, m, d), iso(y, m, d), 'day');
  if (hasMonth) return monthRange(y, m, undefined);
  return range(iso(y, 1, 1), iso(y, 12, 31), 'year');
}
