import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

describe('protests', () => {
  it("folds the protesters' demand into the protest", () => {
    const events = code(
      'Thousands rallied in Yerevan on Saturday, demanding the resignation of the prime minister.',
    );
    expect(events.map((e) => e.type)).toEqual(['PROTEST']);
    expect(events[0].rules).toContain('protest.demand');
  });

  it('gives a crowd named by a number the sector of civilians and the country of its city', () => {
    const [e] = code('Hundreds marched in Belgrade on Sunday against corruption.');
    expect(e.type).toBe('PROTEST');
    expect(e.actor.code).toBe('SRBCVL');
    expect(e.actor.text).toBe('Hundreds');
  });

  it('takes the city a march went through as its place, not its target', () => {
    const [e] = code('Students marched through Dhaka demanding justice for the victims.');
    expect(e.type).toBe('PROTEST');
    expect(e.recipient).toBeNull();
    expect(e.location?.name).toMatch(/Dhaka/);
    expect(e.actor.country).toBe('BGD');
  });

  it('keeps the addressee of the demand as the target of the protest', () => {
    const events = code(
      'Opposition supporters took to the streets of Harare, calling on Mnangagwa to resign.',
    );
    expect(events.map((e) => e.type)).toEqual(['PROTEST']);
    expect(events[0].recipient?.country).toBe('ZWE');
  });

  it('keeps a request that no protest tells', () => {
    const events = code('The teachers union called on the government to raise wages.');
    expect(events.map((e) => e.type)).toEqual(['REQUEST']);
  });
});
