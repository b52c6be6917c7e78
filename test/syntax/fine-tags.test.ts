import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.js';
import { readConllu } from '../../src/syntax/conllu.js';
import { trainTagger } from '../../src/syntax/tagger/train-tagger.js';
import { toTreeSentences } from '../../src/syntax/treebank.js';
import { FINE_TAGS, FINE_UPOS, fineId, UPOS, uposId } from '../../src/syntax/upos.js';

const SMALL = [
  '1\tPrices\tprice\tNOUN\tNNS\t_\t2\tnsubj:pass\t_\t_',
  '2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_',
  '3\traised\traise\tVERB\tVBN\t_\t0\troot\t_\t_',
  '4\tagain\tagain\tADV\tRB\t_\t3\tadvmod\t_\t_',
  '5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
  '',
  '',
].join('\n');

describe('fine tags', () => {
  it('extend the UPOS: a UPOS id is the fine id of its bare tag', () => {
    expect(FINE_TAGS.slice(0, UPOS.length)).toEqual([...UPOS]);
    UPOS.forEach((t, i) => expect(FINE_UPOS[i]).toBe(i));
    expect(new Set(FINE_TAGS).size).toBe(FINE_TAGS.length);
  });

  it('refine a UPOS by its Penn tag when the pair is listed, else keep the UPOS', () => {
    const vbn = fineId(uposId('VERB'), 'VBN');
    expect(FINE_TAGS[vbn]).toBe('VERB|VBN');
    expect(FINE_UPOS[vbn]).toBe(uposId('VERB'));
    expect(fineId(uposId('VERB'), 'VB')).toBe(uposId('VERB'));
    expect(fineId(uposId('NOUN'), 'NN')).toBe(uposId('NOUN'));
    expect(fineId(uposId('ADV'), 'XYZ')).toBe(uposId('ADV'));
  });

  it('are read from the XPOS column of a treebank', () => {
    const r = readConllu(SMALL, 'small.conllu');
    if (!r.ok) throw new Error(formatProblem(r.problems[0]));
    const t = toTreeSentences(r.value, 'small.conllu');
    if (!t.ok) throw new Error(formatProblem(t.problems[0]));
    const fine = Array.from(t.value[0].fine ?? [], (f) => FINE_TAGS[f]);
    expect(fine).toEqual(['NOUN|NNS', 'AUX|VBD', 'VERB|VBN', 'ADV', 'PUNCT']);
  });

  it('are what the tagger predicts, with their UPOS as its output', () => {
    const r = readConllu(SMALL.repeat(3), 'small.conllu');
    if (!r.ok) throw new Error(formatProblem(r.problems[0]));
    const t = toTreeSentences(r.value, 'small.conllu');
    if (!t.ok) throw new Error(formatProblem(t.problems[0]));
    const tagger = trainTagger(t.value, { epochs: 5, seed: 1 });
    const upos = tagger.tag(['Prices', 'were', 'raised', 'again', '.']);
    expect(Array.from(upos, (u) => UPOS[u])).toEqual(['NOUN', 'AUX', 'VERB', 'ADV', 'PUNCT']);
    expect(Array.from(tagger.fine.subarray(0, 5), (f) => FINE_TAGS[f])).toEqual([
      'NOUN|NNS',
      'AUX|VBD',
      'VERB|VBN',
      'ADV',
      'PUNCT',
    ]);
  });
});
