import { describe, expect, it } from 'vitest';
import { LemmaMemo, MISSING } from '../../src/text/lemma-memo.js';

describe('lemma memo', () => {
  it('keeps a lemma per word id and tag, also for a second tag, an id past its first size and no lemma', () => {
    const memo = new LemmaMemo();
    expect(memo.get(7, 'VERB')).toBe(MISSING);
    memo.set(7, 'VERB', 'meet');
    memo.set(7, 'NOUN', 'meeting');
    memo.set(1_000_000, 'PROPN', undefined);
    expect(memo.get(7, 'VERB')).toBe('meet');
    expect(memo.get(7, 'NOUN')).toBe('meeting');
    expect(memo.get(7, 'ADJ')).toBe(MISSING);
    expect(memo.get(8, 'VERB')).toBe(MISSING);
    expect(memo.get(1_000_000, 'PROPN')).toBeUndefined();
    expect(memo.get(1_000_000, 'NOUN')).toBe(MISSING);
  });

  it('keeps words apart under more tags than a slot can number', () => {
    const memo = new LemmaMemo();
    for (let t = 0; t < 40; t++) memo.set(3, `T${t}`, `l${t}`);
    for (let t = 0; t < 40; t++) expect(memo.get(3, `T${t}`)).toBe(`l${t}`);
  });
});
