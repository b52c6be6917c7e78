import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/core/data-file.js';
import { dataFiles } from '../../src/places/data-files.js';
import { loadAreas, loadDemonyms } from '../../src/places/place-data.js';

describe('incident data files', () => {
  it('validate against their schemas', () => {
    expect(dataFiles.length).toBe(3);
    for (const spec of dataFiles) expect(() => loadDataFile(spec), spec.path).not.toThrow();
  });

  it('have unique ids and only known areas as containers', () => {
    const areas = loadAreas();
    const ids = new Set(areas.map((a) => a.id));
    expect(ids.size).toBe(areas.length);
    for (const a of areas) for (const w of a.within) expect(ids.has(w), `${a.id} within ${w}`).toBe(true);
    const dem = loadDemonyms();
    expect(new Set(dem.map((d) => d.id)).size).toBe(dem.length);
  });
});
