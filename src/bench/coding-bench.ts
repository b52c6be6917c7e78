/**
 * Coding benchmark: the whole path from text to coded events (`processArticle`: language analysis,
 * actor resolution, event coding) over a generated corpus of news-like sentences, plus the coding
 * stage alone on pre-analysed articles. Reports sentences/s, MB/s and peak memory on one core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import { actorStage } from '../actors/resolve-stage.js';
import { codingStage } from '../coding/code-stage.js';
import { articleId } from '../core/ids.js';
import { getLogger } from '../core/logger.js';
import type { AnalyzedArticle, Article } from '../core/records.js';
import { processArticle } from '../pipeline/pipeline.js';
import { textStage } from '../text/analyze-stage.js';
import type { BenchResult } from './bench-result.js';

const ACTORS = [
  'Germany',
  'The French government',
  'Kenyan police',
  'Brazilian President Luiz Inacio Lula da Silva',
  'Rebels in Mali',
  'The United Nations',
  'Israeli troops',
  'Protesters in Lima',
  'Japan',
  'The Turkish foreign ministry',
];
const TARGETS = [
  'Russia',
  'the government of Peru',
  'Somali militants',
  'Chinese officials',
  'opposition leaders',
  'Ukraine',
  'the Syrian army',
  'Hungary',
];
const FRAMES = [
  (a: string, t: string) => `${a} condemned ${t} on Monday.`,
  (a: string, t: string) => `${a} imposed sanctions against ${t} after weeks of talks.`,
  (a: string, t: string) => `${a} said ${t} attacked a border post, killing three soldiers.`,
  (a: string, t: string) => `${a} will send humanitarian aid to ${t}, officials said.`,
  (a: string, t: string) => `${a} refused to meet ${t} in Geneva.`,
  (a: string, t: string) => `${a} called on ${t} to release the detained journalists.`,
  (a: string, t: string) => `${a} did not attack ${t}, according to local reports.`,
  (a: string, t: string) => `“We will not accept this,” ${a} told ${t} in a statement.`,
  (a: string, t: string) =>
    `The weather in the capital stayed mild as ${a} and ${t} prepared for the holidays.`,
  (a: string, t: string) => `${a} has been contemplating air strikes on positions held by ${t}.`,
];

function generatedCorpus(articles: number, sentencesPer: number): Article[] {
  const out: Article[] = [];
  let k = 0;
  for (let i = 0; i < articles; i++) {
    const parts: string[] = [];
    for (let j = 0; j < sentencesPer; j++, k++) {
      parts.push(
        FRAMES[k % FRAMES.length](ACTORS[(k * 7) % ACTORS.length], TARGETS[(k * 3) % TARGETS.length]),
      );
    }
    const text = parts.join(' ');
    out.push({
      id: articleId(`${text}#${i}`),
      text,
      title: null,
      outlet: null,
      published: '2025-06-01',
      url: null,
      language: 'eng',
      origin: 'bench',
      format: 'text',
    });
  }
  return out;
}

function demoCorpus(): Article[] {
  const dir = fileURLToPath(new URL('../../demo/', import.meta.url));
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const text = readFileSync(dir + f, 'utf8');
        return {
          id: articleId(text),
          text,
          title: null,
          outlet: null,
          published: '2025-06-01',
          url: null,
          language: 'eng',
          origin: f,
          format: 'text',
        } as Article;
      });
  } catch {
    return [];
  }
}

/** Runs the coding benchmark. */
export async function bench(): Promise<BenchResult[]> {
  const ctx = { log: getLogger('error') };
  const demo = demoCorpus();
  const corpus =
    demo.length >= 5
      ? Array.from({ length: Math.ceil(400 / demo.length) }, () => demo).flat()
      : generatedCorpus(400, 20);
  const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  // warm-up: loads the model, the knowledge base and the patterns
  for (const a of corpus.slice(0, 5)) processArticle(a, ctx);
  let sentences = 0;
  let events = 0;
  const t0 = process.hrtime.bigint();
  for (const a of corpus) {
    const r = processArticle(a, ctx);
    sentences += r.sentences.length;
    events += r.events.length;
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  // coding stage alone, on articles already analysed
  const analysed: AnalyzedArticle[] = corpus.map((a) => actorStage.run(textStage.run(a, ctx), ctx));
  const t1 = process.hrtime.bigint();
  for (const a of analysed) codingStage.run(a, ctx);
  const codeSecs = Number(process.hrtime.bigint() - t1) / 1e9;
  const peakMb = resourceUsage().maxRSS / 1024;
  const detail = `${corpus.length} articles, ${sentences} sentences, ${(bytes / 1e6).toFixed(2)} MB, ${events} events, ${demo.length >= 5 ? 'demo/' : 'generated'} corpus, 1 thread`;
  return [
    {
      name: 'coding: text to events, sentences/s',
      value: Math.round(sentences / secs),
      unit: 'sent/s',
      detail,
    },
    { name: 'coding: text to events, MB/s', value: bytes / 1e6 / secs, unit: 'MB/s', detail },
    {
      name: 'coding: coding stage alone, sentences/s',
      value: Math.round(sentences / codeSecs),
      unit: 'sent/s',
      detail: 'pre-analysed articles',
    },
    { name: 'coding: peak memory', value: Math.round(peakMb), unit: 'MB', detail: 'max RSS of the process' },
  ];
}
