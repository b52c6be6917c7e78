import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/split-sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not break after titles, initials or month abbreviations', () => {
    const t = 'Gen. Maria Ruiz met Mr. Alan Brooks on Sept. 4 in Quito. J. R. Ortega was not there.';
    expect(texts(t)).toEqual([
      'Gen. Maria Ruiz met Mr. Alan Brooks on Sept. 4 in Quito.',
      'J. R. Ortega was not there.',
    ]);
  });

  it('ends a sentence at a one-letter name before a typical opener, not at an initial', () => {
    const t =
      'The minister posted the video on X. He gave no details. Franklin D. Roosevelt and George W. Bush were named.';
    expect(texts(t)).toEqual([
      'The minister posted the video on X.',
      'He gave no details.',
      'Franklin D. Roosevelt and George W. Bush were named.',
    ]);
  });

  it('keeps "the U.S. Navy" together but ends a sentence at "the U.S." before a new one', () => {
    const t = 'A U.S. Navy ship sailed past. Talks ended with the U.S. The next day, nothing happened.';
    expect(texts(t)).toEqual([
      'A U.S. Navy ship sailed past.',
      'Talks ended with the U.S.',
      'The next day, nothing happened.',
    ]);
  });

  it('ends after a closing quote, but not inside an attributed quote', () => {
    const t = 'She said: “We will stay.” Then she left. “Is it over?” he asked. “No,” she replied.';
    expect(texts(t)).toEqual([
      'She said: “We will stay.”',
      'Then she left.',
      '“Is it over?” he asked.',
      '“No,” she replied.',
    ]);
  });

  it('ends a sentence after a word that is only sometimes an abbreviation', () => {
    expect(texts('The answer was no. The vote failed at No. 10 Main Street.')).toEqual([
      'The answer was no.',
      'The vote failed at No. 10 Main Street.',
    ]);
  });

  it('handles straight quotes and exclamation marks', () => {
    expect(texts('He shouted "Stop!" and ran. Nobody followed!')).toEqual([
      'He shouted "Stop!" and ran.',
      'Nobody followed!',
    ]);
  });

  it('keeps a dateline with its sentence, also when it stands on its own line', () => {
    const t =
      'QUITO, Dec 3 (Sample Wire) - Ecuador closed its border on Tuesday. Officials gave no reason.\nLIMA, Dec. 4 (Sample Wire) -\nPeru protested.';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual([
      'QUITO, Dec 3 (Sample Wire) - Ecuador closed its border on Tuesday.',
      'Officials gave no reason.',
      'LIMA, Dec. 4 (Sample Wire) -\nPeru protested.',
    ]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });

  it('treats a newline as a paragraph boundary, keeps offsets and a byline as its own sentence', () => {
    const t =
      'By Ana Lima and Tom Ruiz\n\nThe ministry said no ships were hit\nPublished: Dec 3, 2025 06:30 pm';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual([
      'By Ana Lima and Tom Ruiz',
      'The ministry said no ships were hit',
      'Published: Dec 3, 2025 06:30 pm',
    ]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 2]);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not end a sentence at a decimal point or lower-case continuation', () => {
    expect(texts('Prices rose 2.5 percent. He left at 5 p.m. on Monday. It went on.')).toEqual([
      'Prices rose 2.5 percent.',
      'He left at 5 p.m. on Monday.',
      'It went on.',
    ]);
  });
});
