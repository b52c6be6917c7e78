import { describe, expect, it } from 'vitest';
import { resolveArticleActors } from '../../src/actors/resolve-stage.js';
import { resolveActorText } from '../../src/actors/resolve-text.js';
import { plainArticle } from '../../src/core/plain-article.js';
import { analyzeArticle } from '../../src/text/analyze-stage.js';

function actorsOf(text: string, published = '2025-12-15') {
  const a = resolveArticleActors(analyzeArticle(plainArticle(text, { id: 't', published, origin: 't' })));
  return a.mentions.map((m) => [m.text, m.actor?.code ?? null] as const);
}

describe('country from place', () => {
  it('gives a court, police force or governor named after a city or region that place’s country', () => {
    expect(resolveActorText({ text: 'Madras High Court' })).toMatchObject({ country: 'IND', sector: 'JUD' });
    expect(resolveActorText({ text: 'the Bombay High Court' })).toMatchObject({
      country: 'IND',
      sector: 'JUD',
    });
    expect(resolveActorText({ text: 'Delhi police' })).toMatchObject({ country: 'IND', sector: 'COP' });
    expect(resolveActorText({ text: 'Lagos state governor' })).toMatchObject({
      country: 'NGA',
      sector: 'GOV',
    });
  });

  it('leaves a region two countries share to the sentence', () => {
    expect(resolveActorText({ text: 'Punjab police' }).country).toBeNull();
    expect(
      resolveActorText({
        text: 'Punjab police',
        context: 'Punjab police raided a house in Lahore on Monday.',
      }).code,
    ).toBe('PAKCOP');
  });
});

describe('ambiguous names', () => {
  it('reads a titled name as a person, not an organisation of the same name', () => {
    const r = resolveActorText({ text: 'Foreign Minister Wagner' });
    expect(r.code).toBe('---GOV');
    expect(r.rules).toContain('kb.title-before-organisation');
    expect(resolveActorText({ text: 'Congolese Foreign Minister Wagner' }).code).toBe('CODGOV');
    expect(resolveActorText({ text: 'Wagner fighters' }).country).toBe('RUS');
  });

  it('keeps the surname of a person the article names in full from a namesake in the knowledge base', () => {
    const story = actorsOf('Media tycoon Jimmy Lai was sentenced on Monday. Lai condemned the verdict.');
    expect(story.filter(([t]) => t === 'Lai')).toEqual([['Lai', null]]);
    const other = actorsOf("Taiwan's President Lai Ching-te visited Tainan on Monday. Lai praised the army.");
    expect(other.filter(([t]) => t === 'Lai')).toEqual([['Lai', 'TWNGOV']]);
  });

  it('gives no code to a full name two people of different countries share, unless the sentence tells', () => {
    // in office in Canada and in Australia that day (in 2010 only the Australian senator was)
    const r = resolveActorText({ text: 'David Johnston', date: '2014-01-01' });
    expect(r.rules).toContain('kb.ambiguous-name');
    expect(r.country).toBeNull();
  });

  it('gives a full name two people share to the one in office that day over a namesake with a seat', () => {
    // a British secretary of state and a Canadian member of parliament
    expect(resolveActorText({ text: 'Greg Clark', date: '2017-01-01' }).code).toBe('GBRGOV');
    const context = 'The Alberta MP spoke in Ottawa, Canada.';
    expect(resolveActorText({ text: 'Greg Clark', date: '2017-01-01', context }).code).toBe('CANLEG');
  });

  it('reads a person titled as an international organisation’s official as acting for it', () => {
    expect(resolveActorText({ text: 'U.N. mediator Diego Cordovez', date: '1988-01-01' }).code).toBe(
      'IGOUNO',
    );
  });
});
