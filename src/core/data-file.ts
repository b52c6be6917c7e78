import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { z } from 'zod';

/** Root of the repository's `data/` folder, valid from both `src/` and `dist/`. */
export const DATA_ROOT = fileURLToPath(new URL('../../data/', import.meta.url));

/** A versioned domain data file and the zod schema it must satisfy. */
export interface DataFileSpec<T = unknown> {
  /** Path relative to `data/`. */
  path: string;
  schema: z.ZodType<T>;
}

/** Reads and validates a JSON or YAML data file; throws with every zod issue if it does not fit. */
export function loadDataFile<T>(spec: DataFileSpec<T>): T {
  const full = DATA_ROOT + spec.path;
  const raw = readFileSync(full, 'utf8');
  const parsed: unknown = spec.path.endsWith('.json') ? JSON.parse(raw) : YAML.parse(raw);
  const r = spec.schema.safeParse(parsed);
  if (!r.success) {
    const lines = r.error.issues
      .slice(0, 20)
      .map((i) => `  data/${spec.path} at ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid data file data/${spec.path}:\n${lines.join('\n')}`);
  }
  return r.data;
}
