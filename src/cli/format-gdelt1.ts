import type { CodedEvent } from '../core/records.js';
import { type ArticleMeta, eventDay } from './article-meta.js';
import {
  actorCells,
  clean,
  compactDay,
  eventCells,
  fractionDate,
  type GeoCodes,
  geoCountry,
  geoType,
  numericEventId,
} from './gdelt-fields.js';

/**
 * The 58 columns of the GDELT 1.0 event table (daily files April 2013 to 2015), in order:
 * `--format gdelt1`. GDELT 2.0 (`--format gdelt`) adds the three `*_ADM2Code` columns.
 */
export const GDELT1_COLUMNS: readonly string[] = gdeltColumns(false);

/** The GDELT event table's columns in order, with the three `*_ADM2Code` columns of 2.0 or not. */
export function gdeltColumns(adm2: boolean): string[] {
  return [
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
    ...geoNames('Actor1Geo', adm2),
    ...geoNames('Actor2Geo', adm2),
    ...geoNames('ActionGeo', adm2),
    'DATEADDED',
    'SOURCEURL',
  ];
}

/** The ten actor column names of one side. */
export function actorNames(p: 'Actor1' | 'Actor2'): string[] {
  return [
    `${p}Code`,
    `${p}Name`,
    `${p}CountryCode`,
    `${p}KnownGroupCode`,
    `${p}EthnicCode`,
    `${p}Religion1Code`,
    `${p}Religion2Code`,
    `${p}Type1Code`,
    `${p}Type2Code`,
    `${p}Type3Code`,
  ];
}

/** The geography column names of one role; GDELT 2.0 adds `_ADM2Code` after `_ADM1Code`. */
export function geoNames(p: 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo', adm2: boolean): string[] {
  return [
    `${p}_Type`,
    `${p}_FullName`,
    `${p}_CountryCode`,
    `${p}_ADM1Code`,
    ...(adm2 ? [`${p}_ADM2Code`] : []),
    `${p}_Lat`,
    `${p}_Long`,
    `${p}_FeatureID`,
  ];
}

/**
 * The action geography: type, name, country, ADM1 (GDELT gives a country-level place its country
 * code there), [ADM2], lat, long, feature id. Actor geographies are empty: Lapwing does not place
 * actors.
 */
export function actionGeoCells(e: CodedEvent, codes: GeoCodes, adm2: boolean): unknown[] {
  const loc = e.location;
  const width = adm2 ? 8 : 7;
  if (!loc) return Array(width).fill('');
  const country = geoCountry(loc, codes);
  const cells: unknown[] = [
    geoType(loc),
    loc.name ?? loc.text,
    country,
    loc.kind === 'country' ? country : '',
  ];
  if (adm2) cells.push('');
  cells.push(loc.lat ?? '', loc.lon ?? '', loc.geonameId ?? '');
  return cells;
}

/** The header line, tab-separated (GDELT files carry none; `--no-header` drops it). */
export function gdelt1Header(): string {
  return GDELT1_COLUMNS.join('\t');
}

/** One event as a tab-separated GDELT 1.0 line; `dateAdded` is YYYYMMDD. */
export function gdelt1Row(
  e: CodedEvent,
  meta: ArticleMeta | undefined,
  dateAdded: string,
  codes: GeoCodes = 'fips',
): string {
  return gdeltLine(e, meta, dateAdded.slice(0, 8), codes, false);
}

/**
 * One event as a tab-separated GDELT line: 1.0's 58 columns, or 2.0's 61 with the three
 * `*_ADM2Code` columns (`adm2`). The actor geographies are left empty.
 */
export function gdeltLine(
  e: CodedEvent,
  meta: ArticleMeta | undefined,
  dateAdded: string,
  codes: GeoCodes,
  adm2: boolean,
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
    ...Array(adm2 ? 16 : 14).fill(''),
    ...actionGeoCells(e, codes, adm2),
    dateAdded,
    meta?.url ?? '',
  ];
  return cols.map(clean).join('\t');
}
