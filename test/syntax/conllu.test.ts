import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.js';
import { readConllu, treeWords, writeConllu } from '../../src/syntax/conllu.js';

const DEV = '../shared/ud/en_ewt-ud-dev.conllu';

const SMALL = [
  '# sent_id = s1',
  "# text = We can't stop.",
  '1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_',
  "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tca\tcan\tAUX\tMD\t_\t4\taux\t4:aux\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  '4\tstop\tstop\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '',
].join('\n');

describe('CoNLL-U reader and writer', () => {
  it.skipIf(!existsSync(DEV))('round-trips the EWT dev file byte for byte', () => {
    const text = readFileSync(DEV, 'utf8');
    const r = readConllu(text, DEV);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.length).toBe(2001);
    expect(writeConllu(r.value)).toBe(text);
  });

  it('keeps multiword tokens and empty nodes in the round trip but not in the words', () => {
    const r = readConllu(SMALL, 'small.conllu');
    if (!r.ok) throw new Error(formatProblem(r.problems[0]));
    expect(writeConllu(r.value)).toBe(SMALL);
    const w = treeWords(r.value[0]);
    expect(w.forms).toEqual(['We', 'ca', "n't", 'stop', '.']);
    expect(w.heads).toEqual([4, 4, 4, 0, 4]);
    expect(w.deprels).toEqual(['nsubj', 'aux', 'advmod', 'root', 'punct']);
  });

  it('reports an empty file as one problem', () => {
    const r = readConllu('\n\n', 'e.conllu');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(formatProblem(r.problems[0])).toBe(
      'e.conllu: expected CoNLL-U sentences, found none [empty-file]',
    );
  });

  it('reports a malformed line with its line number and what was expected', () => {
    const lines = SMALL.split('\n');
    lines[4] = '2\tca\tcan\tAUX\tMD\t_\tfour\taux\t4:aux\t_';
    const r = readConllu(lines.join('\n'), 'bad.conllu');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].code).toBe('bad-conllu');
    expect(r.problems[0].path).toBe('bad.conllu:5');
    expect(r.problems[0].message).toMatch(/column 7 \(HEAD\): expected a HEAD/);
  });

  it('reports a line with too few columns, a head outside the sentence and a missing final blank line', () => {
    const short = readConllu('1\tA\ta\tX\n\n', 'a.conllu');
    expect(!short.ok && formatProblem(short.problems[0])).toBe(
      'a.conllu:1: expected 10 tab-separated columns, found 4 [bad-conllu]',
    );
    const far = readConllu('1\tA\ta\tX\t_\t_\t7\troot\t_\t_\n\n', 'b.conllu');
    expect(!far.ok && formatProblem(far.problems[0])).toBe(
      'b.conllu:1: expected a HEAD in 0..1, found 7 [bad-conllu]',
    );
    const open = readConllu('1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n', 'c.conllu');
    expect(!open.ok && open.problems[0].path).toBe('c.conllu:1');
  });
});
