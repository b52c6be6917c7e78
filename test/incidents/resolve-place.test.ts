import { describe, expect, it } from 'vitest';
import { placesCompatible } from '../../src/incidents/place-compat.js';
import { findPlaceInText } from '../../src/places/find-place.js';
import { resolvePlace } from '../../src/places/resolve-place.js';

describe('resolvePlace', () => {
  it('prefers the most populous city of an ambiguous name, with or without accents', () => {
    for (const name of ['Bogota', 'Bogotá', 'BOGOTA']) {
      const p = resolvePlace(name)!;
      expect(p.kind).toBe('city');
      expect(p.country).toBe('COL');
      expect(p.name).toBe('Bogotá');
      expect(p.lat).toBeCloseTo(4.61, 1);
      expect(p.geonameId).toBeGreaterThan(0);
    }
  });

  it('restricts a city to the country named after a comma', () => {
    expect(resolvePlace('Bogota, United States')!.country).toBe('USA');
    expect(resolvePlace('Medellin, Colombia')!).toMatchObject({ name: 'Medellín', country: 'COL' });
  });

  it('resolves seas and regions from our data before cities', () => {
    expect(resolvePlace('Caribbean Sea')).toMatchObject({
      kind: 'sea',
      name: 'Caribbean Sea',
      country: null,
    });
    expect(resolvePlace('the eastern Pacific Ocean')).toMatchObject({ kind: 'sea', name: 'Eastern Pacific' });
    expect(resolvePlace('Latin America')).toMatchObject({ kind: 'region' });
    expect(resolvePlace('the Middle East')!.lat).toBeGreaterThan(20);
  });

  it('resolves countries by ISO names and common short forms, with centroids', () => {
    expect(resolvePlace('Venezuela')).toMatchObject({ kind: 'country', country: 'VEN' });
    expect(resolvePlace('U.S.')).toMatchObject({ kind: 'country', country: 'USA' });
    expect(resolvePlace('off the coast of Colombia')).toMatchObject({ kind: 'country', country: 'COL' });
    const col = resolvePlace('Colombia')!;
    expect(col.lat).toBeGreaterThan(-5);
    expect(col.lat).toBeLessThan(13);
  });

  it('returns null for what is not a place', () => {
    expect(resolvePlace('')).toBeNull();
    expect(resolvePlace('Qzxwv Plorb')).toBeNull();
  });
});

describe('placesCompatible', () => {
  const sea = resolvePlace('Caribbean Sea');
  const region = resolvePlace('Caribbean');
  const pacific = resolvePlace('Eastern Pacific');
  it('accepts containment, coasts and unknowns, and rejects neighbouring seas', () => {
    expect(placesCompatible(sea, region)).toBe(true);
    expect(placesCompatible(pacific, resolvePlace('Pacific Ocean'))).toBe(true);
    expect(placesCompatible(sea, resolvePlace('Venezuela'))).toBe(true);
    expect(placesCompatible(sea, null)).toBe(true);
    expect(placesCompatible(sea, pacific)).toBe(false);
    expect(placesCompatible(pacific, resolvePlace('Venezuela'))).toBe(false);
    expect(placesCompatible(resolvePlace('Colombia'), resolvePlace('Peru'))).toBe(false);
  });
});

describe('findPlaceInText', () => {
  it('finds a named sea in a sentence, and a country only after "off" or "near"', () => {
    expect(findPlaceInText('Forces hit a launch in the eastern Pacific on Monday.')?.name).toBe(
      'Eastern Pacific',
    );
    expect(findPlaceInText('A skiff was hit off the coast of Venezuela, officials said.')?.country).toBe(
      'VEN',
    );
    expect(findPlaceInText('Colombia condemned the attack.')).toBeNull();
  });
});
