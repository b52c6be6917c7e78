import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

describe('a pronoun as actor', () => {
  it('keeps its own words and names what it stands for', () => {
    const events = code(
      'The Kenyan government said on Monday that it would send 500 police officers to help Haiti.',
    );
    const aid = events.find((e) => e.actor.text === 'it');
    expect(aid?.actor.country).toBe('KEN');
    expect(aid?.actor.refersTo?.text).toMatch(/Kenyan government/);
    expect(aid?.actor.refersTo?.span.start).toBeLessThan(aid!.actor.span!.start);
  });

  it('leaves a named actor without one', () => {
    const [e] = code('Kenyan police arrested 12 protesters in Nairobi on Monday.');
    expect(e.actor.refersTo).toBeUndefined();
  });
});
