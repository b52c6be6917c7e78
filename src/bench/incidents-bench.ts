/**
 * Incident benchmark: codes the demo corpus, builds the ledger, and reports how fast clustering
 * runs (on the demo events and on a corpus of them repeated over later months) and, when the
 * facts file of the 2025 strikes is at hand (`../shared/facts/strikes-2025.csv`, never needed
 * by the product), how many strikes became exactly one incident with the right date and toll.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Article, CodedEvent, Incident } from '../core/records.js';
import { buildIncidents } from '../incidents/build-incidents.js';
import { addDays } from '../incidents/event-date.js';
import { readInputs } from '../ingest/read-inputs.js';
import { processArticle } from '../pipeline/pipeline.js';
import type { BenchResult } from './bench-result.js';

const FACTS = '../shared/facts/strikes-2025.csv';

/** One strike of the facts file: its date and death toll. */
interface Strike {
  date: string;
  killed: number;
}

function readStrikes(path: string): Strike[] {
  const [, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  return rows.map((r) => {
    // Quoted fields may hold commas ("SOUTHCOM (X), ordered by ...").
    const cols = [...r.matchAll(/"([^"]*)"|([^,]*)/g)]
      .filter((m) => m.index === 0 || r[m.index - 1] === ',')
      .map((m) => m[1] ?? m[2]);
    return { date: cols[0], killed: Number(cols[5]) };
  });
}

/**
 * Scores a ledger against known strikes: `exact` strikes have an incident dated to that day with
 * the right toll, `split` ones have more than one incident on the day, `extra` counts day-dated
 * incidents on no strike day and `vague` the incidents known only to a month or a range.
 */
export function scoreLedger(incidents: Incident[], strikes: Strike[]) {
  let dated = 0;
  let exact = 0;
  let split = 0;
  const used = new Set<string>();
  for (const s of strikes) {
    const onDay = incidents.filter((i) => i.date.granularity === 'day' && i.date.from === s.date);
    if (onDay.length) dated++;
    if (onDay.length > 1) split++;
    const hit = onDay.find((i) => i.casualties.killed?.best === s.killed);
    if (hit) {
      exact++;
      used.add(hit.id);
    }
    for (const i of onDay) used.add(i.id);
  }
  const vague = incidents.filter((i) => i.date.granularity !== 'day').length;
  return {
    dated,
    exact,
    split,
    vague,
    extra: incidents.filter((i) => !used.has(i.id) && i.date.granularity === 'day').length,
  };
}

async function codeDemo(): Promise<{ events: CodedEvent[]; articles: Map<string, Article> }> {
  const events: CodedEvent[] = [];
  const articles = new Map<string, Article>();
  for await (const item of readInputs(['demo'])) {
    if (!('article' in item)) continue;
    articles.set(item.article.id, item.article);
    events.push(...processArticle(item.article).events);
  }
  return { events, articles };
}

/** The demo events repeated `copies` times, each copy moved 60 days later and given new ids. */
function repeated(events: CodedEvent[], articles: Map<string, Article>, copies: number) {
  const outEvents: CodedEvent[] = [];
  const outArticles = new Map<string, Article>();
  const shift = (d: string | null | undefined, k: number) => (d ? addDays(d.slice(0, 10), 60 * k) : null);
  for (let k = 0; k < copies; k++) {
    for (const a of articles.values())
      outArticles.set(`${a.id}-${k}`, { ...a, id: `${a.id}-${k}`, published: shift(a.published, k) });
    for (const e of events)
      outEvents.push({
        ...e,
        id: `${e.id}-${k}`,
        articleId: `${e.articleId}-${k}`,
        date: e.date ? { ...e.date, from: shift(e.date.from, k)!, to: shift(e.date.to, k)! } : null,
      });
  }
  return { events: outEvents, articles: outArticles };
}

export async function bench(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const { events, articles } = await codeDemo();
  let t = performance.now();
  const { incidents, campaigns } = buildIncidents(events, articles);
  const ms = performance.now() - t;
  out.push({
    name: 'incidents: demo ledger',
    value: incidents.length,
    unit: 'incidents',
    detail: `${events.length} events, ${articles.size} articles, ${ms.toFixed(0)} ms`,
  });
  if (campaigns[0]) {
    const stated = campaigns[0].statedTotals.filter((s) => s.verdict);
    const n = (v: string) => stated.filter((s) => s.verdict === v).length;
    const k = campaigns[0].killed;
    out.push({
      name: 'incidents: stated totals consistent with the ledger',
      value: n('matches') + n('within-range'),
      unit: 'totals',
      detail: `of ${stated.length} (${n('matches')} match, ${n('within-range')} in range); campaign ${k ? `${k.low}-${k.high}, best ${k.best}` : campaigns[0].killedSum}`,
    });
  }
  if (existsSync(FACTS)) {
    const strikes = readStrikes(FACTS);
    const s = scoreLedger(incidents, strikes);
    out.push({
      name: 'incidents: strikes with right date and toll',
      value: s.exact,
      unit: 'strikes',
      detail: `of ${strikes.length}`,
    });
    out.push({
      name: 'incidents: strikes split in several incidents',
      value: s.split,
      unit: 'strikes',
      detail: `of ${strikes.length}`,
    });
    out.push({
      name: 'incidents: day-dated incidents on no strike day',
      value: s.extra,
      unit: 'incidents',
      detail: `of ${incidents.length}`,
    });
    out.push({
      name: 'incidents: incidents not dated to a day',
      value: s.vague,
      unit: 'incidents',
      detail: `of ${incidents.length}`,
    });
  }
  const big = repeated(events, articles, 40);
  t = performance.now();
  const built = buildIncidents(big.events, big.articles);
  const secs = (performance.now() - t) / 1000;
  out.push({
    name: 'incidents: clustering speed',
    value: Math.round(big.events.length / secs),
    unit: 'events/s',
    detail: `${big.events.length} events into ${built.incidents.length} incidents in ${secs.toFixed(2)} s`,
  });
  return out;
}
