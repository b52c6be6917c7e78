import { describe, expect, it } from 'vitest';
import { foldOf } from '../../src/syntax/jackknife.js';

describe('jackknife folds', () => {
  it('are contiguous blocks of nearly equal size covering every sentence once', () => {
    const n = 23;
    const folds = 4;
    const of = Array.from({ length: n }, (_, i) => foldOf(i, n, folds));
    // Never decreasing: each fold is one run of neighbouring sentences.
    for (let i = 1; i < n; i++) expect(of[i] - of[i - 1]).toBeGreaterThanOrEqual(0);
    const sizes = [0, 0, 0, 0];
    for (const f of of) sizes[f]++;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(of[0]).toBe(0);
    expect(of[n - 1]).toBe(folds - 1);
  });
});
