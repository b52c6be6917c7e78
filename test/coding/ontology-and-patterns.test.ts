import { describe, expect, it } from 'vitest';
import { dataFiles, patternSpecs } from '../../src/coding/data-files.js';
import { ontology } from '../../src/coding/ontology.js';
import { PLOVER_TYPES } from '../../src/coding/ontology-schema.js';
import { patternBook } from '../../src/coding/patterns.js';
import { loadDataFile } from '../../src/core/data-file.js';

describe('ontology tables', () => {
  it('validates every data file of the coding stage against its schema', () => {
    for (const spec of dataFiles) expect(() => loadDataFile(spec)).not.toThrow();
  });

  it('has every CAMEO 1.1b3 code with a Goldstein score, a QuadClass and a PLOVER equivalent', () => {
    const o = ontology();
    expect(o.codes.length).toBe(311);
    expect(o.cameo('190')).toMatchObject({ goldstein: -10, quad: 4, type: 'ASSAULT' });
    expect(o.cameo('036')).toMatchObject({ quad: 1, type: 'AGREE' });
    expect(o.cameo('163')).toMatchObject({ quad: 4, type: 'SANCTION', mode: 'discontinue' });
    expect(o.cameo('138')).toMatchObject({ type: 'THREATEN', mode: 'violence' });
    // root 01 statements have no PLOVER type; everything from 02 on has one
    for (const c of o.codes) if (!c.code.startsWith('01')) expect(c.type, c.code).not.toBeNull();
  });

  it('gives modes and intensities of the 16 PLOVER types', () => {
    const o = ontology();
    expect(o.isMode('ASSAULT', 'aerial')).toBe(true);
    expect(o.isMode('AGREE', 'violence')).toBe(false);
    expect(o.intensity('ASSAULT', 'unconventional')).toBe(-10);
    expect(o.intensity('AID', null)).toBe(10);
  });
});

describe('patterns', () => {
  const book = patternBook();

  it('have unique stable ids', () => {
    const ids = book.patterns.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(patternSpecs.length).toBeGreaterThan(3);
  });

  it('cover all 16 PLOVER types and CAMEO roots 02 to 20', () => {
    const types = new Set(book.patterns.map((p) => p.type));
    for (const t of PLOVER_TYPES) expect(types.has(t), t).toBe(true);
    const roots = new Set(book.patterns.map((p) => p.cameo.slice(0, 2)));
    for (let r = 2; r <= 20; r++) expect(roots.has(String(r).padStart(2, '0')), `root ${r}`).toBe(true);
  });

  it('give every pattern a mode its type has', () => {
    const o = ontology();
    for (const p of book.patterns) if (p.mode) expect(o.isMode(p.type, p.mode), p.id).toBe(true);
  });
});
