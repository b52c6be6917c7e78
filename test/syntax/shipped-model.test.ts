import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/records.js';
import { parseWords } from '../../src/syntax/parse-words.js';
import { loadShippedModel } from '../../src/syntax/syntax-model.js';

/** `word/head/relation` items (heads 1-based, 0 = root), written by hand in UD English style. */
const TREES = [
  'Police/2/nsubj arrested/0/root three/4/nummod men/2/obj and/6/cc seized/2/conj weapons/6/obj ./2/punct',
  'The/2/det convoy/4/nsubj:pass was/4/aux:pass attacked/0/root near/7/case the/7/det border/4/obl ./4/punct',
  'The/2/det minister/3/nsubj said/0/root that/8/mark the/6/det talks/8/nsubj had/8/aux failed/3/ccomp ./3/punct',
  "Venezuela/3/nmod:poss 's/1/case president/4/nsubj rejected/0/root the/6/det offer/4/obj ./4/punct",
  'Troops/2/nsubj fired/0/root on/5/case the/5/det crowd/2/obl and/7/cc killed/2/conj two/9/nummod people/7/obj ./2/punct',
];

describe('the shipped tagger and parser', { timeout: 60_000 }, () => {
  it('load from data/models with their checksum and parse plain news sentences into the expected trees', () => {
    const model = loadShippedModel();
    for (const spec of TREES) {
      const items = spec.split(' ').map((x) => x.split('/'));
      const p = parseWords(
        model,
        items.map((i) => i[0]),
      );
      const got = items.map((i, k) => `${i[0]}/${p.heads[k]}/${p.deprels[k]}`).join(' ');
      expect(got).toBe(spec);
    }
  });

  it("give the language stage's tokens heads, relations and tags when LAPWING_SYNTAX asks for them", async () => {
    process.env.LAPWING_SYNTAX = 'wink';
    const { analyzeArticle } = await import('../../src/text/analyze-stage.js');
    const text = "The embassy was closed by the government. Officials said they're gonna reopen it.";
    const article = { id: 'a', text, published: null } as unknown as Article;
    const { tokens } = analyzeArticle(article);
    const first = tokens[0];
    const closed = first.findIndex((t) => t.text === 'closed');
    const embassy = first.find((t) => t.text === 'embassy');
    expect(first[closed].head).toBe(-1);
    expect(first[closed].rel).toBe('root');
    expect(first[closed].upos).toBe('VERB');
    expect(embassy?.head).toBe(closed);
    expect(embassy?.rel).toBe('nsubj:pass');
    expect(first.find((t) => t.text === 'government')?.rel).toBe('obl:agent');
    // "they're" is one wink token and two UD words; the token speaks for "they".
    const second = tokens[1];
    const theyre = second.find((t) => t.text.startsWith('they'));
    expect(theyre?.rel).toBe('nsubj');
    for (const toks of tokens) {
      expect(toks.filter((t) => t.head === -1)).toHaveLength(1);
      for (const t of toks) expect(t.head).toBeLessThan(toks.length);
    }
  });
});
