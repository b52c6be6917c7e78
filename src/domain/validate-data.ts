/**
 * Build-time check of every versioned domain data file against its zod schema. Each stage that
 * owns data lists its files in its own `data-files.ts`.
 */

import { dataFiles as actorFiles } from '../actors/data-files.js';
import { dataFiles as exportFiles } from '../cli/data-files.js';
import { dataFiles as codingFiles } from '../coding/data-files.js';
import { patternBook } from '../coding/patterns.js';
import { copyYamlDataFile, type DataFileSpec, loadDataFile } from '../core/data-file.js';
import { validateBuiltKb } from '../kb-build/encode-kb.js';
import { positionsSpec } from '../kb-build/positions.js';
import { dataFiles as placeFiles } from '../places/data-files.js';
import { loadShippedModel, manifestSchema } from '../syntax/syntax-model.js';

const all: DataFileSpec[] = [
  ...actorFiles,
  ...codingFiles,
  ...placeFiles,
  ...exportFiles,
  { path: 'models/manifest.json', schema: manifestSchema },
  positionsSpec as DataFileSpec,
];
let failed = 0;
for (const spec of all) {
  try {
    loadDataFile(spec);
    // what run time reads instead of the YAML, written once the file is known to be valid
    copyYamlDataFile(spec.path);
  } catch (e) {
    failed++;
    console.error((e as Error).message);
  }
}
// The model file's checksum against the manifest, its own payload checksum and its sections; the
// built knowledge base against its schema; the patterns together (unique rule ids, known CAMEO
// codes and modes), which no one file's schema can check.
for (const check of [loadShippedModel, validateBuiltKb, patternBook]) {
  try {
    check();
  } catch (e) {
    failed++;
    console.error((e as Error).message);
  }
}
if (failed) {
  console.error(`${failed} of ${all.length} data files are invalid`);
  process.exit(1);
}
console.log(`data: ${all.length + 2} files valid, patterns consistent`);
