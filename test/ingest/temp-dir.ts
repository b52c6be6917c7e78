import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestItem, ReadOptions } from '../../src/ingest/ingest-options.js';
import { readInputs } from '../../src/ingest/read-inputs.js';

/** A fresh temporary folder and a function that removes it. */
export function tempDir(prefix = 'lapwing-ingest-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Reads every item of the inputs into an array. */
export async function readAll(inputs: string[], opts: Partial<ReadOptions> = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(inputs, opts)) out.push(item);
  return out;
}

/** The articles among the items. */
export function articlesOf(items: IngestItem[]) {
  return items.flatMap((i) => ('article' in i ? [i.article] : []));
}

/** The problems among the items. */
export function problemsOf(items: IngestItem[]) {
  return items.flatMap((i) => ('problem' in i ? [i.problem] : []));
}
