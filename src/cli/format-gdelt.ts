import type { CodedEvent, Place } from '../core/records.js';
import { type ArticleMeta, eventDay } from './article-meta.js';

/**
 * The 58 columns of the GDELT 1.0 event table (daily files since April 2013), in order. Lapwing
 * fills what its records hold and leaves the rest empty; the README lists the differences.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
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
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

/** GDELT wants an integer id: the first 13 hex digits of our hashed id fit in a safe integer. */
export function numericEventId(id: string): string {
  const hex = id
    .replace(/^[a-z]+_/, '')
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 13);
  return hex ? String(Number.parseInt(hex, 16)) : '';
}

function fractionDate(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const doy = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  return (d.getUTCFullYear() + doy / 365).toFixed(4);
}

/** GDELT geographic resolution: 1 country, 4 world city, 5 world state/region. */
function geoType(p: Place): string {
  if (p.kind === 'country') return '1';
  if (p.kind === 'city') return '4';
  if (p.kind === 'region' || p.kind === 'sea') return '5';
  return '';
}

function clean(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

/** The header line, tab-separated (GDELT files carry none; `--no-header` drops it). */
export function gdeltHeader(): string {
  return GDELT_COLUMNS.join('\t');
}

/** One event as a tab-separated GDELT 1.0 line. */
export function gdeltRow(e: CodedEvent, meta: ArticleMeta | undefined, dateAdded: string): string {
  const day = eventDay(e.date?.from, meta);
  const compact = day ? day.replace(/-/g, '') : '';
  const actor = (a: CodedEvent['actor'] | null) =>
    a
      ? [a.code, a.name.toUpperCase(), a.country ?? '', '', '', '', '', a.sector ?? '', '', '']
      : ['', '', '', '', '', '', '', '', '', ''];
  const loc = e.location;
  const actionGeo = loc
    ? [
        geoType(loc),
        loc.name ?? loc.text,
        loc.country ?? '',
        '',
        loc.lat ?? '',
        loc.lon ?? '',
        loc.geonameId ?? '',
      ]
    : ['', '', '', '', '', '', ''];
  const empty7 = ['', '', '', '', '', '', ''];
  const cols: unknown[] = [
    numericEventId(e.id),
    compact,
    compact.slice(0, 6),
    compact.slice(0, 4),
    day ? fractionDate(day) : '',
    ...actor(e.actor),
    ...actor(e.recipient),
    e.sentence === 0 ? 1 : 0,
    e.cameo,
    e.cameo.slice(0, 3),
    e.cameo.slice(0, 2),
    e.quad,
    e.goldstein,
    1,
    1,
    1,
    '',
    ...empty7,
    ...empty7,
    ...actionGeo,
    dateAdded,
    meta?.url ?? '',
  ];
  return cols.map(clean).join('\t');
}
