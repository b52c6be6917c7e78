import { describe, expect, it } from 'vitest';
import { analyze, byId, mention } from './helpers.js';

const TEXT =
  'Peruvian President Lucia Mendoza rejected the proposal on Monday. Mendoza said the Peruvian Interior Ministry would respond. ' +
  'The ministry later issued a statement. She told reporters that the Obama administration had ignored Lima. ' +
  'The White House and the Pentagon declined to comment. Lawmakers, rebels and police gathered near the Gulf of Mexico, ' +
  'while protesters marched in Caracas and Bolivian officials watched from Santa Cruz Department. ' +
  'Later, the two countries signed a pact, and a Colombian fisherman said the Eastern Pacific Ocean was calm.';

describe('mentions', () => {
  const a = analyze(TEXT);

  it('keeps a title and a name as one person mention with the title attached', () => {
    const m = mention(a, 'Peruvian President Lucia Mendoza');
    expect(m.kind).toBe('person');
    expect(m.title).toBe('Peruvian President');
    expect(m.canonical).toBe('Lucia Mendoza');
  });

  it('classifies organisations, including name + lower-case head and names without a head word', () => {
    for (const t of ['Peruvian Interior Ministry', 'Obama administration', 'White House', 'Pentagon']) {
      expect(mention(a, t).kind, t).toBe('organization');
    }
  });

  it('classifies places: sea, city, region', () => {
    expect(mention(a, 'Gulf of Mexico').kind).toBe('sea');
    expect(mention(a, 'Eastern Pacific Ocean').kind).toBe('sea');
    expect(mention(a, 'Caracas').kind).toBe('city');
    expect(mention(a, 'Lima').kind).toBe('city');
    expect(mention(a, 'Santa Cruz Department').kind).toBe('region');
  });

  it('finds group nouns, also capitalised at the start of a sentence, with a demonym in front', () => {
    for (const t of ['Lawmakers', 'rebels', 'police', 'protesters', 'reporters', 'Bolivian officials']) {
      expect(mention(a, t).kind, t).toBe('group');
    }
  });

  it('finds demonyms and definite nominals', () => {
    expect(mention(a, 'Colombian').kind).toBe('demonym');
    expect(mention(a, 'the two countries').kind).toBe('nominal');
    expect(mention(a, 'The ministry').kind).toBe('nominal');
  });

  it('gives every mention offsets into the article text and ids in text order', () => {
    let last = -1;
    for (const m of a.mentions) {
      expect(TEXT.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThan(last);
      last = m.start;
    }
  });

  it('attaches a lower-case title written before the name', () => {
    const b = analyze('On Friday the defense secretary Pete Hegseth flew to Quito.');
    const m = mention(b, 'defense secretary Pete Hegseth');
    expect(m.kind).toBe('person');
    expect(m.title).toBe('defense secretary');
    expect(m.canonical).toBe('Pete Hegseth');
  });

  it('does not take capitalised sentence openers or months for names', () => {
    const b = analyze('However, Critics met in March. Unfortunately nothing changed.');
    expect(b.mentions.map((m) => m.text)).toEqual(['Critics']);
    expect(byId(b, b.mentions[0].id)?.kind).toBe('group');
  });

  it('keeps a demonym + lower-case role and a hyphenated title with the name', () => {
    const b = analyze('Bolivian leader Rosa Quispe met U.N. Secretary-General Ana Lopes in Lima.');
    expect(mention(b, 'Bolivian leader Rosa Quispe')).toMatchObject({
      kind: 'person',
      title: 'Bolivian leader',
      canonical: 'Rosa Quispe',
    });
    expect(mention(b, 'U.N. Secretary-General Ana Lopes')).toMatchObject({
      kind: 'person',
      title: 'U.N. Secretary-General',
    });
    expect(b.mentions.map((m) => m.text)).toEqual([
      'Bolivian leader Rosa Quispe',
      'U.N. Secretary-General Ana Lopes',
      'Lima',
    ]);
  });

  it('reads "Peru\'s Interior Ministry" as one organisation and skips operation names and capitalised adjectives', () => {
    const b = analyze(
      "Independent analysts said Peru's Interior Ministry ran Operation Blue Shield. The Peruvian army agreed. The army said so.",
    );
    expect(mention(b, "Peru's Interior Ministry").kind).toBe('organization');
    expect(b.mentions.some((m) => m.text.includes('Operation') || m.text === 'Independent')).toBe(false);
    expect(mention(b, 'analysts').kind).toBe('group');
    expect(byId(b, mention(b, 'The army').antecedent)?.text).toBe('Peruvian army');
  });
});
