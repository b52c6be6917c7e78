import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

// 2025-06-13 is a Friday.
const PUBLISHED = '2025-06-13';

describe('an act told "N days after" the main one, with its own figure', () => {
  const text =
    'A navy drone strike on a truck near the river on Friday killed five fighters, the army said, three days after another raid in the hills killed seven.';
  const events = code(text, PUBLISHED).filter((e) => e.type === 'ASSAULT');

  it('is coded as its own assault, dated back by the stated distance', () => {
    const earlier = events.filter((e) => e.date?.from === '2025-06-10');
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.every((e) => e.evidence.text.includes('raid'))).toBe(true);
  });

  it('keeps its own toll apart from the main event', () => {
    const earlier = events.find((e) => e.date?.from === '2025-06-10');
    expect(earlier?.casualties?.killed?.best).toBe(7);
    const main = events.find((e) => e.date?.from === '2025-06-13' && e.casualties?.killed);
    expect(main?.casualties?.killed?.best).toBe(5);
  });

  it('does not take the main clause participants as its actor', () => {
    const earlier = events.find((e) => e.date?.from === '2025-06-10');
    expect(earlier?.actor.text ?? '').not.toMatch(/fighters/);
  });

  it('leaves a background clause without a figure or time distance as background', () => {
    const plain = code(
      'Troops shelled the town on Friday after rebels attacked a convoy in the hills.',
      PUBLISHED,
    ).filter((e) => e.type === 'ASSAULT');
    expect(plain.every((e) => e.date?.from === '2025-06-13')).toBe(true);
  });
});

describe('an announced strike', () => {
  it("is an assault on the announcer's word, not only the announcement", () => {
    const events = code(
      'The defence ministry announced a second air strike on the rebel camp, which killed six more.',
      PUBLISHED,
    );
    const strike = events.find((e) => e.type === 'ASSAULT' && e.rules.includes('assault.attack-noun'));
    // the announcer is the source; who struck is what the strike's own phrase says (here nobody)
    expect(strike?.claim).toBe('attributed');
    expect(strike?.claimSource?.text).toMatch(/defence ministry/i);
    expect(strike?.recipient?.sector).toBe('REB');
  });
});
