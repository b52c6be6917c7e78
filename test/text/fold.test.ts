import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/lexicon/places.js';

describe('fold', () => {
  it('folds case and diacritics alike on the ASCII fast path and the Unicode path', () => {
    expect(fold('BOGOTA')).toBe('bogota');
    expect(fold('Bogotá')).toBe('bogota');
    expect(fold('Bogota\u0301')).toBe('bogota');
    expect(fold('Côte d’Ivoire')).toBe('cote d’ivoire');
    expect(fold("Côte d'Ivoire")).toBe("cote d'ivoire");
    for (const s of ['New York', 'U.S.', 'al-Qaeda', "O'Neill", 'Tab\there'])
      expect(fold(s)).toBe(
        s
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      );
  });
});
