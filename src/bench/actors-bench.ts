import { knowledge } from '../actors/knowledge.js';
import { resolveArticleActors } from '../actors/resolve-stage.js';
import { resolveActorList } from '../actors/resolve-text.js';
import type { AnalyzedArticle, Mention, MentionKind } from '../core/records.js';
import { type BenchResult, cpuSecondsSince } from './bench-result.js';

/** Mentions of the kinds a news article holds: titled names, countries, institutions, groups. */
const MENTIONS: [string, MentionKind][] = [
  ['Colombian President Gustavo Petro', 'person'],
  ['President Trump', 'person'],
  ['the U.S.', 'country'],
  ['Bogota', 'city'],
  ['the White House', 'organization'],
  ['Defense Secretary Pete Hegseth', 'person'],
  ['Lawmakers', 'group'],
  ['the Trump administration', 'organization'],
  ['Venezuela', 'country'],
  ['the Colombian Foreign Ministry', 'organization'],
  ['Petro', 'person'],
  ['he', 'pronoun'],
  ['Venezuelan Interior Minister Juan Perez', 'person'],
  ['Hamas fighters', 'group'],
  ['Russian troops', 'group'],
  ['the United Nations', 'organization'],
  ['Ukrainian President Volodymyr Zelensky', 'person'],
  ['civilians', 'group'],
  ['Israeli military', 'organization'],
  ['local officials', 'group'],
];

function article(copies: number): AnalyzedArticle {
  const mentions: Mention[] = [];
  let pos = 0;
  for (let c = 0; c < copies; c++) {
    MENTIONS.forEach(([text, kind], i) => {
      mentions.push({
        id: `m${c}_${i}`,
        start: pos,
        end: pos + text.length,
        sentence: Math.floor(mentions.length / 3),
        text,
        kind,
      });
      pos += text.length + 20;
    });
  }
  return {
    article: {
      id: 'bench',
      text: '',
      title: null,
      outlet: null,
      published: '2025-12-03',
      url: null,
      language: 'eng',
      origin: 'bench',
      format: 'text',
    },
    sentences: [],
    tokens: [],
    mentions,
    quotes: [],
    markers: [],
    quantities: [],
    dates: [],
  };
}

/** Load time of the actor knowledge, and mentions per second through the resolver and the stage. */
export async function bench(): Promise<BenchResult[]> {
  global.gc?.();
  // the built knowledge base's text is an external string: counted in `external`, not the heap
  const heap0 = process.memoryUsage().heapUsed;
  const external0 = process.memoryUsage().external;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const k = knowledge();
  const loadMs = performance.now() - t0;
  const loadCpu = cpuSecondsSince(cpu0);
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const externalMb = (process.memoryUsage().external - external0) / 1e6;
  const rssMb = process.memoryUsage().rss / 1e6;
  // Warm up, then measure resolution without the cache that resolveActorText keeps.
  for (const [t] of MENTIONS) resolveActorList({ text: t, date: '2025-12-03' });
  const rounds = 500;
  let t = performance.now();
  const cpu1 = process.cpuUsage();
  for (let r = 0; r < rounds; r++)
    for (const [text] of MENTIONS) resolveActorList({ text, date: '2025-12-03' });
  const perSec = (rounds * MENTIONS.length) / ((performance.now() - t) / 1000);
  const perCpuSec = (rounds * MENTIONS.length) / cpuSecondsSince(cpu1);
  // The same, once the engine has compiled the resolver (the figure above is mostly its warm-up).
  const warmRounds = 5000;
  const cpu2 = process.cpuUsage();
  for (let r = 0; r < warmRounds; r++)
    for (const [text] of MENTIONS) resolveActorList({ text, date: '2025-12-03' });
  const warmPerCpuSec = (warmRounds * MENTIONS.length) / cpuSecondsSince(cpu2);
  const art = article(10);
  t = performance.now();
  const stageRounds = 50;
  for (let r = 0; r < stageRounds; r++) {
    for (const m of art.mentions) delete m.actor;
    resolveArticleActors(art);
  }
  const stagePerSec = (stageRounds * art.mentions.length) / ((performance.now() - t) / 1000);
  return [
    {
      name: 'actors: knowledge load',
      value: Math.round(loadMs),
      unit: 'ms',
      detail: `countries, sectors, curated and built knowledge base (${k.entities.length + (k.built?.size ?? 0)} entities, ${k.phrases.size} gazetteer phrases, built names read when named); ${loadCpu.toFixed(2)} CPU-s`,
    },
    {
      name: 'actors: knowledge memory',
      value: Math.round(heapMb + externalMb),
      unit: 'MB',
      detail: `${Math.round(heapMb)} MB heap and ${Math.round(externalMb)} MB external strings ${global.gc ? 'after a full GC' : 'without --expose-gc, so garbage included'}; process RSS ${Math.round(rssMb)} MB`,
    },
    {
      name: 'actors: resolve (uncached)',
      value: Math.round(perSec),
      unit: 'mentions/s',
      detail: `${MENTIONS.length} phrases x ${rounds} right after the load; ${Math.round(perCpuSec)} per CPU-second`,
    },
    {
      name: 'actors: resolve (uncached, warm)',
      value: Math.round(warmPerCpuSec),
      unit: 'mentions/CPU-s',
      detail: `the next ${(warmRounds * MENTIONS.length).toLocaleString('en')} resolutions`,
    },
    {
      name: 'actors: stage',
      value: Math.round(stagePerSec),
      unit: 'mentions/s',
      detail: `article of ${art.mentions.length} mentions x ${stageRounds}, repeated texts cached`,
    },
  ];
}
