import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, Quote } from '../../src/core/records.js';
import { analyze, byId } from './helpers.js';

function speakerOf(a: AnalyzedArticle, q: Quote | undefined): string | undefined {
  const m = byId(a, q?.speaker);
  return m?.canonical ?? m?.text;
}
function direct(a: AnalyzedArticle, words: string): Quote | undefined {
  return a.quotes.find(
    (q) => q.kind === 'direct' && a.article.text.slice(q.content.start, q.content.end).includes(words),
  );
}
function reported(a: AnalyzedArticle, sentence: number): Quote[] {
  return a.quotes.filter((q) => q.kind === 'reported' && q.sentence === sentence);
}

describe('quotes', () => {
  it('attributes "X said, “…”" and a curly quote\'s content span without the marks', () => {
    const a = analyze('Mayor Ana Ruiz said, “We will rebuild the bridge.”');
    const q = direct(a, 'rebuild');
    expect(speakerOf(a, q)).toBe('Ana Ruiz');
    expect(q?.verb).toBe('said');
    expect(a.article.text.slice(q?.content.start, q?.content.end)).toBe('We will rebuild the bridge.');
  });

  it('attributes a quote followed by "said X" and by "X said", with straight quotes', () => {
    const a = analyze(
      '"The border stays closed," said Interior Minister Jorge Vela. "We need time," Vela added.',
    );
    expect(speakerOf(a, direct(a, 'border'))).toBe('Jorge Vela');
    expect(speakerOf(a, direct(a, 'need time'))).toBe('Jorge Vela');
    expect(direct(a, 'need time')?.verb).toBe('added');
  });

  it('finds the speaker across a sentence boundary: "X said:" before, a continuation, and "He said so." after', () => {
    const a = analyze(
      'The Venezuelan Defense Ministry issued a statement on Sunday saying:\n“No vessel entered our waters.”\n' +
        'Opposition leader Maria Gil spoke next. “The navy is lying.” “Nobody believes them.”\n“It is over.” Gil said so twice.',
    );
    expect(speakerOf(a, direct(a, 'No vessel'))).toBe('Venezuelan Defense Ministry');
    expect(speakerOf(a, direct(a, 'navy is lying'))).toBeUndefined();
    expect(speakerOf(a, direct(a, 'Nobody believes'))).toBeUndefined();
    expect(speakerOf(a, direct(a, 'It is over'))).toBe('Maria Gil');
  });

  it('continues the speaker of an attributed quote into the next all-quote sentence', () => {
    const a = analyze('“We were attacked,” the spokesman for the rebels, Luis Mora, said. “We will answer.”');
    expect(speakerOf(a, direct(a, 'attacked'))).toBe('Luis Mora');
    expect(speakerOf(a, direct(a, 'answer'))).toBe('Luis Mora');
  });

  it('finds reported speech with "said that", "told reporters", "claims", "according to" and "pointing out"', () => {
    const a = analyze(
      'Senator Paul Reyes said that the strikes were illegal. Police told reporters the suspect had fled. ' +
        'The Kremlin claims these ships were civilian. According to Reuters, two ships sank. Critics are pointing out that nobody was charged.',
    );
    expect(speakerOf(a, reported(a, 0)[0])).toBe('Paul Reyes');
    expect(a.article.text.slice(reported(a, 0)[0].content.start, reported(a, 0)[0].content.end)).toBe(
      'the strikes were illegal',
    );
    expect(speakerOf(a, reported(a, 1)[0])).toBe('Police');
    expect(speakerOf(a, reported(a, 2)[0])).toBe('Kremlin');
    expect(speakerOf(a, reported(a, 3)[0])).toBe('Reuters');
    expect(a.article.text.slice(reported(a, 3)[0].content.start, reported(a, 3)[0].content.end)).toBe(
      'two ships sank',
    );
    expect(speakerOf(a, reported(a, 4)[0])).toBe('Critics');
  });

  it('takes the subject of the sentence for a participle ("…, stating that") and for "went to X and wrote"', () => {
    const a = analyze(
      'He criticised Peru, stating that “the talks failed.” President Ana Ruiz went straight to X and wrote that the deal was dead.',
    );
    expect(reported(a, 0)[0].speaker).toBe(a.mentions[0].id);
    expect(speakerOf(a, reported(a, 1)[0])).toBe('Ana Ruiz');
    expect(reported(a, 1)[0].verb).toBe('wrote');
  });

  it('gives no speaker to "reports that said" rather than a wrong one', () => {
    const a = analyze('Lawmakers are reading reports that said the admiral ordered the strike.');
    const q = reported(a, 0);
    expect(q).toHaveLength(1);
    expect(q[0].speaker).toBeUndefined();
  });

  it('skips "the" after "according to", an apposition before the verb, and never takes a possessive as speaker', () => {
    const a = analyze(
      'According to the Chilean Navy, no boats were lost. The president, speaking to reporters in Lima, said talks would go on. Mr. Soto denied it. His lawyer said he would appeal.',
    );
    expect(speakerOf(a, reported(a, 0)[0])).toBe('Chilean Navy');
    expect(byId(a, reported(a, 1)[0].speaker)?.text).toBe('The president');
    expect(reported(a, 3)).toHaveLength(1);
    expect(reported(a, 3)[0].speaker).toBeUndefined();
  });
});
