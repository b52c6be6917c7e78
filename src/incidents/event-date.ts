import type { DateRange } from '../core/records.js';
import { WEEKDAYS } from '../core/time-words.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RELATIVE_DAYS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/** ISO day string of a UTC date. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Adds whole days to an ISO day. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
}

/** Whole days from `a` to `b` (ISO days). */
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Whether a string is a real ISO day (`2025-10-21`, not `2025-13-45`). */
export function isIsoDay(s: string | null | undefined): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && isoDay(new Date(t)) === s;
}

/** The publication day of an ISO date-time, or null. */
export function publicationDay(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  if (m) return isIsoDay(m[1]) ? m[1] : null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : isoDay(new Date(t));
}

/**
 * Day-precise dates a sentence states, resolved against the publication day, leaning to the past
 * as news does: "on Tuesday" is the last Tuesday on or before publication, "Oct. 21" the last
 * October 21 on or before it, "yesterday" the day before. For when the coder gave an event no date.
 */
export function statedDays(text: string, pubDay: string): string[] {
  return statedDayMentions(text, pubDay).map((m) => m.day);
}

/** A day a sentence states, where, and whether a reporting verb governs it ("said on Monday"). */
export interface StatedDay {
  day: string;
  start: number;
  /** The day is when something was said or announced, not when the act took place. */
  announced: boolean;
}

const REPORTING =
  /\b(?:said|says|announced|announces|announcing|posted|wrote|reported|confirmed|disclosed|revealed|added|stated|told reporters|statement|announcement)\b(?:\s+(?:on|late|early|in|a|an|post|posts|statement|x|truth|social|media|its|his|her|their|account))*\s*$/i;

/** Like `statedDays`, with positions and whether each day is an announcement's. */
export function statedDayMentions(text: string, pubDay: string): StatedDay[] {
  const out: StatedDay[] = [];
  const push = (day: string, start: number) =>
    out.push({ day, start, announced: REPORTING.test(text.slice(Math.max(0, start - 40), start)) });
  const pub = new Date(`${pubDay}T00:00:00Z`);
  const wd = /\b(?:on\s+|last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
  for (let m = wd.exec(text); m; m = wd.exec(text)) {
    const target = (WEEKDAYS as readonly string[]).indexOf(m[1].toLowerCase());
    let back = (pub.getUTCDay() - target + 7) % 7;
    if (back === 0 && /^last\s/i.test(m[0])) back = 7;
    push(addDays(pubDay, -back), m.index);
  }
  const md =
    /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/gi;
  for (let m = md.exec(text); m; m = md.exec(text)) {
    const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    let year = m[3] ? Number(m[3]) : pub.getUTCFullYear();
    let d = new Date(Date.UTC(year, month, day));
    if (!m[3] && d > pub) {
      year -= 1;
      d = new Date(Date.UTC(year, month, day));
    }
    if (d.getUTCDate() === day) push(isoDay(d), m.index);
  }
  // British order: "21 October", "on 2 September".
  const dm =
    /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:,?\s+(\d{4}))?/gi;
  for (let m = dm.exec(text); m; m = dm.exec(text)) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    let d = new Date(Date.UTC(m[3] ? Number(m[3]) : pub.getUTCFullYear(), month, day));
    if (!m[3] && d > pub) d = new Date(Date.UTC(pub.getUTCFullYear() - 1, month, day));
    if (d.getUTCDate() === day) push(isoDay(d), m.index);
  }
  const y = /\byesterday\b/i.exec(text);
  if (y) push(addDays(pubDay, -1), y.index);
  // "struck a day earlier", "the previous day": days back from the announcement the sentence
  // dates (or from publication).
  const rel =
    /\b(?:(a|one|two|three|\d) days? (?:earlier|before)|(?:the )?(?:previous|prior) day|the day before)\b(?! yesterday)/gi;
  for (let m = rel.exec(text); m; m = rel.exec(text)) {
    const base = out.find((x) => x.announced)?.day ?? pubDay;
    const n = m[1] ? (/^\d$/.test(m[1]) ? Number(m[1]) : (RELATIVE_DAYS[m[1].toLowerCase()] ?? 1)) : 1;
    out.push({ day: addDays(base, -n), start: m.index, announced: false });
  }
  // "this morning", "earlier tonight": the day of publication, as for "today".
  const t = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i.exec(text);
  if (t) push(pubDay, t.index);
  return out;
}

/**
 * The date of an undated event from its sentence: the earliest stated day (in "announced on
 * Thursday a strike carried out on Monday" the act comes first), or null if none is stated.
 */
export function dateFromSentence(text: string, published: string | null): DateRange | null {
  const pubDay = publicationDay(published);
  if (!pubDay) return null;
  const days = statedDays(text, pubDay).sort();
  if (!days.length) return null;
  return { from: days[0], to: days[0], granularity: 'day' };
}
