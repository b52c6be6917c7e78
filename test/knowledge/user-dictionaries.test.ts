import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resetKnowledge } from '../../src/actors/knowledge.js';
import { resolveActorText } from '../../src/actors/resolve-text.js';
import { DictionaryError } from '../../src/knowledge/dictionary-types.js';
import {
  clearUserDictionaries,
  loadUserDictionaries,
  userDictionaries,
} from '../../src/knowledge/user-dictionaries.js';

const dir = mkdtempSync(join(tmpdir(), 'lapwing-dict-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

afterEach(() => {
  clearUserDictionaries();
  resetKnowledge();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('user dictionaries', () => {
  it('override a built-in code (a user JSONL entry wins over the curated knowledge base)', () => {
    expect(resolveActorText({ text: 'Gustavo Petro', date: '2025-10-01' }).code).toBe('COLGOV');
    loadUserDictionaries([file('override.jsonl', '{"names": ["Gustavo Petro"], "code": "COLOPP"}\n')]);
    resetKnowledge();
    expect(resolveActorText({ text: 'Gustavo Petro', date: '2025-10-01' }).code).toBe('COLOPP');
  });

  it('add actors and agents from PETRARCH files, dated roles by the article date', () => {
    loadUserDictionaries([
      file(
        'v.actors.txt',
        'VELMORIA [VEL]\nKASIMIR_OTHBERG\n\t[VELLEG 19990101-030614]\n\t[VELGOV >030615]\n',
      ),
      file('v.agents.txt', 'HARBOUR_WARDEN [~COP]\n'),
    ]);
    resetKnowledge();
    expect(resolveActorText({ text: 'Velmoria' }).code).toBe('VEL');
    expect(resolveActorText({ text: 'Kasimir Othberg', date: '2001-05-01' }).code).toBe('VELLEG');
    expect(resolveActorText({ text: 'Kasimir Othberg', date: '2010-05-01' }).code).toBe('VELGOV');
    expect(resolveActorText({ text: "Velmoria's harbour wardens" }).code).toBe('VELCOP');
  });

  it('read YAML entries, with the line of a bad one', () => {
    const good = file(
      'ok.yaml',
      '- names: [Orrin Vale]\n  roles:\n    - {code: VELGOV, from: "2020"}\n- agent: [tide clerk]\n  sector: BUS\n',
    );
    expect(loadUserDictionaries([good])[0].actors[0].roles).toEqual([{ code: 'VELGOV', from: '2020' }]);
    const bad = file('bad.yaml', '- names: [Orrin Vale]\n  code: VELGOV\n- names: [Mira Lund]\n  code: 12\n');
    expect(() => loadUserDictionaries([bad])).toThrow(/bad\.yaml:3: actor entry at code/);
  });

  it('refuse a malformed entry whole: one line with file and line number, nothing loaded', () => {
    const ok = file('fine.jsonl', '{"names": ["Orrin Vale"], "code": "VELGOV"}\n');
    const bad = file('broken.txt', 'VELMORIA [VEL]\nKASIMIR_OTHBERG\n\t[VELLEG 1999-2003]\n');
    let err: unknown;
    try {
      loadUserDictionaries([ok, bad]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DictionaryError);
    expect((err as DictionaryError).lines).toEqual([
      `${bad}:3: expected dates YYMMDD-YYMMDD, got "1999-2003"`,
    ]);
    expect(userDictionaries()).toEqual([]);
    resetKnowledge();
    expect(resolveActorText({ text: 'Orrin Vale' }).code).toBe('---');
  });
});
