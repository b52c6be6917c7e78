import type { CodedEvent } from '../core/records.js';
import type { ArticleMeta } from './article-meta.js';
import { gdeltColumns, gdeltLine } from './format-gdelt1.js';
import type { GeoCodes } from './gdelt-fields.js';

export { numericEventId } from './gdelt-fields.js';

/**
 * The 61 columns of the GDELT 2.0 event table (the 15-minute export files since February 2015),
 * in order: the 1.0 columns with `Actor1Geo_ADM2Code`, `Actor2Geo_ADM2Code` and
 * `ActionGeo_ADM2Code` after the ADM1 codes, and `DATEADDED` as YYYYMMDDHHMMSS UTC. Lapwing fills
 * what its records hold and leaves the rest empty; docs/exports.md lists the differences.
 */
export const GDELT_COLUMNS: readonly string[] = gdeltColumns(true);

/** A time as GDELT 2.0's DATEADDED: YYYYMMDDHHMMSS in UTC. */
export function gdeltTimestamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

/** The header line, tab-separated (GDELT files carry none; `--no-header` drops it). */
export function gdeltHeader(): string {
  return GDELT_COLUMNS.join('\t');
}

/** One event as a tab-separated GDELT 2.0 line; `dateAdded` is YYYYMMDDHHMMSS. */
export function gdeltRow(
  e: CodedEvent,
  meta: ArticleMeta | undefined,
  dateAdded: string,
  codes: GeoCodes = 'fips',
): string {
  return gdeltLine(e, meta, dateAdded, codes, true);
}
