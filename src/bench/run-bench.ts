/**
 * `npm run bench`: runs every stage benchmark that exists and prints one table, plus a JSON copy
 * in `bench-out/results.json`. Benchmarks are measurements, never part of `npm test`.
 *
 * `npm run bench -- text coding` runs only the named ones. Each benchmark runs in a process of
 * its own, so that none measures in the heap, caches and engine code that another left behind, and
 * each peak-memory figure is its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-result.js';

const ALL = ['news', 'text', 'actors', 'coding', 'ingest', 'incidents', 'store', 'api', 'scale'];
/** Set in a child process: the one benchmark it runs. */
const CHILD_ENV = 'LAPWING_BENCH_CHILD';
/** Set in a child process: the file it writes its figures to (its output stays live). */
const OUT_ENV = 'LAPWING_BENCH_OUT';

const child = process.env[CHILD_ENV];
if (child) {
  const file = new URL(`./${child}-bench.js`, import.meta.url);
  const mod = (await import(file.href)) as { bench: () => Promise<BenchResult[]> };
  const rows = await mod.bench();
  writeFileSync(process.env[OUT_ENV] as string, JSON.stringify(rows));
  process.exit(0);
}

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
  const out = join(tmpdir(), `lapwing-bench-${process.pid}-${name}.json`);
  rmSync(out, { force: true });
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD_ENV]: name, [OUT_ENV]: out },
    stdio: 'inherit',
  });
  if (run.status !== 0 || !existsSync(out)) {
    console.log(`- ${name}: failed (exit ${run.status ?? run.signal})`);
    continue;
  }
  const rows = JSON.parse(readFileSync(out, 'utf8')) as BenchResult[];
  rmSync(out, { force: true });
  for (const r of rows) results.push({ ...r, bench: name });
  console.log(`- ${name}: ${rows.length} figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
