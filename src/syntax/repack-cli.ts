import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModelFile, sha256, writeModelFile } from './model-file.js';
import { MoveTable } from './move-table.js';
import { PackedWeights } from './packed-weights.js';
import { MODEL_FILE, MODELS_DIR } from './syntax-model.js';
import { inHomeOrder } from './weights.js';

/**
 * `node dist/syntax/repack-cli.js [DIR]`: rewrites a model file with each classifier's keys listed
 * in the order the run-time tables are built fastest (see `weightsToSections`), without
 * retraining: the same weights, meta data and other sections, so the same tags and trees. Updates
 * the manifest's size and sha256. Models trained since this layout are already in that order.
 */
const dir = process.argv[2] ?? MODELS_DIR;
const path = join(dir, MODEL_FILE);
const f = readModelFile(readFileSync(path), path);
const masks: Record<string, number> = {};
const sections: Record<string, Uint8Array | Int16Array | Uint32Array> = {};
for (const prefix of ['tagger', 'moves', 'labels']) {
  const keys = f.section(`${prefix}.keys`, 'u32');
  masks[prefix] =
    prefix === 'moves' ? 2 ** MoveTable.bitsFor(keys.length) - 1 : PackedWeights.capacity(keys.length) - 1;
  const r = inHomeOrder(
    {
      keys,
      counts: f.section(`${prefix}.counts`, 'u8'),
      cls: f.section(`${prefix}.cls`, 'u8'),
      w: f.section(`${prefix}.w`, 'i16'),
    },
    masks[prefix],
  );
  sections[`${prefix}.keys`] = r.keys;
  sections[`${prefix}.counts`] = r.counts;
  sections[`${prefix}.cls`] = r.cls;
  sections[`${prefix}.w`] = r.w;
}
for (const [name, kind] of [
  ['dict.keys', 'u32'],
  ['dict.values', 'u32'],
  ['amb.keys', 'u32'],
  ['amb.values', 'u32'],
] as const) {
  sections[name] = f.section(name, kind);
}
const bytes = writeModelFile(f.meta, sections);
writeFileSync(path, bytes);
const manifestPath = join(dir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.files = [{ name: MODEL_FILE, bytes: bytes.length, sha256: sha256(bytes) }];
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
process.stderr.write(`rewrote ${path} (${bytes.length} bytes) and its manifest entry\n`);
