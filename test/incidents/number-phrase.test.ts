import { describe, expect, it } from 'vitest';
import { findNumberPhrases, numberValue } from '../../src/casualties/number-phrase.js';

describe('findNumberPhrases', () => {
  it('reads qualifiers as ranges', () => {
    const got = findNumberPhrases('more than 80 people, at least 11 men, up to 14 crew and about 30 others');
    expect(got.map((g) => [g.text, g.min, g.max, g.best])).toEqual([
      ['more than 80', 81, null, null],
      ['at least 11', 11, null, null],
      ['up to 14', null, 14, null],
      ['about 30', null, null, 30],
    ]);
  });
  it('reads words, compounds, ranges and vague amounts', () => {
    expect(numberValue('twenty-one')).toBe(21);
    expect(numberValue('1,200')).toBe(1200);
    const got = findNumberPhrases('between five and seven sailors, 3-4 boats, dozens of fishermen');
    expect(got.map((g) => [g.min, g.max])).toEqual([
      [5, 7],
      [3, 4],
      [24, null],
    ]);
  });
  it('skips days of the month, years, ordinals and percentages', () => {
    const got = findNumberPhrases('On Oct. 21 2025 the 3rd boat, 40% of cargo');
    expect(got.filter((g) => !g.article)).toEqual([]);
  });
});
