import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

describe('tokens', () => {
  it('gives each sentence its tokens with UD POS, lemma and exact offsets, also across newlines', () => {
    const text = 'Rebels attacked two villages.\nThe army didn’t respond, officials said.';
    const a = analyze(text);
    expect(a.tokens).toHaveLength(2);
    for (const [i, toks] of a.tokens.entries()) {
      for (const t of toks) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(t.start).toBeGreaterThanOrEqual(a.sentences[i].start);
        expect(t.end).toBeLessThanOrEqual(a.sentences[i].end);
      }
    }
    const attacked = a.tokens[0].find((t) => t.text === 'attacked');
    expect(attacked).toMatchObject({ pos: 'VERB', lemma: 'attack' });
    expect(a.tokens[0].find((t) => t.text === 'villages')).toMatchObject({ pos: 'NOUN', lemma: 'village' });
    expect(a.tokens[1].find((t) => t.text === 'said')?.lemma).toBe('say');
  });

  it('marks the negation scope up to the next punctuation mark', () => {
    const a = analyze('The army did not attack the town, but police did.');
    const flags = Object.fromEntries(a.tokens[0].map((t) => [t.text, t.negated === true]));
    expect(flags).toMatchObject({ attack: true, town: true, army: false, police: false });
  });
});
