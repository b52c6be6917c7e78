import countries from 'i18n-iso-countries';
import type { Place } from '../core/records.js';
import { type CityRow, cityIndex, transliterationIndex, transliterationKey } from './city-index.js';
import { foldName } from './fold-name.js';
import { type Area, type CountryCentroid, loadAreas, loadCountries, loadPartWords } from './place-data.js';

interface Gazetteer {
  areas: Map<string, Area>;
  areaById: Map<string, Area>;
  countries: Map<string, CountryCentroid>;
  countryByIso3: Map<string, CountryCentroid>;
}

let gazetteer: Gazetteer | null = null;

/** Seas, regions and countries by folded name, built once from our data files. */
function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const areas = new Map<string, Area>();
  const areaById = new Map<string, Area>();
  for (const a of loadAreas()) {
    areaById.set(a.id, a);
    for (const n of [a.name, ...a.aliases]) if (!areas.has(foldName(n))) areas.set(foldName(n), a);
  }
  const byName = new Map<string, CountryCentroid>();
  const countryByIso3 = new Map<string, CountryCentroid>();
  const all = countries.getNames('en', { select: 'all' });
  for (const c of loadCountries()) {
    countryByIso3.set(c.iso3, c);
    const names = [c.name, c.iso3, ...(all[c.iso2] ?? [])];
    for (const n of names) {
      const key = foldName(n);
      if (key && !byName.has(key)) byName.set(key, c);
    }
  }
  // Common short forms that the ISO names miss.
  const extra: [string, string][] = [
    ['america', 'USA'],
    ['britain', 'GBR'],
    ['great britain', 'GBR'],
    ['uk', 'GBR'],
    ['russia', 'RUS'],
    ['iran', 'IRN'],
    ['syria', 'SYR'],
    ['venezuela', 'VEN'],
    ['bolivia', 'BOL'],
    ['north korea', 'PRK'],
    ['south korea', 'KOR'],
    ['palestine', 'PSE'],
    ['vietnam', 'VNM'],
    ['taiwan', 'TWN'],
  ];
  for (const [name, iso3] of extra) {
    const c = countryByIso3.get(iso3);
    if (c && !byName.has(name)) byName.set(name, c);
  }
  gazetteer = { areas, areaById, countries: byName, countryByIso3 };
  return gazetteer;
}

/** Words that introduce a place in running text and are not part of its name. */
const LEADING =
  /^(?:(?:in|into|on|at|near|off|from|across|inside|outside|toward|towards)\s+)?(?:(?:the\s+)?(?:(?:international\s+)?waters|coast|shores?|seas?)\s+(?:off|of|near)\s+)?(?:(?:the\s+)?(?:coast|shores?)\s+of\s+)?/i;

function areaPlace(text: string, a: Area): Place {
  return { text, name: a.name, country: null, lat: a.lat, lon: a.lon, kind: a.kind };
}

function countryPlace(text: string, c: CountryCentroid): Place {
  return { text, name: c.name, country: c.iso3, lat: c.lat, lon: c.lon, kind: 'country' };
}

function cityPlace(text: string, row: CityRow): Place {
  return {
    text,
    name: row.name,
    country: countries.alpha2ToAlpha3(row.country) ?? null,
    lat: row.loc.coordinates[1],
    lon: row.loc.coordinates[0],
    kind: 'city',
    geonameId: row.cityId,
  };
}

/** The sea or region record with this id, for containment checks. */
export function areaById(id: string): Area | undefined {
  return loadGazetteer().areaById.get(id);
}

/** The sea or region a place name denotes, if it is one of ours. */
export function areaOf(name: string): Area | undefined {
  return loadGazetteer().areas.get(foldName(name));
}

/** Country centroid record by ISO3. */
export function countryByIso3(iso3: string): CountryCentroid | undefined {
  return loadGazetteer().countryByIso3.get(iso3);
}

/**
 * Resolves a place name to coordinates and a country. Seas and regions from our data come first,
 * then countries, then GeoNames cities; among cities of one name the most populous wins, so that
 * "Bogota" is Bogotá, Colombia and not Bogota, New Jersey. "City, Country" restricts the city to
 * that country. Returns null when nothing fits.
 */
export function resolvePlace(text: string): Place | null {
  const known = placeMemo.get(text);
  if (known !== undefined) return known && { ...known };
  const place = readPlace(text);
  if (placeMemo.size >= PLACE_MEMO_MAX) placeMemo.clear();
  placeMemo.set(text, place && { ...place });
  return place;
}

/**
 * Names already resolved: the same few places recur in every sentence of a story, and folding a
 * name costs several regex passes. Bounded so that a long stream does not grow it; a `Place` is
 * flat, so a shallow copy keeps callers from sharing one.
 */
const PLACE_MEMO_MAX = 4096;
const placeMemo = new Map<string, Place | null>();

function readPlace(text: string): Place | null {
  const raw = text.trim();
  if (!raw) return null;
  const g = loadGazetteer();
  const stripped = raw.replace(LEADING, '').trim();
  const key = foldName(stripped.replace(/['\u2019]s\s+(?:waters|coast)$/i, ''));
  if (!key) return null;
  const area = g.areas.get(key);
  if (area) return areaPlace(raw, area);
  const country = g.countries.get(key);
  if (country) return countryPlace(raw, country);
  const parts = stripped
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    const cityKey = foldName(parts[0]);
    const inCountry = g.countries.get(foldName(parts[parts.length - 1]));
    const list = cityIndex().get(cityKey);
    if (list?.length) {
      const row = inCountry
        ? list.find((r) => countries.alpha2ToAlpha3(r.country) === inCountry.iso3)
        : undefined;
      return cityPlace(raw, row ?? list[0]);
    }
    const first = resolvePlace(parts[0]);
    if (first) return { ...first, text: raw };
    return null;
  }
  const list = cityIndex().get(key);
  if (list?.length) return cityPlace(raw, list[0]);
  return transliterated(raw, key) ?? partOf(raw, stripped);
}

/** "northern Syria", "central Budapest": a part of a place is in that place. */
function partOf(raw: string, stripped: string): Place | null {
  const sp = stripped.indexOf(' ');
  if (sp < 0 || !loadPartWords().has(stripped.slice(0, sp).toLowerCase())) return null;
  const whole = readPlace(stripped.slice(sp + 1));
  return whole && (whole.kind === 'city' || whole.kind === 'country') ? { ...whole, text: raw } : null;
}

/**
 * A city of 50,000 people or more spelled another way ("El Fasher" for Al Fashir, "Khan Younis" for
 * Khan Yunis): only for names of two words or more, where one key rarely fits two places, and only
 * when the key names one city or its largest is ten times the next.
 */
function transliterated(raw: string, key: string): Place | null {
  if (!key.includes(' ') && !key.includes('-')) return null;
  const list = transliterationIndex().get(transliterationKey(key));
  if (!list?.length) return null;
  if (list.length > 1 && list[0].population < 10 * list[1].population) return null;
  return cityPlace(raw, list[0]);
}
