/**
 * Coding benchmark: the whole path from text to coded events (`processArticle`: language analysis,
 * actor resolution, event coding) on one thread, over the demo articles varied so that caches stay
 * cold-ish: every copy gets people with new names and shifted numbers, the way a stream of
 * different news would. Reports sentences/s by CPU time (the figure to trust on a shared machine)
 * and by wall clock, MB/s, the share of CPU time of each stage, the coding stage alone on
 * pre-analysed articles, and peak resident memory. One-time loads (the wink model, the knowledge
 * base, the place indexes, the patterns) happen in a warm-up on other variants and are not timed.
 */
import { existsSync } from 'node:fs';
import { actorStage } from '../actors/resolve-stage.js';
import { codingStage } from '../coding/code-stage.js';
import { getLogger } from '../core/logger.js';
import type { AnalyzedArticle, Article } from '../core/records.js';
import { processArticle } from '../pipeline/pipeline.js';
import { textStage } from '../text/analyze-stage.js';
import { type BenchResult, cpuSecondsSince } from './bench-result.js';
import { type Base, benchArticle, GIVEN_NAMES, inventedSurname, loadDemoBases } from './demo-bases.js';

const ARTICLES = Number(process.env.LAPWING_CODING_BENCH_ARTICLES ?? 1500);
/**
 * Articles run before timing, on variants the timed runs never see. V8 keeps optimising (and
 * re-optimising) the coder's large functions for the first several hundred articles, on background
 * threads whose CPU time `process.cpuUsage` counts; a long-running ingest pays that once.
 */
const WARMUP = Number(process.env.LAPWING_CODING_BENCH_WARMUP ?? 1200);
/**
 * Timed rounds, each over its own articles: the figure is their median, so that a neighbour's
 * burst on a shared machine moves one round, not the result; the spread is reported beside it.
 */
const ROUNDS = Number(process.env.LAPWING_CODING_BENCH_ROUNDS ?? 3);

/** Used only when the demo corpus is missing. */
const FALLBACK = [
  'Germany condemned Russia on Monday. The French government imposed sanctions against the government of Peru after weeks of talks. ' +
    'Kenyan police said Somali militants attacked a border post, killing three soldiers. “We will not accept this,” Brazilian President ' +
    'Luiz Inacio Lula da Silva told Chinese officials in a statement. Japan will send humanitarian aid to Ukraine, officials said.',
  'Israeli troops did not attack the Syrian army, according to local reports. The United Nations called on opposition leaders to ' +
    'release the detained journalists. Defense Minister Ana Ruiz refused to meet Hungary in Geneva. More than 80 people have died since late July.',
];

/** The benchmark's seed texts. */
export function loadBases(): Base[] {
  return loadDemoBases(FALLBACK, '2025-06-01');
}

/**
 * The k-th variant of a text: every third pair of capitalised words (mostly people's names)
 * becomes a name never seen before, and small numbers shift, so resolver and tokenizer caches
 * see new words as a real stream would.
 */
function vary(text: string, k: number): string {
  let pair = 0;
  return text
    .replace(/\b(\d{1,2})\b(?! \d{4})/g, (m) => String((Number(m) + k) % 97 || 1))
    .replace(/\b([A-Z][a-z]{3,}) ([A-Z][a-z]{3,})\b/g, (m) =>
      pair++ % 3 === 0
        ? `${GIVEN_NAMES[(k + pair) % GIVEN_NAMES.length]} ${inventedSurname(k * 31 + pair)}`
        : m,
    );
}

/** Articles `from` .. `from + count - 1` of the varied benchmark stream (exported for profiling). */
export function corpus(bases: Base[], from: number, count: number): Article[] {
  const out: Article[] = [];
  for (let k = from; k < from + count; k++) {
    const b = bases[k % bases.length];
    out.push(benchArticle(`coding-bench-${k}`, vary(b.text, k), b.published));
  }
  return out;
}

