import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/split-sentences.js';
import { tokenize } from '../../src/text/tokenize.js';
import { wink, winkFor } from '../../src/text/wink.js';
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

  it('tags an adjective between a determiner and a verb as the noun it stands for', () => {
    const a = analyze('The minister said the military had bombed a camp. The old bridge was repaired.');
    expect(a.tokens[0].find((t) => t.text === 'military')?.pos).toBe('NOUN');
    expect(a.tokens[1].find((t) => t.text === 'old')?.pos).toBe('ADJ');
  });

  it('marks the negation scope up to the next punctuation mark', () => {
    const a = analyze('The army did not attack the town, but police did.');
    const flags = Object.fromEntries(a.tokens[0].map((t) => [t.text, t.negated === true]));
    expect(flags).toMatchObject({ attack: true, town: true, army: false, police: false });
  });

  it('replaces the wink instance after its character budget without changing any token', () => {
    const text =
      'Zorvanka Quelmirath met Brindelok officials in Xantheville on Tuesday. They did not sign the Vortrel accord.';
    const sentences = splitSentences(text);
    const before = tokenize(text, sentences);
    const first = wink();
    // a budget smaller than the text forces a fresh instance, whose cache has never seen these words
    const fresh = winkFor(text.length, 1);
    expect(fresh).not.toBe(first);
    expect(winkFor(1)).toBe(fresh);
    expect(tokenize(text, sentences)).toEqual(before);
  });

  it('gives every token the lemma wink gives it, for words met again under another tag and inside contractions', () => {
    // "meeting" and "left" come back under other tags with other lemmas; "'s" is a possessive
    // and a contracted "is", whose lemma wink keeps per token. Lemmas are remembered per word
    // and tag, so the second pass reads them all from memory.
    const text =
      'The meeting ended. They are meeting again. ' +
      "Colombia's army said it's ready and she's left; the left wing left. They didn't stay.";
    const sentences = splitSentences(text);
    for (let pass = 0; pass < 2; pass++) {
      const mine = tokenize(text, sentences).flat();
      const tokens = wink().readDoc(text).tokens();
      const read = tokens.out.bind(tokens) as unknown as (f: unknown) => string[];
      const its = wink().its;
      const pos = read(its.pos);
      const lemmas = read(its.lemma).filter((_, i) => pos[i] !== 'SPACE');
      expect(mine.map((t) => t.lemma)).toEqual(lemmas);
      const lemma = (text: string, tag: string) => mine.find((t) => t.text === text && t.pos === tag)?.lemma;
      expect([lemma('meeting', 'NOUN'), lemma('meeting', 'VERB')]).toEqual(['meeting', 'meet']);
      expect([lemma('left', 'ADJ'), lemma('left', 'VERB')]).toEqual(['left', 'leave']);
      expect([lemma("'s", 'PART'), lemma("'s", 'AUX')]).toEqual(["'s", 'be']);
    }
  });
});
