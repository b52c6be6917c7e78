import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casualtiesFromText } from '../../src/casualties/casualties.js';
import { findPlaceInText } from '../../src/places/find-place.js';

const SEED = '../shared/seed/colombia-2025-12-03.txt';

// Real reporting, read as test input only: the seed article's running total and victims.
describe.skipIf(!existsSync(SEED))('casualties in the seed article', () => {
  // The factory runs even when skipped, so read only when the file is there.
  const sentences = (existsSync(SEED) ? readFileSync(SEED, 'utf8') : '').split(
    /(?<=[.!?\u201d])\s+(?=[A-Z])/,
  );
  const withWord = (w: string) => sentences.filter((s) => s.includes(w));

  it('reads the campaign toll as a running total of at least 81', () => {
    const [s] = withWord('more than 80');
    expect(casualtiesFromText(s).killed).toMatchObject({ min: 81, max: null, cumulative: true });
  });

  it('records the nationality of the dead where no number is given', () => {
    const [s] = withWord('nationals');
    expect(casualtiesFromText(s).killed).toMatchObject({ best: null, nationality: 'COL' });
  });

  it('finds no casualty figure in sentences about laboratories or decades', () => {
    for (const s of [...withWord('laboratories'), ...withWord('30 years')])
      expect(casualtiesFromText(s)).toEqual({});
  });

  it('finds the seas where the strikes took place', () => {
    const [s] = withWord('Eastern Pacific');
    expect(findPlaceInText(s)?.name).toBe('Caribbean Sea');
  });
});
