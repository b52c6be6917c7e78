import type { CodedEvent } from '../core/records.js';
import { type ArticleMeta, eventDay } from './article-meta.js';
import { actionGeoCells, actorNames, geoNames } from './format-gdelt1.js';
import {
  actorCells,
  clean,
  compactDay,
  eventCells,
  fractionDate,
  type GeoCodes,
  numericEventId,
} from './gdelt-fields.js';

export { numericEventId } from './gdelt-fields.js';

/**
 * The 61 columns of the GDELT 2.0 event table (the 15-minute export files since February 2015),
 * in order: the 1.0 columns with `Actor1Geo_ADM2Code`, `Actor2Geo_ADM2Code` and
 * `ActionGeo_ADM2Code` after the ADM1 codes, and `DATEADDED` as YYYYMMDDHHMMSS UTC. Lapwing fills
 * what its records hold and leaves the rest empty; docs/exports.md lists the differences.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorNames('Actor1'),
  ...actorNames('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoNames('Actor1Geo', true),
  ...geoNames('Actor2Geo', true),
  ...geoNames('ActionGeo', true),
  'DATEADDED',
  'SOURCEURL',
] as const;

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
  const day = eventDay(e.date?.from, meta);
  const compact = compactDay(day);
  const cols: unknown[] = [
    numericEventId(e.id),
    compact,
    compact.slice(0, 6),
    compact.slice(0, 4),
    day ? fractionDate(day) : '',
    ...actorCells(e.actor),
    ...actorCells(e.recipient),
    ...eventCells(e),
    ...Array(16).fill(''),
    ...actionGeoCells(e, codes, true),
    dateAdded,
    meta?.url ?? '',
  ];
  return cols.map(clean).join('\t');
}
