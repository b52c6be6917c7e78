import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { DATA_ROOT } from '../core/data-file.js';
import { isoDate, ruleId } from './entity-schema.js';

/**
 * The knowledge base built from open sources by `npm run build:kb`: gzipped JSON whose bulk is two
 * strings, not nested arrays, so that loading it is one gunzip and one string parse, and no object
 * is made for an entity until a text names it (see `built-index.ts`):
 *
 * - `entities`: one line per entity, `id TAB p|o TAB names TAB short forms TAB roles`, names and
 *   short forms joined by `|`, roles by `;`, each role `code,from,to,source index`;
 * - `keys`: the lookup index, one line per phrase key (`phraseKey` of a name or short form), sorted,
 *   `key TAB refs`, each ref `entity line.alias` (the alias counts the names, then the short forms).
 *
 * Validated at build time (`npm run build:data`, `src/kb-build/encode-kb.ts`), which also checks
 * that the index still fits the way `phraseKey` folds names.
 */
export const BUILT_KB_PATH = 'actors/kb-built.json.gz';

const code = z.string().regex(/^(---|[A-Z]{3})([A-Z]{3})*$/, 'expected a CAMEO-style code such as COLGOV');
const optDate = z.union([z.literal(''), isoDate]);
const alias = z
  .string()
  .min(1)
  .regex(/^[^|\t\n;]+$/, 'a name may not hold | ; or line breaks');

/** One role: `[code, from or "", to or "", source index]`. */
const roleTuple = z.tuple([code, optDate, optDate, z.number().int().min(0)]);

/** One entity as the builder makes it: `[id, "p" person | "o" organisation, names, short forms or null, roles]`. */
export const builtEntityTuple = z.tuple([
  ruleId,
  z.enum(['p', 'o']),
  z.array(alias).min(1),
  z.array(alias).nullable(),
  z.array(roleTuple).min(1),
]);
export type BuiltEntityTuple = z.infer<typeof builtEntityTuple>;

export const builtKbFile = z.object({
  version: z.literal(2),
  about: z.string(),
  sources: z
    .array(z.object({ id: z.string(), name: z.string(), licence: z.string(), url: z.string() }))
    .min(1),
  entities: z.string(),
  keys: z.string(),
});

export type BuiltKbFile = z.infer<typeof builtKbFile>;
export type BuiltSource = BuiltKbFile['sources'][number];

/** One entity as a line of the file. */
export function encodeEntity([id, k, names, short, roles]: BuiltEntityTuple): string {
  const r = roles.map(([c, from, to, src]) => `${c},${from},${to},${src}`).join(';');
  return `${id}\t${k}\t${names.join('|')}\t${(short ?? []).join('|')}\t${r}`;
}

/** A line of the file as an entity tuple. */
export function decodeEntity(line: string): BuiltEntityTuple {
  const [id, k, names, short, roles] = line.split('\t');
  return [
    id,
    k as 'p' | 'o',
    names.split('|'),
    short ? short.split('|') : null,
    roles.split(';').map((r) => {
      const [c, from, to, src] = r.split(',');
      return [c, from, to, Number(src)] as [string, string, string, number];
    }),
  ];
}

/** Every entity of a file, decoded (tests, validation and the builder's report). */
export function decodeAll(file: BuiltKbFile): BuiltEntityTuple[] {
  return file.entities ? file.entities.split('\n').map(decodeEntity) : [];
}

/** Reads the gzipped file (without validation); null when it has not been built. */
export function readBuiltKbRaw(): unknown | null {
  const path = DATA_ROOT + BUILT_KB_PATH;
  if (!existsSync(path)) return null;
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
}

let rawCache: BuiltKbFile | null | undefined;

/** The built file read once per process (mention detection and the resolver share it). */
export function readBuiltKbCached(): BuiltKbFile | null {
  if (rawCache === undefined) {
    const raw = readBuiltKbRaw() as BuiltKbFile | null;
    rawCache = raw && raw.version === 2 ? raw : null;
  }
  return rawCache;
}
