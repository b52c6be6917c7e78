import { printable } from '../core/printable.js';

/** A column of a text table. */
export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Gets what width is left after the fixed columns; at most one column should flex. */
  flex?: boolean;
  /** Right-align (numbers). */
  right?: boolean;
}

function clip(s: string, width: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= width ? one : `${one.slice(0, Math.max(0, width - 1))}\u2026`;
}

/**
 * Renders rows as an aligned plain-text table fitting `width` characters: fixed columns take
 * their natural width (capped), the flexible one takes the rest and is clipped with an ellipsis.
 */
export function renderTable<T>(rows: T[], columns: Column<T>[], width = 120): string {
  // Control characters (an escape sequence in a stored title) are shown escaped, never sent raw.
  const cells = rows.map((r) => columns.map((c) => printable(c.value(r).replace(/\s+/g, ' '))));
  const widths = columns.map((c, i) =>
    Math.min(
      c.flex ? Number.POSITIVE_INFINITY : 28,
      Math.max(c.header.length, ...cells.map((row) => row[i]!.length)),
    ),
  );
  const fixed = widths.reduce((s, w, i) => s + (columns[i]!.flex ? 0 : w), 0) + 2 * (columns.length - 1);
  columns.forEach((c, i) => {
    if (c.flex) widths[i] = Math.max(c.header.length, Math.min(widths[i]!, width - fixed));
  });
  const line = (vals: string[]) =>
    vals
      .map((v, i) => {
        const w = widths[i]!;
        const s = clip(v, w);
        return columns[i]!.right ? s.padStart(w) : i === vals.length - 1 ? s : s.padEnd(w);
      })
      .join('  ');
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}
