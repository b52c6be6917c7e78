/**
 * U+0000 in text: SQLite stores it, PostgreSQL refuses it (`invalid byte sequence for encoding
 * "UTF8": 0x00`) and the whole article with it. Every row the store writes passes through here,
 * before either adapter sees it, so both engines hold the same thing: each NUL becomes U+FFFD (the
 * replacement character). One UTF-16 unit for one, so the offsets of sentences, mentions and
 * evidence into the text stay right.
 */
export const NUL_REPLACEMENT = '\uFFFD';

/** The string with every U+0000 replaced (the same string when it has none). */
export function withoutNul(s: string): string {
  return s.includes('\u0000') ? s.replaceAll('\u0000', NUL_REPLACEMENT) : s;
}

/** Replaces U+0000 in every string field of flat row objects, in place; returns the rows. */
export function storableRows<T extends object>(rows: T[]): T[] {
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    for (const k in r) {
      const v = r[k];
      if (typeof v === 'string' && v.includes('\u0000')) r[k] = withoutNul(v);
    }
  }
  return rows;
}
