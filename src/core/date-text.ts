import type { DateRange } from './records.js';

/**
 * A date as precisely as it is known: a day, a month as `2025-09`, a year as `2025`, else the
 * range `from..to`. An event known to a month never shows as the month's first day.
 */
export function dateText(
  d: Pick<DateRange, 'from' | 'to' | 'granularity'> | null | undefined,
  sep = '..',
): string {
  if (!d) return '?';
  if (d.from === d.to) return d.from;
  if (d.granularity === 'month' && d.from.slice(0, 7) === d.to.slice(0, 7)) return d.from.slice(0, 7);
  if (d.granularity === 'year' && d.from.slice(0, 4) === d.to.slice(0, 4)) return d.from.slice(0, 4);
  return `${d.from}${sep}${d.to}`;
}

/** Whether a date is known to the day. */
export function isExactDay(d: Pick<DateRange, 'from' | 'to'> | null | undefined): boolean {
  return !!d && d.from === d.to;
}
