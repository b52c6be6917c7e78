import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { proposeLexicon, renderProposals } from '../../src/domain/lexicon-proposals.js';
import { readWordnetPart, WordnetFormatError } from '../../src/domain/wordnet.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'dist', 'domain', 'propose-lexicon.js');
const HEADER = '  1 A licence header line, as WordNet files start.\n  2 Second header line.\n';

/**
 * A tiny WordNet in the database format: "kill" has three senses (the third must not be read),
 * sense 1 has a troponym synset with a proper name in it, "attack" is a noun with one synonym.
 */
function writeFixture(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.verb'),
    `${HEADER}kill v 3 1 ~ 3 1 00000100 00000200 00000300  \nzorch v 1 0 1 0 00000400  \n`,
  );
  writeFileSync(
    join(dir, 'data.verb'),
    HEADER +
      [
        '00000100 35 v 03 kill 0 slay 0 smite 0 001 ~ 00000400 v 0000 01 + 08 00 | cause to die; "they killed him"  ',
        '00000200 41 v 02 kill 0 veto_out 0 000 01 + 08 00 | stop the passage of a bill  ',
        '00000300 30 v 02 kill 0 fizzle_away 0 000 | lose force  ',
        '00000400 35 v 02 zorch 0 Hack_Down 0 001 @ 00000100 v 0000 | kill with a zorch  ',
      ].join('\n') +
      '\n',
  );
  writeFileSync(join(dir, 'index.noun'), `${HEADER}attack n 1 0 1 0 00001000  \n`);
  writeFileSync(
    join(dir, 'data.noun'),
    `${HEADER}00001000 04 n 02 attack 0 onfall 0 000 | a military offensive  \n`,
  );
}

let dict: string;
beforeAll(() => {
  dict = join(mkdtempSync(join(tmpdir(), 'lapwing-wordnet-')), 'dict');
  writeFixture(dict);
});

const parts = () => ({ verb: readWordnetPart(dict, 'verb'), noun: readWordnetPart(dict, 'noun') });

describe('WordNet lexicon proposals', () => {
  it('reads senses in order, synset words and pointers', () => {
    const verb = readWordnetPart(dict, 'verb');
    expect(verb.index.get('kill')).toEqual(['00000100', '00000200', '00000300']);
    const s = verb.synsets.get('00000100');
    expect(s?.words).toEqual(['kill', 'slay', 'smite']);
    expect(s?.pointers).toEqual([{ symbol: '~', offset: '00000400', pos: 'v' }]);
    expect(s?.gloss).toBe('cause to die; "they killed him"');
  });

  it('proposes synonyms of the first senses and troponyms, leaving out words any pattern has', () => {
    const patterns = [
      { id: 'assault.kill', verbs: ['kill', 'gun down'] },
      { id: 'assault.other', verbs: ['slay'], nouns: ['attack'] },
    ];
    const out = proposeLexicon(patterns, parts(), { senses: 2 });
    const kill = out.find((p) => p.id === 'assault.kill')?.candidates ?? [];
    expect(kill.map((c) => `${c.word}:${c.relation}:${c.sense}`)).toEqual([
      'smite:synonym:1',
      'zorch:troponym:1',
      'veto out:synonym:2',
    ]);
    expect(kill[1]).toMatchObject({
      from: 'kill',
      pos: 'verb',
      lexFile: 'verb.contact',
      gloss: 'kill with a zorch',
    });
    const other = out.find((p) => p.id === 'assault.other')?.candidates ?? [];
    expect(other.map((c) => `${c.pos}:${c.word}`)).toEqual(['noun:onfall']);
  });

  it('reads only as many senses as asked', () => {
    const out = proposeLexicon([{ id: 'assault.kill', verbs: ['kill'] }], parts(), { senses: 1 });
    expect(out[0]?.candidates.map((c) => c.word)).toEqual(['slay', 'smite', 'zorch']);
  });

  it('renders the same review file for the same input', () => {
    const patterns = [{ id: 'assault.kill', verbs: ['kill'] }];
    const a = renderProposals(proposeLexicon(patterns, parts()), 'fixture');
    const b = renderProposals(proposeLexicon(patterns, parts()), 'fixture');
    expect(a).toBe(b);
    expect(YAML.parse(a).patterns['assault.kill'][0]).toMatchObject({
      word: 'slay',
      relation: 'synonym',
      sense: 1,
    });
  });

  it('names the file and line of a malformed data line', () => {
    const bad = join(dict, '..', 'bad');
    writeFixture(bad);
    writeFileSync(join(bad, 'data.noun'), `${HEADER}0000x000 04 n 02 attack 0 | broken\n`);
    expect(() => readWordnetPart(bad, 'noun')).toThrow(WordnetFormatError);
    expect(() => readWordnetPart(bad, 'noun')).toThrow(/data\.noun:3: expected "offset lex_filenum/);
  });

  it('npm run propose:lexicon writes a deterministic review file against the real patterns', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'lapwing-proposals-'));
    const run = (out: string) =>
      spawnSync(process.execPath, [SCRIPT, '--dict', dict, '--out', out], { encoding: 'utf8' });
    const first = run(join(outDir, 'a.yaml'));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^proposed \d+ words for \d+ patterns/);
    run(join(outDir, 'b.yaml'));
    const text = readFileSync(join(outDir, 'a.yaml'), 'utf8');
    expect(readFileSync(join(outDir, 'b.yaml'), 'utf8')).toBe(text);
    const words = YAML.parse(text).patterns['assault.kill'].map((c: { word: string }) => c.word);
    expect(words).toContain('smite');
    expect(words).toContain('zorch');
    expect(words).not.toContain('slay');
  });

  it('fails with one clear message on a missing dict folder', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--dict', join(dict, 'nowhere')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^propose:lexicon: .*nowhere.*index\.verb/);
  });
});
