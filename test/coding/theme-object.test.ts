import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

describe('what moves is not whom it reaches', () => {
  it('takes the "to" phrase over returned objects', () => {
    const [e] = code('Germany returned 40 stolen artifacts to the government of Nigeria on Monday.');
    expect(e.cameo).toBe('0842');
    expect(e.recipient?.country).toBe('NGA');
    expect(e.rules).toContain('clause.theme-object');
  });

  it('keeps released people as the recipient', () => {
    const [e] = code('Rebels released two Kenyan nurses to the Red Cross on Friday.');
    expect(e.recipient?.country).toBe('KEN');
    expect(e.rules).not.toContain('clause.theme-object');
  });

  it("does not make the actor's own troops its recipient", () => {
    const events = code('Chile withdrew its troops from Haiti last year.');
    const w = events.find((e) => e.cameo === '0872');
    expect(w?.recipient?.text ?? null).not.toBe('its troops');
  });
});

describe('an object that names no actor we know', () => {
  it('is still what an attack hit', () => {
    const [e] = code('Sudanese warplanes bombed the old grain market on Friday.');
    expect(e?.recipient?.text).toMatch(/grain market/);
    expect(e?.rules).toContain('clause.unplaced-object');
  });
});

describe('a market as target', () => {
  it('is attacked when bombed, not when a product hits it', () => {
    expect(code('Sudanese warplanes bombed a crowded market in Darfur on Friday.').length).toBe(1);
    expect(code('The new phone will hit the market in May.')).toEqual([]);
  });
});

describe('", and" before a phrase with its own verb', () => {
  it('opens a new clause rather than a list with the object before it', () => {
    const events = code(
      'Angola offered to mediate between the two countries, and the African Union called for a ceasefire.',
    );
    const offer = events.find((e) => e.type === 'AGREE');
    expect(offer?.recipient?.code ?? null).not.toBe('IGOAFU');
    expect(events.some((e) => e.actor.code === 'IGOAFU')).toBe(true);
  });

  it('keeps a list of subjects a list', () => {
    const events = code('Kenya, Uganda and Tanzania signed a trade agreement on Friday.');
    expect(new Set(events.map((e) => e.actor.country))).toEqual(new Set(['KEN', 'UGA', 'TZA']));
  });
});
