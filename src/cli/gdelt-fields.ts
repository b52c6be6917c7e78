import type { CodedEvent, EventActor, Place } from '../core/records.js';
import { fipsOf } from './fips-codes.js';

/** Which country codes the geography columns carry: GDELT's FIPS 10-4 or ISO 3166 alpha-3. */
export type GeoCodes = 'fips' | 'iso3';

/** GDELT wants an integer id: the first 13 hex digits of our hashed id fit in a safe integer. */
export function numericEventId(id: string): string {
  const hex = id
    .replace(/^[a-z]+_/, '')
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 13);
  return hex ? String(Number.parseInt(hex, 16)) : '';
}

/** GDELT's FractionDate: the year plus the day of the year over 365, four decimals. */
export function fractionDate(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const doy = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  return (d.getUTCFullYear() + doy / 365).toFixed(4);
}

/** GDELT geographic resolution: 1 country, 4 world city, 5 world state/region. */
export function geoType(p: Place): string {
  if (p.kind === 'country') return '1';
  if (p.kind === 'city') return '4';
  if (p.kind === 'region' || p.kind === 'sea') return '5';
  return '';
}

/** A cell without tabs or line breaks. */
export function clean(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

/**
 * The ten actor columns (code, name, country, known group, ethnic, two religions, three types).
 * An unknown actor (`---`) is left blank as GDELT leaves it; an actor of unknown country with a
 * sector (`---CRM`) is coded by its sector alone (`CRM`), as GDELT codes "police" as `COP`.
 */
export function actorCells(a: EventActor | null): unknown[] {
  if (!a || a.code === '---' || /^-+$/.test(a.code)) return ['', '', '', '', '', '', '', '', '', ''];
  const code = a.code.replace(/^---/, '');
  const known = a.country && /^(IGO|NGO|IMG|MNC)$/.test(a.country) ? code.slice(3, 6) : '';
  return [code, a.name.toUpperCase(), a.country ?? '', known, '', '', '', a.sector ?? '', '', ''];
}

/** A place's country code in the chosen scheme. */
export function geoCountry(p: Place, codes: GeoCodes): string {
  if (!p.country) return '';
  return codes === 'iso3' ? p.country : (fipsOf(p.country) ?? '');
}

/** The event day as YYYYMMDD, or empty. */
export function compactDay(day: string | null): string {
  return day ? day.replace(/-/g, '') : '';
}

/** The event columns shared by both layouts: root flag, CAMEO codes, QuadClass, Goldstein, counts, tone. */
export function eventCells(e: CodedEvent): unknown[] {
  return [
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
  ];
}
