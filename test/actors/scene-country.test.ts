import { describe, expect, it } from 'vitest';
import { resolveArticleActors } from '../../src/actors/resolve-stage.js';
import type { AnalyzedArticle, Mention, MentionKind } from '../../src/core/records.js';
import { codes, findWords, handBuilt } from './hand-built.js';

/** An analysed article built by hand: sentences split on ". ", mentions found in order. */
function article(text: string, specs: [string, MentionKind][]): AnalyzedArticle {
  const sentences: AnalyzedArticle['sentences'] = [];
  let from = 0;
  for (const part of text.split(/(?<=\.) /)) {
    sentences.push({
      index: sentences.length,
      start: from,
      end: from + part.length,
      text: part,
      paragraph: 0,
    });
    from += part.length + 1;
  }
  let cursor = 0;
  const mentions: Mention[] = specs.map(([t, kind], i) => {
    const start = findWords(text, t, cursor);
    cursor = start + 1;
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    return { id: `m${i}`, start, end: start + t.length, sentence, text: t, kind };
  });
  return handBuilt(text, mentions, { id: 'scene', published: '2024-04-02' }, sentences);
}

describe('the country an article is set in', () => {
  it('gives it to institutions and groups named by their sector alone, not to civilians or officials', () => {
    const a = article(
      'Gunmen stormed a market in Tamale on Sunday. Police said the attackers fled. The authorities imposed a curfew. Residents were afraid. The opposition called for calm. Officials promised help.',
      [
        ['Gunmen', 'group'],
        ['Police', 'group'],
        ['authorities', 'group'],
        ['Residents', 'group'],
        ['The opposition', 'nominal'],
        ['Officials', 'group'],
      ],
    );
    resolveArticleActors(a);
    // gunmen and officials come as often from abroad; residents are civilians
    expect(codes(a)).toEqual(['---UAF', 'GHACOP', 'GHAGOV', '---CVL', 'GHAOPP', '---GOV']);
    expect(a.mentions[2].actor?.rules).toContain('article.scene-country');
  });

  it('gives none when the article is set in two countries', () => {
    const a = article(
      'Gunmen stormed a market in Tamale on Sunday. Another attack hit a village in Burkina Faso. The authorities imposed a curfew.',
      [
        ['Gunmen', 'group'],
        ['authorities', 'group'],
      ],
    );
    resolveArticleActors(a);
    expect(codes(a)).toEqual(['---UAF', '---GOV']);
  });
});

describe('a name several people share, in an article', () => {
  it('is read with the countries its sentence names', () => {
    const a = article('Speaking in Ottawa, Canada, on Monday, Greg Clark criticised the budget.', [
      ['Canada', 'country'],
      ['Greg Clark', 'person'],
    ]);
    a.article.published = '2017-01-01';
    resolveArticleActors(a);
    expect(codes(a)).toEqual(['CAN', 'CANLEG']);
    expect(a.mentions[1].actor?.rules).toContain('article.sentence-disambiguates');
    const b = article('Greg Clark met business leaders on Monday.', [['Greg Clark', 'person']]);
    b.article.published = '2017-01-01';
    resolveArticleActors(b);
    expect(codes(b)).toEqual(['GBRGOV']);
  });
});
