import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { findNumberPhrases } from '../../src/incidents/number-phrase.js';
import { findNationalities } from '../../src/incidents/nationality.js';
import { casualtiesFromText } from '../../src/incidents/casualties.js';
it('prof', () => {
  const sents: string[] = [];
  for (const f of readdirSync('demo').filter((f) => f.endsWith('.txt'))) sents.push(...readFileSync(`demo/${f}`, 'utf8').split(/(?<=[.!?])\s+/));
  const N = 20;
  casualtiesFromText('warm up killed 3');
  for (const [name, fn] of [['num', findNumberPhrases], ['nat', findNationalities], ['cas', (s: string) => casualtiesFromText(s)]] as const) {
    const t = performance.now(); for (let k = 0; k < N; k++) for (const s of sents) (fn as (s: string) => unknown)(s); console.log('P', name, ((performance.now() - t) / (N * sents.length)).toFixed(4), 'ms/sentence', sents.length);
  }
});
