import { describe, expect, it } from 'vitest';
import { brief, code } from './code-helper.js';

describe('a country name before a currency sign is money', () => {
  it('lends no country to a person of the same sentence', () => {
    const ev = code(
      'Former president Juan Ortega was accused of stealing US $20 million by Peruvian government officials.',
    );
    expect(ev.map(brief)).toEqual(['ACCUSE PER>PER asserted']);
  });
});
