/**
 * `npm run bench`: runs every stage benchmark that exists and prints one table, plus a JSON copy
 * in `bench-out/results.json`. Benchmarks are measurements, never part of `npm test`.
 *
 * `npm run bench -- text coding` runs only the named ones.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-result.js';

const ALL = ['text', 'actors', 'coding', 'ingest', 'incidents', 'store', 'api', 'scale'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : ALL;

const results: (BenchResult & { bench: string })[] = [];
for (const name of names) {
  const file = new URL(`./${name}-bench.js`, import.meta.url);
  if (!existsSync(fileURLToPath(file))) {
    console.log(`- ${name}: no benchmark`);
    continue;
  }
  const started = Date.now();
  try {
    const mod = (await import(file.href)) as { bench: () => Promise<BenchResult[]> };
    const rows = await mod.bench();
    for (const r of rows) results.push({ ...r, bench: name });
    console.log(`- ${name}: ${rows.length} figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.log(`- ${name}: failed: ${(e as Error).message}`);
  }
}

console.log('');
const width = Math.max(10, ...results.map((r) => r.name.length));
for (const r of results) {
  const v = Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2);
  console.log(`${r.name.padEnd(width)}  ${v.padStart(12)} ${r.unit.padEnd(10)} ${r.detail ?? ''}`);
}
mkdirSync('bench-out', { recursive: true });
writeFileSync(
  'bench-out/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
);
