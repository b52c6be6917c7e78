import { describe, expect, it } from 'vitest';
import { knowledge } from '../../src/actors/knowledge.js';
import { currencyAt, matchPhrase } from '../../src/actors/match-phrase.js';

describe('currencyAt', () => {
  it('finds a sign right at the position or after one space of any kind', () => {
    expect(currencyAt('US $50', 2)).toBe(true);
    expect(currencyAt('HK$2', 2)).toBe(true);
    expect(currencyAt('EU\u00a0€3', 2)).toBe(true);
    expect(currencyAt('UK £4', 2)).toBe(true);
  });

  it('finds none after two spaces, after a word, or at the end of the text', () => {
    expect(currencyAt('US  $50', 2)).toBe(false);
    expect(currencyAt('US said $50', 2)).toBe(false);
    expect(currencyAt('US', 2)).toBe(false);
  });
});

describe('matchPhrase', () => {
  it('takes the longest gazetteer phrase at each point', () => {
    const m = matchPhrase('the United States and the West Bank', knowledge());
    const texts = m.pieces
      .filter((p) => p.entries.length)
      .map((p) =>
        m.tokens
          .slice(p.from, p.to)
          .map((t) => t.key)
          .join(' '),
      );
    expect(texts).toContain('united states');
    expect(texts).toContain('west bank');
  });

  it('reads a country name before a currency sign as no country', () => {
    const m = matchPhrase('US $20 million', knowledge());
    expect(m.pieces[0].entries.some((e) => e.item.t === 'country')).toBe(false);
  });
});
