/**
 * Ingest benchmark: reader throughput (text files, HTML pages, JSONL records) and the whole path
 * from files to a SQLite store (read, code, save, rebuild incidents). Synthetic articles are
 * built from a few sentence shapes with varying names and numbers, so every article is distinct.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { readInputs } from '../ingest/read-inputs.js';
import { runIngest } from '../pipeline/ingest-run.js';
import { openStore } from '../store/open-store.js';
import type { BenchResult } from './bench-result.js';

const ACTORS = [
  'The navy',
  'Officials in Bogota',
  'The foreign ministry',
  'Protesters',
  'The defense secretary',
  'Lawmakers',
];
const VERBS = ['condemned', 'welcomed', 'criticized', 'praised', 'questioned', 'rejected'];
const THINGS = ['the strike', 'the sanctions', 'the agreement', 'the visit', 'the talks', 'the decision'];
const PLACES = ['the Caribbean', 'Caracas', 'the eastern Pacific', 'Washington', 'Bogota', 'Port of Spain'];

function article(i: number, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const s: string[] = [];
    for (let k = 0; k < 4; k++) {
      const n = i * 31 + p * 7 + k;
      s.push(
        `${ACTORS[n % 6]} ${VERBS[(n >> 1) % 6]} ${THINGS[(n >> 2) % 6]} in ${PLACES[(n >> 3) % 6]} on day ${(n % 28) + 1}, saying ${(n * 13) % 97} people were affected.`,
      );
    }
    out.push(s.join(' '));
  }
  return out.join('\n\n');
}

async function readerRate(name: string, inputs: string[], bytes: number): Promise<BenchResult[]> {
  const t0 = performance.now();
  let n = 0;
  for await (const item of readInputs(inputs)) if ('article' in item) n++;
  const s = (performance.now() - t0) / 1000;
  return [
    { name: `ingest read ${name}: articles/s`, value: n / s, unit: 'articles/s', detail: `${n} articles` },
    {
      name: `ingest read ${name}: MB/s`,
      value: bytes / 1024 / 1024 / s,
      unit: 'MB/s',
      detail: `${(bytes / 1024 / 1024).toFixed(1)} MB`,
    },
  ];
}

/** Runs the benchmark; about 20 s on one loaded core. */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lapwing-ingest-bench-'));
  const results: BenchResult[] = [];
  try {
    const textDir = join(dir, 'text');
    const htmlDir = join(dir, 'html');
    mkdirSync(textDir);
    mkdirSync(htmlDir);
    let textBytes = 0;
    let htmlBytes = 0;
    for (let i = 0; i < 400; i++) {
      const body = `---\ntitle: Article ${i}\ndate: 2025-10-${String((i % 28) + 1).padStart(2, '0')}\n---\n${article(i, 6)}`;
      writeFileSync(join(textDir, `a${i}.txt`), body);
      textBytes += Buffer.byteLength(body);
      const paras = article(i + 10_000, 6)
        .split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join('');
      const html = `<!doctype html><html><head><title>Article ${i}</title><meta property="article:published_time" content="2025-10-01T00:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>Article ${i}</h1>${paras}</article><footer>Sample</footer></body></html>`;
      writeFileSync(join(htmlDir, `a${i}.html`), html);
      htmlBytes += Buffer.byteLength(html);
    }
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++)
      lines.push(JSON.stringify({ id: i, text: article(i + 20_000, 4), date: '2025-11-01' }));
    const jsonl = join(dir, 'recs.jsonl');
    writeFileSync(jsonl, lines.join('\n'));
    const jsonlBytes = Buffer.byteLength(lines.join('\n'));

    results.push(...(await readerRate('text', [textDir], textBytes)));
    results.push(...(await readerRate('html', [htmlDir], htmlBytes)));
    results.push(...(await readerRate('jsonl', [jsonl], jsonlBytes)));

    const store = await openStore(join(dir, 'bench.sqlite'));
    try {
      let peak = process.memoryUsage().rss;
      const t0 = performance.now();
      const r = await runIngest({
        store,
        inputs: [textDir],
        ctx: { log: pino({ level: 'silent' }) },
        onProgress: () => {
          peak = Math.max(peak, process.memoryUsage().rss);
        },
      });
      const s = (performance.now() - t0) / 1000;
      results.push({
        name: 'ingest end-to-end (read, code, store, incidents): articles/s',
        value: r.stored / s,
        unit: 'articles/s',
        detail: `${r.stored} articles, ${r.events} events, SQLite`,
      });
      results.push({ name: 'ingest end-to-end: MB/s', value: textBytes / 1024 / 1024 / s, unit: 'MB/s' });
      results.push({ name: 'ingest end-to-end: peak RSS', value: peak / 1024 / 1024, unit: 'MB' });
      const t1 = performance.now();
      const again = await runIngest({ store, inputs: [textDir] });
      results.push({
        name: 'ingest re-run (all duplicates): articles/s',
        value: again.duplicate / ((performance.now() - t1) / 1000),
        unit: 'articles/s',
      });
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
