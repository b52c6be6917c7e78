import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, byId } from './helpers.js';

/** The seed article (published 2025-12-03), read as test input only. */
const SEED = '../shared/seed/colombia-2025-12-03.txt';
const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';

// Runs wherever ../shared is beside the repository (development machines and CI).
describe.skipIf(!text)('seed article', () => {
  const a = analyze(text, '2025-12-03T18:30:00Z');
  const speaker = (id: string | undefined) => {
    const m = byId(a, id);
    return m?.canonical ?? m?.text;
  };
  const directBy = (words: string) => {
    const q = a.quotes.find(
      (x) => x.kind === 'direct' && text.slice(x.content.start, x.content.end).includes(words),
    );
    if (!q) throw new Error(`no direct quote with "${words}"`);
    return speaker(q.speaker);
  };

  it('has 26 sentences in 10 paragraphs, with exact offsets', () => {
    expect(a.sentences).toHaveLength(26);
    expect(a.sentences[a.sentences.length - 1].paragraph).toBe(9);
    for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(a.tokens).toHaveLength(26);
  });

  it('attributes every direct quote to the right speaker', () => {
    expect(directBy('subject to attack,')).toBe('Donald Trump');
    expect(directBy('Come to Colombia')).toBe('Gustavo Petro');
    expect(directBy('mills for')).toBe('Donald Trump');
    expect(directBy('subject to attack.')).toBe('Donald Trump');
    expect(directBy('I hear the country')).toBe('Donald Trump');
    expect(directBy('Any threat')).toBe('Colombian Foreign Ministry');
    expect(directBy('continues with')).toBe('Colombian Foreign Ministry');
    expect(directBy('narco-terrorists')).toBe('White House');
    expect(a.quotes.filter((q) => q.kind === 'direct')).toHaveLength(8);
  });

  it('attributes reported speech', () => {
    const reported = a.quotes
      .filter((q) => q.kind === 'reported')
      .map((q) => `${q.sentence}:${q.verb}:${speaker(q.speaker) ?? '-'}`);
    expect(reported).toEqual(
      expect.arrayContaining([
        '0:as per:Newsweek',
        '0:warned:Donald Trump',
        '4:told:Donald Trump',
        '5:mentioned:Donald Trump',
        '7:stating:Colombian Foreign Ministry',
        '8:stressed:Colombian Foreign Ministry',
        '12:claims:White House',
        '17:said:-',
        '18:pointing out:Critics',
      ]),
    );
  });

  it('reads "more than 80 people" as at least 81 with no upper bound', () => {
    const q = a.quantities.find((x) => x.text === 'more than 80');
    expect(q).toMatchObject({ min: 81, max: null, unit: 'people', qualifier: 'more than' });
  });

  it('resolves "In November" to 2025-11 and "Since early September" to a range up to publication', () => {
    expect(a.dates.find((d) => d.text === 'In November')?.range).toEqual({
      from: '2025-11-01',
      to: '2025-11-30',
      granularity: 'month',
    });
    const since = a.dates.find((d) => d.text === 'Since early September');
    expect(since?.since).toBe(true);
    expect(since?.range).toEqual({ from: '2025-09-01', to: '2025-12-03', granularity: 'range' });
  });

  it('chains Petro, He and the president to their full names', () => {
    const he = a.mentions.find((m) => m.sentence === 2 && m.text === 'He');
    expect(he?.canonical).toBe('Gustavo Petro');
    expect(a.mentions.find((m) => m.text === 'Petro')?.canonical).toBe('Gustavo Petro');
    expect(a.mentions.find((m) => m.text === 'The president')?.canonical).toBe('Donald Trump');
    expect(a.mentions.find((m) => m.text === 'Defense Secretary Pete Hegseth')).toMatchObject({
      kind: 'person',
      title: 'Defense Secretary',
    });
  });
});
