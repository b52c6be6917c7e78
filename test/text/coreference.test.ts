import { describe, expect, it } from 'vitest';
import { analyze, byId, mention } from './helpers.js';

describe('coreference', () => {
  it('links a surname, a title with surname and "Mr." to the full name', () => {
    const a = analyze(
      'Chilean President Ana Lagos visited Bolivia. Lagos met troops. Later President Lagos and Mr. Lagos were seen together.',
    );
    const full = mention(a, 'Chilean President Ana Lagos');
    for (const t of ['Lagos', 'President Lagos', 'Mr. Lagos']) {
      const m = mention(a, t);
      expect(m.kind, t).toBe('person');
      expect(m.antecedent, t).toBe(full.id);
      expect(m.canonical, t).toBe('Ana Lagos');
    }
  });

  it('links he/she to the nearest person and it/they to the nearest organisation or country', () => {
    const a = analyze(
      'The Brazilian Navy seized a vessel near Recife. It said the crew was detained. Admiral Joao Costa praised the sailors. He called it a success. Argentina protested, and they recalled an envoy.',
    );
    expect(byId(a, mention(a, 'It').antecedent)?.text).toBe('Brazilian Navy');
    expect(mention(a, 'He').canonical).toBe('Joao Costa');
    expect(byId(a, mention(a, 'they').antecedent)?.text).toBe('Argentina');
  });

  it('links "the ministry", "the president" and a bare title to the earlier full mention', () => {
    const a = analyze(
      'Colombian President Gustavo Lema spoke after the Ecuadorian Defense Ministry issued a warning. The ministry gave no details. ' +
        'Foreign Minister Rosa Paz was absent. The president said talks would go on. The Foreign Minister did not comment.',
    );
    expect(byId(a, mention(a, 'The ministry').antecedent)?.text).toBe('Ecuadorian Defense Ministry');
    expect(mention(a, 'The president').canonical).toBe('Gustavo Lema');
    expect(mention(a, 'Foreign Minister').canonical).toBe('Rosa Paz');
  });

  it('links repeated names and leaves the plural "the two countries" unresolved', () => {
    const a = analyze('Peru and Chile met. Peru agreed. The two countries signed a deal.');
    expect(mention(a, 'Peru', 1).antecedent).toBe(mention(a, 'Peru').id);
    expect(mention(a, 'The two countries').antecedent).toBeUndefined();
  });

  it('chains the names of a country to one canonical name', () => {
    const a = analyze(
      'The U.S. and Syria talked. Later the United States and the US Navy left; USA officials stayed.',
    );
    expect(mention(a, 'U.S.').canonical).toBe('United States');
    expect(mention(a, 'Syria').canonical).toBe('Syria');
    expect(mention(a, 'United States').antecedent).toBe(mention(a, 'U.S.').id);
    expect(mention(a, 'US Navy').kind).toBe('organization');
  });

  it('resolves "I" and "we" inside a direct quote to the speaker', () => {
    const a = analyze('Mayor Lina Ortiz said, “I will not leave, and we will rebuild.”');
    expect(mention(a, 'I').canonical).toBe('Lina Ortiz');
    expect(mention(a, 'we').canonical).toBe('Lina Ortiz');
  });
});
