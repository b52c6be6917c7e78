import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resetKnowledge } from '../../src/actors/knowledge.js';
import { patternBook } from '../../src/coding/patterns.js';
import type { CodedEvent } from '../../src/core/records.js';
import { clearUserDictionaries, loadUserDictionaries } from '../../src/knowledge/user-dictionaries.js';
import { runCli } from '../cli/run-cli.js';
import { code } from './code-helper.js';

// A verb dictionary of our own, in the PETRARCH/TABARI form.
const VERBS = `--- DEPART [032:033] ---
DEPART

--- CONDEMN [122] ---
CONDEMN

--- RESTORE [064] ---
RESTORE
- * TRADE_TIES [061]
- NOT * [---]
- * ^ ABOUT [###]

--- ATTACK [---] ---
ATTACK

--- AGREE [081] ---
AGREE
- % * [030:030]

--- SEVER [161K] ---
SEVER
`;

const dir = mkdtempSync(join(tmpdir(), 'lapwing-user-verbs-'));
const dict = join(dir, 'mine.verbs.txt');
writeFileSync(dict, VERBS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  clearUserDictionaries();
  resetKnowledge();
});

const use = () => {
  loadUserDictionaries([dict]);
  resetKnowledge();
};
const dyads = (events: CodedEvent[]) =>
  events
    .filter((e) => e.claim !== 'negated')
    .map((e) => `${e.type} ${e.cameo} ${e.actor.code}>${e.recipient?.code ?? '-'}`)
    .sort();

describe('user verb dictionaries in the coder', () => {
  it('codes a verb the built-in patterns do not know, [a:b] in both directions', () => {
    const s = 'The Norwegian foreign minister departed for Chile on Monday.';
    expect(dyads(code(s))).toEqual([]);
    use();
    expect(dyads(code(s))).toEqual(['AGREE 032 NORGOV>CHL', 'AGREE 033 CHL>NORGOV']);
  });

  it('a user verb wins over the built-in pattern of the same verb', () => {
    const s = 'Chile condemned Norway on Tuesday.';
    expect(dyads(code(s))).toEqual(['ACCUSE 111 CHL>NOR']);
    use();
    expect(dyads(code(s))).toEqual(['REJECT 122 CHL>NOR']);
  });

  it('the most specific pattern of the verb wins; a [---] verb gives no event', () => {
    use();
    expect(dyads(code('Norway restored trade ties with Chile on Monday.'))).toEqual([
      'COOPERATE 061 NOR>CHL',
    ]);
    expect(dyads(code('Norway restored diplomatic ties with Chile on Monday.'))).toEqual([
      'COOPERATE 064 NOR>CHL',
    ]);
    expect(dyads(code('Chile attacked Norway on Tuesday.'))).toEqual([]);
  });

  it('a code that extends a known CAMEO code is coded as that code', () => {
    use();
    expect(dyads(code('Chile severed relations with Norway on Tuesday.'))).toEqual(['SANCTION 161 CHL>NOR']);
  });

  it('a compound subject pattern (% *) codes its members towards each other', () => {
    use();
    expect(dyads(code('Chile and Norway agreed on Tuesday to share fishing data.'))).toEqual([
      'AGREE 030 CHL>NOR',
      'AGREE 030 NOR>CHL',
    ]);
  });

  it('counts patterns whose code the ontology does not know, and leaves the built-in book alone', () => {
    const before = patternBook();
    use();
    const book = patternBook();
    expect(book.userSkipped).toBe(1);
    expect(book.patterns.length).toBeGreaterThan(before.patterns.length);
    clearUserDictionaries();
    resetKnowledge();
    expect(patternBook()).toBe(before);
  });

  it('`lapwing code --dictionary verbs.txt` codes with the user verbs', async () => {
    const r = await runCli([
      'code',
      '--json',
      '--dictionary',
      dict,
      '--text',
      'Chile condemned Norway on Tuesday.',
    ]);
    expect(r.code).toBe(0);
    const events = (JSON.parse(r.stdout) as { events: { cameo: string; rules: string[] }[] }).events;
    expect(events.map((e) => e.cameo)).toEqual(['122']);
    expect(events[0].rules[0]).toMatch(/^user\.mine-verbs-txt\.\d+$/);
  });
});
