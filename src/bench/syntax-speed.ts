/**
 * Speed of the shipped tagger and parser on a CoNLL-U file's words, in words per CPU-second of
 * this process (tagging and parsing only), and a digest of every tag, head and relation, so two
 * builds can be checked to give the same output. Usage:
 *   node dist/bench/syntax-speed.js ../shared/ud/en_ewt-ud-dev.conllu [rounds] [--reference]
 * `--reference` loads the plain sparse tables training uses instead of the fast ones.
 * Pin it to one core with `taskset -c 0` for comparable figures.
 */
import { createHash } from 'node:crypto';
import { inlineSyntaxCalls } from '../syntax/inlining.js';
import { loadShippedModel } from '../syntax/syntax-model.js';
import { loadTreebank } from '../syntax/treebank.js';

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--reference');
  const layout = process.argv.includes('--reference') ? 'reference' : 'fast';
  const path = args[0];
  const rounds = Number(args[1] ?? 5);
  if (!path || !(rounds > 0)) {
    process.stderr.write('usage: syntax-speed FILE.conllu [rounds]\n');
    process.exit(2);
  }
  const t0 = process.hrtime.bigint();
  const m = loadShippedModel(undefined, { layout });
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const sentences = loadTreebank(path).map((s) => s.words);
  let words = 0;
  for (const s of sentences) words += s.length;
  const heads = new Int32Array(1024);
  const labels = new Uint8Array(1024);
  const digest = createHash('sha256');
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    for (const words of sentences) {
      const tags = m.tagger.tag(words);
      m.parser.parse(m.tagger.info, tags, heads, labels);
      if (r === 0) {
        digest.update(tags);
        digest.update(new Uint8Array(heads.buffer, 0, words.length * 4));
        digest.update(labels.subarray(0, words.length));
      }
    }
    const c = process.cpuUsage(c0);
    rates.push(words / ((c.user + c.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  const out = {
    file: path,
    layout,
    sentences: sentences.length,
    words,
    loadMs: Math.round(loadMs),
    wordsPerCpuSecond: {
      median: Math.round(rates[rates.length >> 1]),
      best: Math.round(rates[rates.length - 1]),
    },
    digest: digest.digest('hex'),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

inlineSyntaxCalls();
main();
