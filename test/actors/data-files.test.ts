import { describe, expect, it } from 'vitest';
import { countriesSpec, dataFiles, entitySpecs, sectorsSpec } from '../../src/actors/data-files.js';
import { knowledge, roleAt, splitCode } from '../../src/actors/knowledge.js';
import { resolveActorText } from '../../src/actors/resolve-text.js';
import { countriesFile } from '../../src/actors/schemas.js';
import { loadDataFile } from '../../src/core/data-file.js';

describe('actor data files', () => {
  it('all validate against their schemas', () => {
    for (const spec of dataFiles) expect(() => loadDataFile(spec)).not.toThrow();
  });

  it('rejects a malformed entry with the file and field named', () => {
    const bad = countriesFile.safeParse({ version: 1, countries: [{ iso3: 'colombia' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['countries', 0, 'iso3']);
  });

  it('has unique stable ids for rules and entities', () => {
    const sectors = loadDataFile(sectorsSpec);
    const ruleIds = [...sectors.rules.map((r) => r.id), ...sectors.modifiers.map((m) => m.id)];
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    const entityIds = entitySpecs.flatMap((s) => loadDataFile(s).entities.map((e) => e.id));
    expect(new Set(entityIds).size).toBe(entityIds.length);
    expect(entityIds.length).toBeGreaterThan(1000);
  });

  it('covers every ISO 3166-1 country with a display name', () => {
    const k = knowledge();
    const countries = loadDataFile(countriesSpec).countries;
    for (const c of countries) expect(k.countryName.get(c.iso3), c.iso3).toBeTruthy();
    expect(countries.length).toBeGreaterThan(240);
  });

  it('dates roles consistently: from never after to', () => {
    for (const spec of entitySpecs) {
      for (const e of loadDataFile(spec).entities) {
        for (const r of e.roles) if (r.from && r.to) expect(r.from <= r.to, `${e.id} ${r.code}`).toBe(true);
      }
    }
  });
});

describe('knowledge helpers', () => {
  it('splits codes of states, IGOs and NGOs', () => {
    expect(splitCode('COLGOV')).toEqual({ country: 'COL', sector: 'GOV' });
    expect(splitCode('IGOUNOJUD')).toEqual({ country: 'UNO', sector: 'JUD' });
    expect(splitCode('NGOHRI')).toEqual({ country: null, sector: 'NGO' });
    expect(splitCode('---CRM')).toEqual({ country: null, sector: 'CRM' });
  });

  it('picks the active, the primary and the former role', () => {
    const e = {
      id: 'x',
      names: ['X'],
      roles: [
        { code: 'AAALEG', from: '2010', to: '2014-06' },
        { code: 'AAAGOV', from: '2018-01-01', to: '2022-12-31', primary: true },
      ],
    };
    expect(roleAt(e, '2012-05-05')).toMatchObject({ how: 'active', role: { code: 'AAALEG' } });
    expect(roleAt(e, null)).toMatchObject({ how: 'primary', role: { code: 'AAAGOV' } });
    expect(roleAt(e, '2016-01-01')).toMatchObject({ how: 'former', role: { code: 'AAALEG' } });
    expect(roleAt(e, '2024-01-01')).toMatchObject({ how: 'former', role: { code: 'AAAGOV' } });
    expect(roleAt(e, '2000-01-01')).toMatchObject({ how: 'before', role: { code: 'AAALEG' } });
  });

  it('refuses a bare surname that several people in office share', () => {
    const r = resolveActorText({ text: 'Johnson', date: '2025-06-01' });
    expect(r.code).toBe('---');
    expect(r.rules).toContain('kb.ambiguous-surname');
    expect(resolveActorText({ text: 'Boris Johnson', date: '2020-06-01' }).code).toBe('GBRGOV');
    // Namesakes of one country named in the context still give that country.
    expect(resolveActorText({ text: 'Rodriguez', date: '2025-01-01', context: 'Venezuela' }).country).toBe(
      'VEN',
    );
  });

  it('never reads a person as a city', () => {
    expect(resolveActorText({ text: 'Jackson' }).country).toBe('USA');
    expect(resolveActorText({ text: 'Jackson', kind: 'person' }).country).toBeNull();
  });
});
