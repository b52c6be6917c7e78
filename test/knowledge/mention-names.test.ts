import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resetKnowledge } from '../../src/actors/knowledge.js';
import { demonymWords, knownOrganisations } from '../../src/knowledge/mention-names.js';
import { clearUserDictionaries, loadUserDictionaries } from '../../src/knowledge/user-dictionaries.js';
import { analyze, mention } from '../text/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lapwing-names-'));
afterAll(() => {
  clearUserDictionaries();
  resetKnowledge();
  rmSync(dir, { recursive: true, force: true });
});

describe('one source of names', () => {
  it('mention detection knows the organisations and demonyms of the actor data', () => {
    // Curated knowledge base, seats of countries.json, the built file and countries.json demonyms.
    for (const n of ['hamas', 'pentagon', 'white house', 'european union'])
      expect(knownOrganisations().has(n), n).toBe(true);
    for (const d of ['colombian', 'kazakh', 'european']) expect(demonymWords().has(d), d).toBe(true);
  });

  it('a name added by a user dictionary changes what mention detection finds', () => {
    const text = 'Quorvane warned Velmoria on Friday. Velmoria did not answer.';
    expect(mention(analyze(text), 'Quorvane').kind).not.toBe('organization');
    loadUserDictionaries([
      (() => {
        const p = join(dir, 'names.jsonl');
        writeFileSync(
          p,
          '{"names": ["Quorvane"], "code": "VELREB"}\n{"names": ["Velmoria"], "code": "VEL"}\n',
        );
        return p;
      })(),
    ]);
    resetKnowledge();
    const a = analyze(text);
    expect(mention(a, 'Quorvane').kind).toBe('organization');
    expect(mention(a, 'Velmoria').kind).toBe('country');
  });
});
