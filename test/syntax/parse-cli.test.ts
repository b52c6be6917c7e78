import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScoreCounts } from '../../src/syntax/evaluate.js';
import { uposId } from '../../src/syntax/upos.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../ingest/temp-dir.js';
import { tree } from './tree-fixtures.js';

const { dir, cleanup } = tempDir('lapwing-parse-');
afterAll(cleanup);

describe('parse scores', () => {
  it('count heads, labelled heads and tags over every word, punctuation included', () => {
    const gold = tree('Troops/NOUN/2/nsubj fired/VERB/0/root shots/NOUN/2/obj ./PUNCT/2/punct');
    const c = new ScoreCounts();
    // Heads right: Troops, fired, "." (3 of 4); labels right among them: Troops, fired (2); tags: 3 of 4.
    c.add(
      gold,
      ['NOUN', 'VERB', 'VERB', 'PUNCT'].map(uposId),
      [2, 0, 1, 2],
      ['nsubj', 'root', 'obj', 'discourse'],
    );
    const s = c.scores(0.5);
    expect(s).toEqual({ uas: 0.75, las: 0.5, upos: 0.75, tokens: 4, sentences: 1, tokensPerSecond: 8 });
  });
});

describe('lapwing parse', { timeout: 120_000 }, () => {
  it('--eval --json scores a small gold file: multiword tokens and empty nodes skipped', async () => {
    // Two plain sentences the shipped model parses right, and one word whose gold head and label
    // are deliberately wrong (the gold says "." hangs from "The" as "nsubj"): 1 of 11 words wrong.
    const lines = [
      '# sent_id = g1',
      '1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_',
      '2\tpolice\tpolice\tNOUN\t_\t_\t3\tnsubj\t_\t_',
      '3\tarrested\tarrest\tVERB\t_\t_\t0\troot\t_\t_',
      '4\tthree\tthree\tNUM\t_\t_\t5\tnummod\t_\t_',
      '5\tmen\tman\tNOUN\t_\t_\t3\tobj\t_\t_',
      '6\t.\t.\tPUNCT\t_\t_\t1\tnsubj\t_\t_',
      '',
      '# sent_id = g2',
      '1\tShe\tshe\tPRON\t_\t_\t4\tnsubj\t_\t_',
      "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
      '2\tdid\tdo\tAUX\t_\t_\t4\taux\t_\t_',
      "3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_",
      '4\tleave\tleave\tVERB\t_\t_\t0\troot\t_\t_',
      '4.1\tgo\tgo\tVERB\t_\t_\t_\t_\t4:conj\t_',
      '5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_',
      '',
    ];
    const gold = join(dir, 'gold.conllu');
    writeFileSync(gold, `${lines.join('\n')}\n`);
    const r = await runCli(['parse', '--eval', gold, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(['uas', 'las', 'upos', 'tokens', 'sentences', 'tokensPerSecond']);
    expect(s.tokens).toBe(11);
    expect(s.sentences).toBe(2);
    expect(s.uas).toBeCloseTo(10 / 11, 10);
    expect(s.las).toBeCloseTo(10 / 11, 10);
    expect(s.upos).toBe(1);
    expect(s.tokensPerSecond).toBeGreaterThan(0);
  });

  it('reports a malformed gold line with its line number, and an empty file', async () => {
    const bad = join(dir, 'bad.conllu');
    writeFileSync(bad, '1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n2\tB\tb\n\n');
    const r = await runCli(['parse', '--eval', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`${bad}:2: expected 10 tab-separated columns, found 3 [bad-conllu]`);
    const empty = join(dir, 'empty.conllu');
    writeFileSync(empty, '');
    const e = await runCli(['parse', '--eval', empty]);
    expect(e.stderr.trim()).toBe(`${empty}: expected CoNLL-U sentences, found none [empty-file]`);
  });

  it('parses text and JSONL into CoNLL-U with sentence ids, text and ten columns; a bad line is reported and skipped', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a1', text: 'Soldiers opened fire on the crowd. Two people died.' }),
        '{"id": 5}',
        JSON.stringify({ id: 7, text: "They didn't stop." }),
      ].join('\n'),
    );
    const r = await runCli(['parse', input]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `${input}:2: expected {id, text}: text Invalid input: expected string, received undefined [bad-record]`,
    );
    const blocks = r.stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0].split('\n').slice(0, 2)).toEqual([
      '# sent_id = a1-1',
      '# text = Soldiers opened fire on the crowd.',
    ]);
    expect(blocks[2].split('\n')[0]).toBe('# sent_id = 7-1');
    for (const b of blocks) {
      const rows = b.split('\n').filter((l) => !l.startsWith('#'));
      const roots = rows.filter((l) => l.split('\t')[6] === '0');
      expect(roots).toHaveLength(1);
      for (const row of rows) expect(row.split('\t')).toHaveLength(10);
    }
    const words = blocks[2]
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .map((l) => l.split('\t')[1]);
    expect(words).toEqual(['They', 'did', "n't", 'stop', '.']);
    const text = await runCli(['parse', '-'], { stdin: 'Rebels seized the airport.' });
    expect(text.stdout.split('\n')[0]).toBe('# sent_id = stdin-1');
  });
});
