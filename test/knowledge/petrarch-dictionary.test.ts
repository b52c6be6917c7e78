import { describe, expect, it } from 'vitest';
import { parsePetrarch, parseRole } from '../../src/knowledge/petrarch-dictionary.js';

// A dictionary written for this test in the PETRARCH/TABARI form: comments of three kinds, a
// name with synonyms, dated restrictions on their own lines and on the name's line, agents with
// plurals and a substitution set.
const ACTORS = `<!-- TEST ACTORS
# a block comment over two lines -->
VELMORIA  [VEL]  # a country of our own
+VELMORIAN
+PORT_ASTEN

KASIMIR_OTHBERG ; after a semicolon
+OTHBERG_
\t[VELLEG 19990101-030614]
\t[VELGOV > 030615]
\t[VELMIL <981231]
HALDEN_FRONT\t[VELREB 050101-101231] [IMGREB]
`;

const AGENTS = `!CLERK! = CLERK, CLERKS, CLERKESS
HARBOUR_WARDEN [~COP]
SHIP_!CLERK! [~BUS]
GREY_FRIAR {GREY_FRIARS_OF_OLD} [~REL]
TIDEWATCH {} [NGO~]
`;

describe('PETRARCH dictionaries', () => {
  it('reads names, synonyms and dated codes', () => {
    const r = parsePetrarch(ACTORS, 'test.actors.txt');
    expect(r.problems).toEqual([]);
    expect(r.actors.map((a) => a.names)).toEqual([
      ['VELMORIA', 'VELMORIAN', 'PORT ASTEN'],
      ['KASIMIR OTHBERG', 'OTHBERG'],
      ['HALDEN FRONT'],
    ]);
    expect(r.actors[1].roles).toEqual([
      { code: 'VELLEG', from: '1999-01-01', to: '2003-06-14' },
      { code: 'VELGOV', from: '2003-06-15' },
      { code: 'VELMIL', to: '1998-12-31' },
    ]);
    expect(r.actors[2].roles).toEqual([
      { code: 'VELREB', from: '2005-01-01', to: '2010-12-31' },
      { code: 'IMGREB' },
    ]);
    expect(r.actors[1].at).toBe('test.actors.txt:7');
  });

  it('reads agents with regular, irregular and no plurals, and substitution sets', () => {
    const r = parsePetrarch(AGENTS, 'test.agents.txt');
    expect(r.problems).toEqual([]);
    expect(r.agents.map((a) => [a.words, a.sector])).toEqual([
      [['harbour warden', 'harbour wardens'], 'COP'],
      [['ship clerk', 'ship clerks', 'ship clerkess'], 'BUS'],
      [['grey friar', 'grey friars of old'], 'REL'],
      [['tidewatch'], 'NGO'],
    ]);
  });

  it('reports a malformed line with its number and what was expected', () => {
    const r = parsePetrarch(
      'GOOD_NAME [ABC]\nBAD_DATES [ABCGOV 19990101-2003]\n+\n\t[ABC 010101-020202',
      'bad.txt',
    );
    expect(r.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(r.problems[0].message).toMatch(/expected dates YYMMDD-YYMMDD/);
    expect(r.problems[1].message).toMatch(/expected a name after \+/);
  });

  it('reads two-digit years around the pivot and rejects impossible dates', () => {
    expect(parseRole('ABC 291231-300101')).toEqual({ code: 'ABC', from: '2029-12-31', to: '2030-01-01' });
    expect(parseRole('ABC <310101')).toEqual({ code: 'ABC', to: '1931-01-01' });
    expect(parseRole('ABC >991399')).toMatch(/expected a date/);
    expect(parseRole('950601-990815')).toMatch(/expected a code/);
  });
});
