import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/detect-language.js';

describe('language of short news texts', () => {
  it('keeps a short English sentence English when franc scores another language a little higher', () => {
    expect(detectLanguage('Protesters marched in Lima on Monday, police said.')).toBe('eng');
    expect(
      detectLanguage('Kenyan police shot dead three protesters in Nairobi on Tuesday, witnesses said.'),
    ).toBe('eng');
  });

  it('still tells short Spanish, German, French, Romanian and Italian sentences apart', () => {
    expect(detectLanguage('Los manifestantes marcharon en Lima el lunes, dijo la policía.')).toBe('spa');
    expect(detectLanguage('Die Demonstranten zogen am Montag durch Lima, sagte die Polizei.')).toBe('deu');
    expect(detectLanguage('Des manifestants ont défilé à Lima lundi, a indiqué la police.')).toBe('fra');
    expect(detectLanguage('Protestatarii au mărșăluit luni în Lima, a declarat poliția.')).toBe('ron');
    expect(detectLanguage('I manifestanti hanno marciato a Lima lunedì, ha detto la polizia.')).toBe('ita');
  });
});
