/**
 * Normalises a publication date from metadata to ISO 8601. A bare `YYYY-MM-DD` stays a date, so
 * that no time zone shifts it to the day before; anything else `Date` can read (ISO 8601 with
 * time, RFC 2822 as in RSS, "Dec 3, 2025 6:30 pm") becomes a UTC date-time. Numbers are epoch
 * seconds or milliseconds. Returns null when nothing sensible comes out.
 */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // YAML front matter turns `date: 2025-12-03` into UTC midnight: it was a date, not a time.
    const iso = isoOf(value);
    return iso?.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Small numbers (a day of the month, a count) are not timestamps.
    if (value < 1e8) return null;
    // Below 1e11 the number is in seconds: 1e11 ms is 1973, 1e11 s is the year 5138.
    return isoOf(new Date(value < 1e11 ? value * 1000 : value));
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : s;
  }
  if (/^\d{10}(\d{3})?$/.test(s)) return normaliseDate(Number(s));
  // Every form read here writes the year in full; without one, Date guesses ("1" is 2001).
  if (!/\d{4}/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return isoOf(new Date(t));
}

function isoOf(d: Date): string | null {
  const y = d.getUTCFullYear();
  // Years outside this window are parse accidents ("1" parses as 2001), not publication dates.
  if (y < 1900 || y > 2200) return null;
  return d.toISOString();
}
