import { describe, expect, it } from 'vitest';
import { phraseKey } from '../../src/actors/normalize.js';
import { builtKbProblems, encodeBuiltKb } from '../../src/kb-build/encode-kb.js';
import { BuiltKbIndex } from '../../src/knowledge/built-index.js';
import { escapeText, parseBuiltKb, serializeBuiltKb, unescapeText } from '../../src/knowledge/built-kb.js';

// Entities invented for this test, in Latin and Cyrillic script.
const file = encodeBuiltKb(
  'test',
  [{ id: 'src', name: 'test source', licence: 'none', url: '' }],
  [
    ['person.kb.est.mari-tamm', 'p', ['Mari Tamm'], null, [['ESTLEG', '2019-03-04', '', 0]]],
    ['org.kb.est.tamm-party', 'o', ['Tamm Party', 'Tamme Erakond'], ['TEP'], [['ESTPTY', '2004', '', 0]]],
    ['person.kb.blr.ivan-sidorka', 'p', ['Ivan Sidorka', 'Иван Сидорка'], null, [['BLRGOV', '', '', 0]]],
  ],
);

describe('the built knowledge base file and its index', () => {
  it('writes characters beyond Latin-1 escaped and reads them back', () => {
    for (const s of ['Иван Сидорка', 'Jüri', 'a\\b', '北京']) expect(unescapeText(escapeText(s))).toBe(s);
    expect(escapeText('Иван')).toMatch(/^[\x20-\x7e]+$/);
    const bytes = serializeBuiltKb(file);
    expect(parseBuiltKb(bytes)).toEqual(file);
    expect(builtKbProblems(parseBuiltKb(bytes))).toEqual([]);
  });

  it('finds every name and short form, and the first words of longer names, by phrase key', () => {
    const index = new BuiltKbIndex(file);
    expect(index.size).toBe(3);
    const line = (name: string) => index.refs(phraseKey(name)).map((r) => r.line);
    expect(line('Mari Tamm')).toEqual([0]);
    expect(line('TEP')).toEqual([1]);
    expect(line('Иван Сидорка')).toEqual([2]);
    expect(index.entity(2).names).toEqual(['Ivan Sidorka', 'Иван Сидорка']);
    expect(index.entity(1).roles).toEqual([{ code: 'ESTPTY', from: '2004', source: 'src' }]);
    // a prefix of a key is known (a scan goes on), but points nowhere
    expect(index.has('tamme')).toBe(true);
    expect(index.refs('tamme')).toEqual([]);
    expect(index.has(phraseKey('Иван'))).toBe(true);
    expect(index.has('tamm part')).toBe(false);
    expect(index.has('mari tamm jr')).toBe(false);
    expect([...index.organisationNames()]).toEqual(['Tamm Party', 'Tamme Erakond']);
  });

  it('answers the same whatever was looked up before (it remembers the last first word)', () => {
    const index = new BuiltKbIndex(file);
    const fresh = (key: string) => new BuiltKbIndex(file).has(key);
    // "tamm" is a first word and a prefix of the first word "tamme"; "mari" starts another run
    const keys = ['tamm', 'tamme', 'tamm party', 'tamme erakond', 'tamm erakond', 'tam', 'mari tamm', 'tamm'];
    for (const a of keys)
      for (const b of keys) {
        index.has(a);
        expect(index.has(b)).toBe(fresh(b));
        index.has(a);
        expect(index.refs(b)).toEqual(new BuiltKbIndex(file).refs(b));
      }
  });

  it('finds a key index that no longer fits the names', () => {
    const stale = { ...file, keys: file.keys.replace('mari tamm', 'mari tam') };
    expect(builtKbProblems(stale).join()).toMatch(/run npm run build:kb/);
  });
});
