/**
 * Benchmark of the language stage on two corpora of at least 5 MB each, built from the demo
 * articles (or, without them, from a few sentences written here):
 *
 * - "demo varied": copies with a few country and person names swapped and numbers shifted, so
 *   copies are not identical but the words are mostly ones the tokenizer has seen;
 * - "fresh names": every copy gets people with names never seen before (`withFreshNames`), as a
 *   stream of real news does; this is the figure that matters for production.
 *
 * Each runs `textStage` on one thread and reports sentences per CPU-second, sentences/s and MB/s
 * by wall clock, peak resident memory, and the floor (sentence splitting plus wink alone).
 */
import { getLogger } from '../core/logger.js';
import type { Article } from '../core/records.js';
import { textStage } from '../text/analyze-stage.js';
import { splitSentences } from '../text/split-sentences.js';
import { tokenizeWithLower } from '../text/tokenize.js';
import { type BenchResult, cpuSecondsSince } from './bench-result.js';
import { type Base, benchArticle, loadDemoBases, withFreshNames } from './demo-bases.js';

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

function article(k: number, b: Base, text: string): Article {
  return benchArticle(`bench-${k}`, text, b.published);
}

/** Articles from variant `from` on, made by `make`, until they hold `bytes` bytes. */
function corpus(
  bases: Base[],
  from: number,
  bytes: number,
  make: (text: string, k: number) => string,
): { articles: Article[]; bytes: number } {
  const articles: Article[] = [];
  let total = 0;
  for (let k = from; total < bytes; k++) {
    const b = bases[k % bases.length];
    const text = make(b.text, Math.floor(k / bases.length));
    total += Buffer.byteLength(text);
    articles.push(article(k, b, text));
  }
  return { articles, bytes: total };
}

/**
 * Times `textStage` over `articles` after a warm-up on `warm`, then the floor (splitting and wink
 * alone) on `floor`; for fresh names all three are different variants, so no word is cached twice.
 */
function measure(
  label: string,
  articles: Article[],
  bytes: number,
  warm: Article[],
  floor: Article[],
): BenchResult[] {
  const ctx = { log: getLogger() };
  // Warm-up: model load and JIT, not measured.
  for (const a of warm) textStage.run(a, ctx);

  let sentences = 0;
  let peak = process.memoryUsage.rss();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i++) {
    sentences += textStage.run(articles[i], ctx).sentences.length;
    if ((i & 15) === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSecondsSince(cpu0);
  peak = Math.max(peak, process.memoryUsage.rss());
  let floorSentences = 0;
  const floorCpu0 = process.cpuUsage();
  for (const a of floor) {
    const ss = splitSentences(a.text);
    floorSentences += ss.length;
    tokenizeWithLower(a.text, ss);
  }
  const floorCpu = cpuSecondsSince(floorCpu0);
  const mb = bytes / 1024 / 1024;
  const detail = `${articles.length} articles, ${mb.toFixed(1)} MB, ${sentences} sentences, 1 thread`;
  return [
    {
      name: `text (${label}): sentences/CPU-s`,
      value: Math.round(sentences / cpu),
      unit: 'sent/s',
      detail: `${detail}; user+system CPU time, far less affected than wall clock on a shared machine`,
    },
    {
      name: `text (${label}): sentences/s wall`,
      value: Math.round(sentences / seconds),
      unit: 'sent/s',
      detail: 'wall clock',
    },
    { name: `text (${label}): throughput`, value: mb / seconds, unit: 'MB/s', detail: 'wall clock' },
    {
      name: `text (${label}): peak RSS`,
      value: Math.round(peak / 1024 / 1024),
      unit: 'MB',
      detail: 'process.memoryUsage.rss(), sampled every 16 articles',
    },
    {
      name: `text (${label}): splitter+wink alone`,
      value: Math.round(floorSentences / floorCpu),
      unit: 'sent/s',
      detail: 'per CPU-second; the floor the stage cannot beat',
    },
  ];
}

/**
 * The first `count` fresh-name articles after only the model load: what a short run (one feed, one
 * CLI call) sees before the JIT has settled, reported beside the steady figures.
 */
function cold(bases: Base[], count: number): BenchResult {
  const ctx = { log: getLogger() };
  const first = corpus(bases, 30_000_000, 1, withFreshNames).articles;
  textStage.run(first[0], ctx);
  const articles: Article[] = [];
  for (let k = 0; k < count; k++) articles.push(...corpus(bases, 31_000_000 + k, 1, withFreshNames).articles);
  let sentences = 0;
  const c0 = process.cpuUsage();
  for (const a of articles) sentences += textStage.run(a, ctx).sentences.length;
  return {
    name: 'text (fresh names): cold start',
    value: Math.round(sentences / cpuSecondsSince(c0)),
    unit: 'sent/s',
    detail: `per CPU-second over the first ${count} articles after the model load (${sentences} sentences), JIT not settled`,
  };
}

/** Runs the text-stage benchmark once on both corpora and returns their figures. */
export async function bench(): Promise<BenchResult[]> {
  const bases = loadBases();
  const coldRow = cold(bases, 400);
  const demo = corpus(bases, 0, TARGET_BYTES, vary);
  // Warm-up on other variants, long enough for the JIT to settle, so that the order of the two
  // corpora does not matter.
  const demoWarm = corpus(bases, 100_000, 1_500_000, vary).articles;
  const demoRows = measure('demo varied', demo.articles, demo.bytes, demoWarm, demo.articles);
  // Fresh names: the warm-up, the timed run and the floor each use their own variants.
  const fresh = corpus(bases, 0, TARGET_BYTES, withFreshNames);
  const warm = corpus(bases, 10_000_000, 500_000, withFreshNames).articles;
  const floor = corpus(bases, 20_000_000, TARGET_BYTES, withFreshNames).articles;
  return [...demoRows, ...measure('fresh names', fresh.articles, fresh.bytes, warm, floor), coldRow];
}
