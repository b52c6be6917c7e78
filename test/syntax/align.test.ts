import { describe, expect, it } from 'vitest';
import { alignTokens, splitToken } from '../../src/syntax/align.js';

describe('token alignment (wink tokens -> UD words)', () => {
  it('keeps ordinary tokens and those wink already splits as they are', () => {
    const a = alignTokens(['The', 'U.S.', 'ca', "n't", 'stop', 'well', '-', 'known', 'e-mail', '.']);
    expect(a.words).toEqual(['The', 'U.S.', 'ca', "n't", 'stop', 'well', '-', 'known', 'e-mail', '.']);
    expect(a.tokenOf).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('splits clitics wink leaves on the word (syntax.align.clitic)', () => {
    expect(splitToken("I'm")).toEqual(['I', "'m"]);
    expect(splitToken("They'd've")).toEqual(['They', "'d", "'ve"]);
    expect(splitToken('we’re')).toEqual(['we', '’re']);
    expect(splitToken("John's")).toEqual(['John', "'s"]);
    expect(splitToken("'s")).toEqual(["'s"]);
    expect(splitToken("rock'n'roll")).toEqual(["rock'n'roll"]);
  });

  it('splits gonna, wanna and gotta as UD does (syntax.align.gonna), and nothing like them', () => {
    expect(splitToken('gonna')).toEqual(['gon', 'na']);
    expect(splitToken('Wanna')).toEqual(['Wan', 'na']);
    expect(splitToken('gotta')).toEqual(['got', 'ta']);
    expect(splitToken('gotna')).toEqual(['gotna']);
    expect(splitToken('Gotham')).toEqual(['Gotham']);
  });

  it('joins punctuation written together (syntax.align.punct-run) but not when spaced', () => {
    const a = alignTokens(
      ['Wow', '!', '!', '!', 'Really', '?', '!'],
      [false, true, true, true, false, true, true],
    );
    expect(a.words).toEqual(['Wow', '!!!', 'Really', '?!']);
    expect(a.firstWord).toEqual([0, 1, 1, 1, 2, 3, 3]);
    expect(a.tokenOf).toEqual([0, 1, 4, 5]);
    const spaced = alignTokens(['Wait', '.', '.', '.'], [false, false, true, false]);
    expect(spaced.words).toEqual(['Wait', '..', '.']);
  });

  it('maps every word back to its token', () => {
    const a = alignTokens(['I', "'m", 'gonna', 'go'], [false, true, false, false]);
    expect(a.words).toEqual(['I', "'m", 'gon', 'na', 'go']);
    expect(a.tokenOf).toEqual([0, 1, 2, 2, 3]);
    expect(a.firstWord).toEqual([0, 1, 2, 4]);
  });
});
