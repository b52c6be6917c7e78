import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DictionaryError } from '../../src/knowledge/dictionary-types.js';
import { isVerbDictionary, parsePetrarchVerbs } from '../../src/knowledge/petrarch-verbs.js';
import {
  clearUserDictionaries,
  loadUserDictionaries,
  userDictionaries,
} from '../../src/knowledge/user-dictionaries.js';

// A verb dictionary written for this test in the TABARI/PETRARCH form.
const VERBS = `<!-- TEST VERBS -->
&SEAWAYS
+SHIPPING LANES

&BONDS_
+TRADE
+CULTURAL
+&SEAWAYS

--- PARLEY  [040]  ---
PARLEY    # a comment
+HOLD_TALKS {+HELD_TALKS +HOLDING_TALKS}
WIRE_+TAP [---]
- * WITH +  [036]  # target behind "with"
- NOT * &BONDS_TIES  [112]
- + WAS_ * BY $  [042]
- % *  [030:030]
- * ^ ABOUT [###]

--- DEPART  [032:033]  ---
DEPART {DEPARTED}
~ a (a b WILL_ATTACK) SAY = a b 138
`;

const dir = mkdtempSync(join(tmpdir(), 'lapwing-verbs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => clearUserDictionaries());

describe('PETRARCH verb dictionaries', () => {
  it('tells a verb dictionary from an actor dictionary', () => {
    expect(isVerbDictionary(VERBS)).toBe(true);
    expect(isVerbDictionary('VELMORIA [VEL]\n+VELMORIAN\n')).toBe(false);
  });

  it('reads verbs, multi-word verbs with irregular forms, their codes and the block patterns', () => {
    const r = parsePetrarchVerbs(VERBS, 'test.verbs.txt');
    expect(r.problems).toEqual([]);
    expect(r.ignored).toBe(1);
    expect(r.verbs.map((v) => [v.forms.map((f) => f.words.join(' ')), v.code])).toEqual([
      [['parley'], '040'],
      [['hold talks', 'held talks', 'holding talks'], '040'],
      [['wire tap'], '---'],
      [['depart', 'departed'], '032:033'],
    ]);
    expect(r.verbs[2].forms[0].verbAt).toBe(1);
    expect(r.verbs[0].patterns).toBe(r.verbs[1].patterns);
    expect(r.verbs[0].at).toBe('test.verbs.txt:11');
  });

  it('reads pattern words, sets, connectors, roles and codes', () => {
    const [withTarget, negated, passive, compound, skipped] = parsePetrarchVerbs(VERBS, 'v.txt').verbs[0]
      .patterns;
    expect(withTarget).toMatchObject({
      before: [],
      after: [[[['with']]]],
      target: { side: 'after', prep: 'with', compound: false },
      source: null,
      code: '036',
    });
    // "&BONDS_TIES": a set (with a set inside it) glued to a word; "NOT" apart from them
    expect(negated.before).toEqual([[[['not']]]]);
    expect(negated.after).toEqual([[[['trade'], ['cultural'], ['shipping', 'lanes']], [['ties']]]]);
    expect(passive).toMatchObject({
      before: [[[['was']]]],
      after: [[[['by']]]],
      target: { side: 'before', prep: null },
      source: { side: 'after', prep: 'by' },
    });
    expect(compound).toMatchObject({
      source: { side: 'before', compound: true },
      target: null,
      code: '030:030',
    });
    expect(skipped.code).toBe('###');
  });

  it('gives one error per malformed line with its number', () => {
    const r = parsePetrarchVerbs(
      '- * EARLY [010]\n--- MEET [040] ---\nMEET\n- * TALKS [031\n- WITH + [036]\n- * TALKS\n',
      'bad.verbs.txt',
    );
    expect(r.problems.map((p) => p.line)).toEqual([1, 4, 5, 6]);
    expect(r.problems[0].message).toMatch(/expected a --- NAME \[CODE\] --- line/);
    expect(r.problems[1].message).toMatch(/expected \] closing the code/);
    expect(r.problems[2].message).toMatch(/expected \* \(the verb\)/);
    expect(r.problems[3].message).toMatch(/expected \[CODE\]/);
  });

  it('loads all or nothing through --dictionary, naming file and line', () => {
    const good = join(dir, 'good.verbs.txt');
    const bad = join(dir, 'bad.verbs.txt');
    writeFileSync(good, VERBS);
    writeFileSync(bad, '--- MEET [040] ---\nMEET\n- * TALKS [031\n');
    expect(loadUserDictionaries([good])[0].verbs).toHaveLength(4);
    clearUserDictionaries();
    let error: unknown;
    try {
      loadUserDictionaries([good, bad]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    expect((error as DictionaryError).lines).toEqual([`${bad}:3: expected ] closing the code`]);
    expect(userDictionaries()).toEqual([]);
  });
});