/** Runs the coding benchmark. */
export async function bench(): Promise<BenchResult[]> {
  const ctx = { log: getLogger('error') };
  const bases = loadBases();
  // warm-up on variants that the timed run does not repeat: loads the model, knowledge base,
  // place indexes and patterns, which a long-running process pays once
  for (const a of corpus(bases, 1_000_000, WARMUP)) processArticle(a, ctx);
  const rounds: { sentences: number; events: number; mb: number; cpu: number; wall: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const articles = corpus(bases, r * ARTICLES, ARTICLES);
    const mb = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1e6;
    let sentences = 0;
    let events = 0;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const a of articles) {
      const x = processArticle(a, ctx);
      sentences += x.sentences.length;
      events += x.events.length;
    }
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    rounds.push({ sentences, events, mb, cpu: cpuSecondsSince(c0), wall });
  }
  rounds.sort((a, b) => a.sentences / a.cpu - b.sentences / b.cpu);
  const rates = rounds.map((x) => x.sentences / x.cpu);
  const { sentences, events, mb, cpu, wall } = rounds[Math.floor(rounds.length / 2)];

  // the same path stage by stage on fresh variants, for each stage's share of CPU time
  const split = corpus(bases, 2_000_000, ARTICLES);
  let tText = 0;
  let tActors = 0;
  let tCoding = 0;
  const analysed: AnalyzedArticle[] = [];
  for (const a of split) {
    let c = process.cpuUsage();
    const x = textStage.run(a, ctx);
    tText += cpuSecondsSince(c);
    c = process.cpuUsage();
    const y = actorStage.run(x, ctx);
    tActors += cpuSecondsSince(c);
    c = process.cpuUsage();
    codingStage.run(y, ctx);
    tCoding += cpuSecondsSince(c);
    analysed.push(y);
  }
  const splitSentences = analysed.reduce((s, a) => s + a.sentences.length, 0);
  // coding stage alone, second pass over the same analysed articles (resolver cache warm)
  const c1 = process.cpuUsage();
  for (const a of analysed) codingStage.run(a, ctx);
  const codeCpu = cpuSecondsSince(c1);

  const peakMb = process.resourceUsage().maxRSS / 1024;
  const source = existsSync('demo') ? 'demo/ varied' : 'fallback sentences';
  const spread =
    rates.length > 1
      ? `; median of ${rates.length} rounds, ${Math.round(rates[0])}–${Math.round(rates[rates.length - 1])}`
      : '';
  const detail = `${ARTICLES} articles, ${sentences} sentences, ${mb.toFixed(2)} MB, ${events} events, ${source} (new names, shifted numbers), 1 thread, after ${WARMUP} warm-up articles${spread}`;
  const share = (t: number) => `${Math.round(splitSentences / t)} sent/CPU-s`;
  return [
    {
      name: 'coding: text to events, sentences/CPU-s',
      value: Math.round(sentences / cpu),
      unit: 'sent/s',
      detail,
    },
    {
      name: 'coding: text to events, sentences/s wall',
      value: Math.round(sentences / wall),
      unit: 'sent/s',
      detail: 'wall clock; unreliable on a shared machine',
    },
    { name: 'coding: text to events, MB/CPU-s', value: mb / cpu, unit: 'MB/s', detail },
    { name: 'coding: text to events, MB/s wall', value: mb / wall, unit: 'MB/s', detail: 'wall clock' },
    {
      name: 'coding: CPU share text/actors/coding',
      value: Math.round((100 * tText) / (tText + tActors + tCoding)),
      unit: '% text',
      detail: `text ${share(tText)}, actors ${share(tActors)}, coding ${share(tCoding)}; fresh variants`,
    },
    {
      name: 'coding: coding stage alone, sentences/CPU-s',
      value: Math.round(splitSentences / codeCpu),
      unit: 'sent/s',
      detail: 'pre-analysed articles, second pass (resolver cache warm)',
    },
    { name: 'coding: peak memory', value: Math.round(peakMb), unit: 'MB', detail: 'max RSS of the process' },
  ];
}
