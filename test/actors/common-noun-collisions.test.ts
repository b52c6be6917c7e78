import { describe, expect, it } from 'vitest';
import { resolveActorText } from '../../src/actors/resolve-text.js';

const code = (text: string) => resolveActorText({ text }).code;

describe('words that only look like names', () => {
  it('reads a lower-case one-word company name as the common noun', () => {
    // "Shell" is a company in the knowledge base; "shell" is an artillery round.
    expect(code('Shell')).toBe('GBRBUS');
    expect(code('shell fragments')).not.toContain('BUS');
    expect(code('the shell casings near Hebron')).not.toBe('GBRBUS');
  });

  it('reads a country name before a currency sign as money, not an actor', () => {
    expect(resolveActorText({ text: 'about US $20 billion' }).country).toBeNull();
    expect(code('US officials')).toBe('USAGOV');
  });
});
