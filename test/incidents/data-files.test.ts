import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_ROOT, loadDataFile } from '../../src/core/data-file.js';
import { cityIndex } from '../../src/places/city-index.js';
import { dataFiles } from '../../src/places/data-files.js';
import { foldName } from '../../src/places/fold-name.js';
import { findNationalities } from '../../src/places/nationality.js';
import { loadAreas, loadDemonyms, loadExonyms } from '../../src/places/place-data.js';

describe('incident data files', () => {
  it('validate against their schemas', () => {
    expect(dataFiles.length).toBe(3);
    for (const spec of dataFiles) expect(() => loadDataFile(spec), spec.path).not.toThrow();
  });

  it('name only GeoNames rows that exist, in the country they give', () => {
    for (const x of loadExonyms()) {
      if (!x.geonames) continue;
      const rows = cityIndex().get(foldName(x.geonames)) ?? [];
      expect(rows.length, x.geonames).toBeGreaterThan(0);
      expect(cityIndex().get(foldName(x.name))?.[0], x.name).toBe(rows[0]);
    }
  });

  it('have unique ids and only known areas as containers', () => {
    const areas = loadAreas();
    const ids = new Set(areas.map((a) => a.id));
    expect(ids.size).toBe(areas.length);
    for (const a of areas) for (const w of a.within) expect(ids.has(w), `${a.id} within ${w}`).toBe(true);
    const dem = loadDemonyms();
    expect(new Set(dem.map((d) => d.id)).size).toBe(dem.length);
  });

  it('take nationality words from the actor data, the one list of demonyms', () => {
    const countries = JSON.parse(readFileSync(`${DATA_ROOT}actors/countries.json`, 'utf8')) as {
      countries: { iso3: string; demonyms?: string[] }[];
    };
    const words = new Map(loadDemonyms().map((d) => [d.country, new Set(d.words)]));
    for (const c of countries.countries)
      for (const d of c.demonyms ?? []) expect(words.get(c.iso3)?.has(d), `${c.iso3} ${d}`).toBe(true);
    expect(existsSync(`${DATA_ROOT}places/demonyms.yaml`)).toBe(false);
    const found = findNationalities(
      'Two Germans, three Englishmen, a Trinidad and Tobago national and four U.S. citizens were hurt; Myanmar’s army and pro-Russian groups.',
    ).map((h) => h.country);
    expect(found).toEqual(['DEU', 'GBR', 'TTO', 'USA', 'MMR', 'RUS']);
  });
});
