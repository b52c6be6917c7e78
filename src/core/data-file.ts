import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { z } from 'zod';

/** Root of the repository's `data/` folder, valid from both `src/` and `dist/`. */
export const DATA_ROOT = fileURLToPath(new URL('../../data/', import.meta.url));

/**
 * Where `npm run build:data` keeps a JSON copy of each YAML data file (never committed): reading
 * YAML costs a few hundred milliseconds in a fresh process, JSON a few.
 */
const YAML_COPIES = fileURLToPath(new URL('../../generated/data/', import.meta.url));

/** A versioned domain data file and the zod schema it must satisfy. */
export interface DataFileSpec<T = unknown> {
  /** Path relative to `data/`. */
  path: string;
  schema: z.ZodType<T>;
}

/** A YAML data file's content: from its JSON copy when that is at least as new as the file. */
function readYaml(path: string): unknown {
  const copy = `${YAML_COPIES}${path}.json`;
  try {
    if (statSync(copy).mtimeMs >= statSync(DATA_ROOT + path).mtimeMs)
      return JSON.parse(readFileSync(copy, 'utf8'));
  } catch {
    // no copy yet: read the YAML
  }
  return YAML.parse(readFileSync(DATA_ROOT + path, 'utf8'));
}

/** Writes the JSON copy of a YAML data file (build time; see {@link YAML_COPIES}). */
export function copyYamlDataFile(path: string): void {
  if (!path.endsWith('.yaml') && !path.endsWith('.yml')) return;
  const copy = `${YAML_COPIES}${path}.json`;
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, JSON.stringify(YAML.parse(readFileSync(DATA_ROOT + path, 'utf8'))));
}

/** Reads and validates a JSON or YAML data file; throws with every zod issue if it does not fit. */
export function loadDataFile<T>(spec: DataFileSpec<T>): T {
  const parsed: unknown = spec.path.endsWith('.json')
    ? JSON.parse(readFileSync(DATA_ROOT + spec.path, 'utf8'))
    : readYaml(spec.path);
  const r = spec.schema.safeParse(parsed);
  if (!r.success) {
    const lines = r.error.issues
      .slice(0, 20)
      .map((i) => `  data/${spec.path} at ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid data file data/${spec.path}:\n${lines.join('\n')}`);
  }
  return r.data;
}
