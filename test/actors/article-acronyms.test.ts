import { describe, expect, it } from 'vitest';
import { initialsFit } from '../../src/actors/article-acronyms.js';
import { resolveArticleActors } from '../../src/actors/resolve-stage.js';
import type { AnalyzedArticle, Mention, MentionKind } from '../../src/core/records.js';
import { codes, findWords, handBuilt } from './hand-built.js';

/** An analysed article built by hand: each mention found in the text by its words, in order. */
function article(text: string, specs: [string, MentionKind, number][]): AnalyzedArticle {
  let cursor = 0;
  const mentions: Mention[] = specs.map(([t, kind, sentence], i) => {
    const start = findWords(text, t, cursor);
    cursor = start + 1;
    return { id: `m${i}`, start, end: start + t.length, sentence, text: t, kind };
  });
  return handBuilt(text, mentions, { id: 'acr', published: '2021-03-02' });
}

describe('acronyms an article defines', () => {
  it('fits an acronym to the initials of the name it follows', () => {
    expect(initialsFit('ZNS', 'Zambia National Service')).toBe(true);
    expect(initialsFit('DfRD', 'the Department for Rural Development')).toBe(true);
    expect(initialsFit('ISIL', 'Islamic State in Iraq and the Levant')).toBe(true);
    expect(initialsFit('ZNS', 'Zambian soldiers')).toBe(false);
    expect(initialsFit('Z', 'Zambia National Service')).toBe(false);
  });

  it('gives a bracketed acronym, and the people it qualifies, the actor of the name before it', () => {
    const text =
      'The Zambia Defence Force (ZDF) said its units crossed the border. ZDF officers met Malawian police on Monday. ZDF declined to comment.';
    const a = article(text, [
      ['Zambia Defence Force', 'organization', 0],
      ['ZDF', 'organization', 0],
      ['officers', 'group', 1],
      ['Malawian police', 'organization', 1],
      ['ZDF', 'organization', 2],
    ]);
    resolveArticleActors(a);
    // The bracket is the name again and stays as the language stage left it (coreference reads
    // through it to the name). "officers" alone names no sector: the acronym gives both; without
    // it the sentence's other country (Malawi) would have been taken.
    expect(codes(a)).toEqual(['ZMBMIL', null, 'ZMBMIL', 'MWICOP', 'ZMBMIL']);
    expect(a.mentions[2].actor?.rules).toContain('article.acronym');
  });

  it('reads the country a name gets from its sentence into its acronym', () => {
    const text =
      "Kenya's Department for Rural Development (DfRD) pledged aid. DfRD said the money would reach farmers.";
    const a = article(text, [
      ['Kenya', 'country', 0],
      ['Department for Rural Development', 'organization', 0],
      ['DfRD', 'organization', 0],
      ['DfRD', 'organization', 1],
    ]);
    resolveArticleActors(a);
    expect(codes(a)).toEqual(['KEN', 'KENGOV', null, 'KENGOV']);
  });

  it('learns nothing from brackets that do not spell the name', () => {
    const text = 'The Zambia Defence Force (ZRA) said its units crossed the border. ZRA aired it.';
    const a = article(text, [
      ['Zambia Defence Force', 'organization', 0],
      ['ZRA', 'organization', 1],
    ]);
    resolveArticleActors(a);
    expect(codes(a)).toEqual(['ZMBMIL', null]);
  });
});
