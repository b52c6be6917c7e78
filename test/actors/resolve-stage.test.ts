import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorStage } from '../../src/actors/resolve-stage.js';
import { getLogger } from '../../src/core/logger.js';
import type { AnalyzedArticle, Mention, MentionKind } from '../../src/core/records.js';
import { analyzeArticle } from '../../src/text/analyze-stage.js';
import { codes, findWords, handBuilt } from './hand-built.js';

const ctx = { log: getLogger('silent') };

/** Builds an analysed article by hand: each mention is found in the text by its words. */
function fixture(
  text: string,
  published: string | null,
  specs: {
    text: string;
    kind: MentionKind;
    sentence?: number;
    title?: string;
    antecedent?: number;
    nth?: number;
  }[],
): AnalyzedArticle {
  const mentions: Mention[] = [];
  let cursor = 0;
  specs.forEach((s, i) => {
    const start = findWords(text, s.text, cursor);
    cursor = start + 1;
    const m: Mention = {
      id: `m${i}`,
      start,
      end: start + s.text.length,
      sentence: s.sentence ?? 0,
      text: s.text,
      kind: s.kind,
    };
    if (s.title) m.title = s.title;
    if (s.antecedent !== undefined) m.antecedent = `m${s.antecedent}`;
    mentions.push(m);
  });
  return handBuilt(text, mentions, { id: 'fx', published });
}

describe('actor stage on hand-built articles', () => {
  it('teaches the article an unknown official: later surname and pronoun take the title’s code', () => {
    const a = fixture(
      'Peruvian Interior Minister Carla Quispe Huamán met reporters. Quispe said the talks failed. She left.',
      '2025-05-01',
      [
        {
          text: 'Peruvian Interior Minister Carla Quispe Huamán',
          kind: 'person',
          title: 'Peruvian Interior Minister',
        },
        { text: 'reporters', kind: 'group' },
        { text: 'Quispe', kind: 'person', sentence: 1 },
        { text: 'She', kind: 'pronoun', sentence: 2, antecedent: 2 },
      ],
    );
    actorStage.run(a, ctx);
    expect(codes(a)).toEqual(['PERGOV', '---MED', 'PERGOV', 'PERGOV']);
    expect(a.mentions[2].actor?.rules).toContain('article.learned-name');
    expect(a.mentions[2].actor?.name).toBe('Carla Quispe Huamán');
  });

  it('prefers the article’s own person over a namesake in the knowledge base', () => {
    const a = fixture('Colombian Defense Minister Pedro Sánchez spoke. Later Sánchez left.', '2025-06-01', [
      {
        text: 'Colombian Defense Minister Pedro Sánchez',
        kind: 'person',
        title: 'Colombian Defense Minister',
      },
      { text: 'Sánchez', kind: 'person', sentence: 1 },
    ]);
    actorStage.run(a, ctx);
    expect(codes(a)).toEqual(['COLGOV', 'COLGOV']);
  });

  it('resolves with the publication date', () => {
    const text = 'Marco Rubio criticised Caracas.';
    const spec = [
      { text: 'Marco Rubio', kind: 'person' as const },
      { text: 'Caracas', kind: 'city' as const },
    ];
    const early = actorStage.run(fixture(text, '2016-03-01T10:00:00Z', spec), ctx);
    const late = actorStage.run(fixture(text, '2025-03-01T10:00:00Z', spec), ctx);
    expect(codes(early)).toEqual(['USALEG', 'VENGOV']);
    expect(codes(late)).toEqual(['USAGOV', 'VENGOV']);
  });

  it('gives a bare nominal the last actor with the same head, and a bare institution its sentence’s country', () => {
    const a = fixture(
      'The Colombian Foreign Ministry rejected the threat. The ministry added more. Lawmakers questioned Defense Secretary Pete Hegseth.',
      '2025-12-03',
      [
        { text: 'Colombian Foreign Ministry', kind: 'organization' },
        { text: 'The ministry', kind: 'nominal', sentence: 1 },
        { text: 'Lawmakers', kind: 'group', sentence: 2 },
        { text: 'Defense Secretary Pete Hegseth', kind: 'person', sentence: 2, title: 'Defense Secretary' },
      ],
    );
    actorStage.run(a, ctx);
    expect(codes(a)).toEqual(['COLGOV', 'COLGOV', 'USALEG', 'USAGOV']);
    expect(a.mentions[2].actor?.rules).toContain('article.sentence-country');
  });

  it('leaves pronouns without an antecedent unresolved', () => {
    const a = fixture('They said nothing.', '2025-01-01', [{ text: 'They', kind: 'pronoun' }]);
    actorStage.run(a, ctx);
    expect(a.mentions[0].actor).toBeUndefined();
  });
});

const SEED = '../shared/seed/colombia-2025-12-03.txt';

describe.skipIf(!existsSync(SEED))('actor stage on the seed article (real text stage)', () => {
  it('resolves every actor of the seed article in context', () => {
    const text = readFileSync(SEED, 'utf8');
    const a = analyzeArticle({
      id: 'seed',
      text,
      title: null,
      outlet: null,
      published: '2025-12-03',
      url: null,
      language: 'eng',
      origin: 'seed',
      format: 'text',
    });
    actorStage.run(a, ctx);
    const codeOf = (surface: string) => {
      const found = a.mentions.filter((m) => m.text === surface || m.text.endsWith(` ${surface}`));
      if (!found.length)
        throw new Error(`no mention "${surface}": ${a.mentions.map((m) => m.text).join(' | ')}`);
      return [...new Set(found.map((m) => m.actor?.code ?? null))];
    };
    expect(codeOf('Donald Trump')).toEqual(['USAGOV']);
    expect(codeOf('Trump')).toEqual(['USAGOV']);
    expect(codeOf('Gustavo Petro')).toEqual(['COLGOV']);
    expect(codeOf('Petro')).toEqual(['COLGOV']);
    expect(codeOf('Pete Hegseth')).toEqual(['USAGOV']);
    expect(codeOf('Bogota')).toEqual(['COLGOV']);
    expect(codeOf('Colombian Foreign Ministry')).toEqual(['COLGOV']);
    expect(codeOf('White House')).toEqual(['USAGOV']);
    expect(codeOf('Lawmakers')).toEqual(['USALEG']);
    expect(codeOf('Venezuela')).toEqual(['VEN']);
    expect(codeOf('Trump administration')).toEqual(['USAGOV']);
    expect(codeOf('Colombia')).toEqual(['COL']);
  });
});
