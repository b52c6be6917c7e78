import { describe, expect, it } from 'vitest';
import { benchArticle } from '../../src/bench/demo-bases.js';
import { processArticle } from '../../src/pipeline/pipeline.js';

describe('"the opposition" as a mention', () => {
  it('is an antecedent for the pronoun of what it said', () => {
    const r = processArticle(
      benchArticle('x', 'The opposition said its leader had been arrested.', '2024-05-01'),
    );
    const opp = r.mentions.find((m) => m.text === 'The opposition');
    const its = r.mentions.find((m) => m.text === 'its');
    expect(opp?.actor?.sector).toBe('OPP');
    expect(its?.antecedent).toBe(opp?.id);
  });
});
