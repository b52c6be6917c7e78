import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/all-matches.js';

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches included, and leaves lastIndex at 0', () => {
    const cases: [RegExp, string][] = [
      [/\b(last|next)\s+(week|month)\b/gi, 'Last week and next month, not last year; NEXT WEEK.'],
      [/a*/g, 'baaac a'],
      [/\d+/g, 'none here'],
    ];
    for (const [re, text] of cases) {
      const mine = allMatches(re, text).map((m) => [m.index, [...m]]);
      const theirs = [...text.matchAll(re)].map((m) => [m.index, [...m]]);
      expect(mine).toEqual(theirs);
      expect(re.lastIndex).toBe(0);
    }
  });
});
