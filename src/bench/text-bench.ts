/**
 * Benchmark of the language stage: builds a corpus of at least 5 MB from the demo articles (or,
 * without them, from a few sentences written here), varied so that copies are not identical, runs
 * `textStage` over it on one thread and reports sentences/s, MB/s and peak resident memory.
 */
import { getLogger } from '../core/logger.js';
import type { Article } from '../core/records.js';
import { textStage } from '../text/analyze-stage.js';
import { splitSentences } from '../text/split-sentences.js';
import { tokenizeWithLower } from '../text/tokenize.js';
import type { BenchResult } from './bench-result.js';
import { type Base, loadDemoBases } from './demo-bases.js';

const TARGET_BYTES = Number(process.env.LAPWING_TEXT_BENCH_BYTES ?? 5 * 1024 * 1024);

/** Used only when the demo corpus is missing. */
const FALLBACK = [
  'QUITO, Oct 2 (Sample Wire) - Ecuadorian President Ana Ruiz said on Monday that at least 11 soldiers were killed near the border. ' +
    'Ruiz told reporters that the army “will not retreat,” and the Defense Ministry later confirmed the toll. ' +
    'Rebels allegedly attacked a patrol in early September, according to local officials. The ministry did not give details.',
  'Peru and Chile agreed in November to reopen talks. More than 80 people have died since late July, officials said. ' +
    'Critics are pointing out that the government could face sanctions. “We need answers,” said Senator Luis Mora.',
];

function loadBases(): Base[] {
  return loadDemoBases(FALLBACK, '2025-12-03');
}

const SWAPS: [RegExp, string[]][] = [
  [/\bColombia\b/g, ['Colombia', 'Peru', 'Ecuador', 'Bolivia', 'Chile']],
  [/\bVenezuela\b/g, ['Venezuela', 'Honduras', 'Panama', 'Guatemala']],
  [/\bPetro\b/g, ['Petro', 'Ruiz', 'Lagos', 'Mora']],
  [/\bCaribbean\b/g, ['Caribbean', 'Atlantic', 'Pacific']],
];

/** The k-th variant of a text: names swapped and numbers shifted, so that caches do not flatter. */
function vary(text: string, k: number): string {
  let out = text;
  for (const [re, names] of SWAPS) out = out.replace(re, names[k % names.length]);
  return out.replace(/\b(\d{1,2})\b(?! \d{4})/g, (m) => String((Number(m) + k) % 97 || 1));
}

/** Runs the text-stage benchmark once and returns its figures. */
export async function bench(): Promise<BenchResult[]> {
  const bases = loadBases();
  const articles: Article[] = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    const b = bases[k % bases.length];
    const text = vary(b.text, Math.floor(k / bases.length));
    bytes += Buffer.byteLength(text);
    articles.push({
      id: `bench-${k}`,
      text,
      title: null,
      outlet: null,
      published: b.published,
      url: null,
      language: 'eng',
      origin: 'bench',
      format: 'text',
    });
  }
  const ctx = { log: getLogger() };
  // Warm-up: model load and JIT, not measured.
  for (let i = 0; i < 200; i++) textStage.run(articles[i % articles.length], ctx);

  let sentences = 0;
  let peak = process.memoryUsage.rss();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i++) {
    sentences += textStage.run(articles[i], ctx).sentences.length;
    if ((i & 15) === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage.rss());
  // The floor: sentence splitting and wink's tokenizer and tagger alone, on the same corpus.
  const floorCpu0 = process.cpuUsage();
  const f0 = performance.now();
  for (const a of articles) tokenizeWithLower(a.text, splitSentences(a.text));
  const floorSeconds = (performance.now() - f0) / 1000;
  const floorCpu = process.cpuUsage(floorCpu0);
  const floorCpuSeconds = (floorCpu.user + floorCpu.system) / 1e6;
  const mb = bytes / 1024 / 1024;
  const detail = `${articles.length} articles, ${mb.toFixed(1)} MB, ${sentences} sentences, 1 thread`;
  return [
    {
      name: 'text: sentences/s',
      value: Math.round(sentences / seconds),
      unit: 'sent/s',
      detail: `${detail}, wall clock`,
    },
    {
      name: 'text: sentences/s per CPU-second',
      value: Math.round(sentences / cpuSeconds),
      unit: 'sent/s',
      detail:
        'user+system CPU time of the process; far less affected than wall clock when the machine is shared',
    },
    {
      name: 'text: tokenizer+tagger alone',
      value: Math.round(sentences / floorSeconds),
      unit: 'sent/s',
      detail: `wall clock; ${Math.round(sentences / floorCpuSeconds)} sent/s per CPU-second; the floor the stage cannot beat`,
    },
    { name: 'text: throughput', value: mb / seconds, unit: 'MB/s', detail: 'wall clock' },
    {
      name: 'text: peak RSS',
      value: Math.round(peak / 1024 / 1024),
      unit: 'MB',
      detail: 'process.memoryUsage.rss(), sampled every 16 articles',
    },
  ];
}
