/**
 * Whole-path benchmark on real text (the headline speed figure): text to coded events on one
 * thread, over real news sentences (Multi-CoPED, from ../shared/gold) and real weblog text (the
 * UD English Web Treebank's weblog documents, from ../shared/ud), which are longer and less regular
 * than our demo articles. The engine warms up on the treebank's other genres (email, reviews,
 * answers, newsgroups), which the timed rounds never see; each timed round reads text seen for
 * the first time. Reads ../shared (or LAPWING_SHARED): a benchmark is a measurement, and the product
 * never needs these files. Without them it reports nothing and says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLogger } from '../core/logger.js';
import type { Article } from '../core/records.js';
import { processArticle } from '../pipeline/pipeline.js';
import { type BenchResult, cpuSecondsSince } from './bench-result.js';
import { benchArticle } from './demo-bases.js';

const SHARED = process.env.LAPWING_SHARED ?? join(process.cwd(), '..', 'shared');
/** Sentences per benchmark article: about a short news report. */
const PER_ARTICLE = 12;
const ROUNDS = 3;
const WARMUP_SENTENCES = Number(process.env.LAPWING_NEWS_BENCH_WARMUP ?? 6000);

/** `# text` lines of a CoNLL-U file, grouped by document, for documents whose id passes `keep`. */
function treebankDocs(path: string, keep: (docId: string) => boolean): string[][] {
  if (!existsSync(path)) return [];
  const docs: string[][] = [];
  let current: string[] | null = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      const id = line.slice(line.indexOf('=') + 1).trim();
      current = keep(id) ? [] : null;
      if (current) docs.push(current);
    } else if (current && line.startsWith('# text =')) current.push(line.slice(8).trim());
  }
  return docs;
}

/** Multi-CoPED's sentences in file order. */
function newsSentences(): string[] {
  const path = join(SHARED, 'gold', 'multicoped.dev.jsonl');
  if (!existsSync(path)) return [];
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text === 'string') out.push(text);
  }
  return out;
}

/** Sentences dealt into articles of `PER_ARTICLE`, one paragraph each (as a feed item would be). */
function articlesOf(sentences: readonly string[], prefix: string): Article[] {
  const out: Article[] = [];
  for (let i = 0; i < sentences.length; i += PER_ARTICLE) {
    const text = sentences.slice(i, i + PER_ARTICLE).join('\n\n');
    out.push(benchArticle(`${prefix}-${i / PER_ARTICLE}`, text, '2016-06-01'));
  }
  return out;
}

function ud(split: string): string {
  return join(SHARED, 'ud', `en_ewt-ud-${split}.conllu`);
}

/** Runs the real-text benchmark. */
export async function bench(): Promise<BenchResult[]> {
  const ctx = { log: getLogger('error') };
  const weblog = ['train', 'dev', 'test'].flatMap((s) =>
    treebankDocs(ud(s), (id) => id.startsWith('weblog')),
  );
  const news = newsSentences();
  if (!news.length || !weblog.length) {
    return [{ name: 'news: skipped', value: 0, unit: '-', detail: `no ../shared corpus at ${SHARED}` }];
  }
  const warm = treebankDocs(ud('train'), (id) => !id.startsWith('weblog'))
    .flat()
    .slice(0, WARMUP_SENTENCES);
  for (const a of articlesOf(warm, 'warm')) processArticle(a, ctx);

  // Each round: a third of the news sentences and a third of the weblog documents, never seen before.
  const rounds: { sentences: number; events: number; mb: number; cpu: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const part = <T>(xs: readonly T[]) =>
      xs.slice(Math.floor((r * xs.length) / ROUNDS), Math.floor(((r + 1) * xs.length) / ROUNDS));
    const articles = [
      ...articlesOf(part(news), `news-${r}`),
      ...part(weblog).flatMap((d, i) => articlesOf(d, `web-${r}-${i}`)),
    ];
    const mb = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1e6;
    let sentences = 0;
    let events = 0;
    const c0 = process.cpuUsage();
    for (const a of articles) {
      const x = processArticle(a, ctx);
      sentences += x.sentences.length;
      events += x.events.length;
    }
    rounds.push({ sentences, events, mb, cpu: cpuSecondsSince(c0) });
  }
  const rates = rounds.map((x) => x.sentences / x.cpu).sort((a, b) => a - b);
  const total = rounds.reduce(
    (s, x) => ({ sentences: s.sentences + x.sentences, events: s.events + x.events, mb: s.mb + x.mb }),
    { sentences: 0, events: 0, mb: 0 },
  );
  const detail = `${total.sentences} sentences (${news.length} Multi-CoPED news sentences, ${weblog.length} EWT weblog documents), ${total.mb.toFixed(2)} MB, ${total.events} events, 1 thread, after ${warm.length} warm-up sentences of other genres; median of ${ROUNDS} rounds on unseen text, ${Math.round(rates[0])}–${Math.round(rates[rates.length - 1])}`;
  return [
    {
      name: 'news: text to events, sentences/CPU-s',
      value: Math.round(rates[Math.floor(rates.length / 2)]),
      unit: 'sent/s',
      detail,
    },
    {
      name: 'news: peak memory',
      value: Math.round(process.resourceUsage().maxRSS / 1024),
      unit: 'MB',
      detail: 'max RSS of the process',
    },
  ];
}
