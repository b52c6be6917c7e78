import { describe, expect, it } from 'vitest';
import { casualtiesFromText } from '../../src/casualties/casualties.js';
import type { CampaignKilled, CasualtyRange } from '../../src/core/records.js';
import { checkStatedTotal } from '../../src/incidents/check-stated-total.js';
import { statedRange } from '../../src/incidents/stated-range.js';

/** The running total our own casualty reader finds in a sentence we wrote. */
function totalOf(sentence: string): CasualtyRange {
  const t = casualtiesFromText(sentence).killedTotal;
  if (!t) throw new Error(`no running total in: ${sentence}`);
  return t;
}

function figure(low: number, best: number, high: number, missing = 0): CampaignKilled {
  return { low, best, high, incidents: 10, missing };
}

describe('statedRange', () => {
  it('reads each qualifier as the range of counts it allows', () => {
    const cases: [string, number, number, number | null][] = [
      ['The strikes have killed 14 people since May.', 14, 14, 14],
      ['The strikes have killed at least 46 people since May.', 46, 46, null],
      ['More than 70 people have been killed in the strikes since May.', 70, 71, null],
      ['The strike brought the number of people killed in the campaign to about 80.', 80, 76, 84],
      ['Nearly 40 people have been killed in the strikes since May.', 40, 38, 40],
      ['Up to 12 people have been killed in the strikes since May.', 12, 0, 12],
    ];
    for (const [sentence, fig, low, high] of cases) {
      const r = statedRange(totalOf(sentence));
      expect([sentence, r?.figure, r?.low, r?.high]).toEqual([sentence, fig, low, high]);
    }
  });

  it('keeps "about" within a twentieth of the figure, not the tenth of a bare quantity', () => {
    // The language stage reads "about 80" as 72-88; a tally "about 80" does not agree with 72.
    const r = statedRange({ min: 72, max: 88, best: 80, qualifier: 'about', phrase: 'about 80' });
    expect(r).toMatchObject({ low: 76, high: 84, bound: 'about' });
  });

  it('has no range for a figure without a number', () => {
    expect(statedRange({ min: null, max: null, best: null, phrase: 'deaths of Colombians' })).toBeNull();
  });
});

describe('checkStatedTotal', () => {
  const exact = (n: number) => statedRange({ min: n, max: n, best: n, phrase: String(n) })!;

  it('matches when the stated figure is the campaign best', () => {
    const out = checkStatedTotal(exact(43), [{ figure: figure(43, 43, 43), sameDay: 'none' }]);
    expect(out).toMatchObject({ verdict: 'matches', delta: 0 });
  });

  it('finds "more than 70" within range of 75 rather than 4 short', () => {
    const more = statedRange(totalOf('More than 70 people have been killed in the strikes since May.'))!;
    const out = checkStatedTotal(more, [{ figure: figure(75, 75, 76, 1), sameDay: 'none' }]);
    expect(out.verdict).toBe('within-range');
    expect(out.delta).toBe(-4);
  });

  it('counts a survivor missing and presumed dead in the high end', () => {
    const out = checkStatedTotal(exact(76), [{ figure: figure(75, 75, 76, 1), sameDay: 'none' }]);
    expect(out.verdict).toBe('within-range');
    expect(out.reason).toContain('1 missing presumed dead');
    const without = checkStatedTotal(exact(76), [{ figure: figure(75, 75, 75), sameDay: 'none' }]);
    expect(without.verdict).toBe('disagrees');
  });

  it('tries the campaign with and without the strikes first reported that day', () => {
    const readings = [
      { figure: figure(29, 29, 29), sameDay: 'included' as const },
      { figure: figure(27, 27, 27), sameDay: 'excluded' as const },
    ];
    expect(checkStatedTotal(exact(29), readings)).toMatchObject({ verdict: 'matches', delta: 0 });
    const early = checkStatedTotal(exact(27), readings);
    expect(early).toMatchObject({ verdict: 'matches', delta: 0, campaign: { sameDay: 'excluded' } });
    expect(early.reason).toContain('not counting');
  });

  it('says by how much and which way a disagreeing tally is off, against the full count', () => {
    const readings = [
      { figure: figure(75, 75, 76, 1), sameDay: 'included' as const },
      { figure: figure(69, 69, 70, 1), sameDay: 'excluded' as const },
    ];
    const out = checkStatedTotal(exact(72), readings);
    expect(out).toMatchObject({ verdict: 'disagrees', delta: -3, campaign: { sameDay: 'included' } });
    expect(out.reason).toMatch(/^stated 72 is 3 below the campaign 75-76/);
    const high = checkStatedTotal(
      statedRange(totalOf('At least 46 people have now died in the strikes since May.'))!,
      [{ figure: figure(43, 43, 43), sameDay: 'none' }],
    );
    expect(high).toMatchObject({ verdict: 'disagrees', delta: 3 });
    expect(high.reason).toContain('3 above');
  });
});
