/**
 * Rows in PostgreSQL's COPY text format: tab-separated, `\N` for NULL, with backslash escapes for
 * the characters that would otherwise end a field or a row.
 */

function field(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return s.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** The COPY text payload for `rows`, taking the fields named by `columns` in that order. */
export function toCopyText(rows: object[], columns: string[]): string {
  let out = '';
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    out += `${columns.map((c) => field(r[c])).join('\t')}\n`;
  }
  return out;
}
