import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { DATA_ROOT } from '../core/data-file.js';
import { isoDate, ruleId } from './entity-schema.js';

/**
 * The knowledge base built from open sources by `npm run build:kb`: a gzipped text, so that
 * loading it is one gunzip and one Latin-1 decoding, and no object is made for an entity until a
 * text names it (see `built-index.ts`). Its first line is JSON (`version`, `about`, `sources`, and
 * how many lines each part has); then come
 *
 * - the entities, one line each: `id TAB p|o TAB names TAB short forms TAB roles`, names and short
 *   forms joined by `|`, roles by `;`, each role `code,from,to,source index`;
 * - the lookup index, one line per phrase key (`phraseKey` of a name or short form), sorted,
 *   `key TAB refs`, each ref `entity line.alias` (the alias counts the names, then the short forms).
 *
 * Characters beyond Latin-1 (and the backslash) are written `\uXXXX`, so that the text decodes as
 * one-byte strings, half the memory of UTF-16; `escapeText` and `unescapeText` convert.
 *
 * Validated at build time (`npm run build:data`, `src/kb-build/encode-kb.ts`), which also checks
 * that the index still fits the way `phraseKey` folds names.
 */
export const BUILT_KB_PATH = 'actors/kb-built.txt.gz';

const ESCAPED = /[\\\u0100-\uffff]/;
const ESCAPED_ALL = /[\\\u0100-\uffff]/g;
const ESCAPE = /\\u([0-9a-f]{4})/g;

/** Text as the file writes it: characters beyond Latin-1 and the backslash as `\uXXXX`. */
export function escapeText(s: string): string {
  if (!ESCAPED.test(s)) return s;
  return s.replace(ESCAPED_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text as the file wrote it, read back. */
export function unescapeText(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(ESCAPE, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

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

/** The file as read: the header's fields, and the entity and key lines as written (escaped). */
export const builtKbFile = z.object({
  version: z.literal(3),
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
  return escapeText(`${id}\t${k}\t${names.join('|')}\t${(short ?? []).join('|')}\t${r}`);
}

/** A line of the file as an entity tuple. */
export function decodeEntity(line: string): BuiltEntityTuple {
  const [id, k, names, short, roles] = unescapeText(line).split('\t');
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

/** The file's bytes for some content: the JSON header line, the entity lines, the key lines. */
export function serializeBuiltKb(file: BuiltKbFile): Buffer {
  const count = (t: string) => (t ? t.split('\n').length : 0);
  const { entities, keys, ...rest } = file;
  const header = JSON.stringify({ ...rest, entities: count(entities), keys: count(keys) });
  return Buffer.from(`${header}\n${entities}\n${keys}\n`, 'latin1');
}

/** The content of the file's bytes (shape checked by `builtKbFile` at build time only). */
export function parseBuiltKb(bytes: Buffer): unknown {
  const text = bytes.toString('latin1');
  const nl = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, nl)) as Record<string, unknown> & { entities: number };
  let end = nl;
  for (let i = 0; i < header.entities; i++) end = text.indexOf('\n', end + 1);
  const entities = header.entities ? text.slice(nl + 1, end) : '';
  const keys = text.slice(end + 1, text.length - 1);
  return { ...header, entities, keys };
}

/** Reads the gzipped file (without validation); null when it has not been built. */
export function readBuiltKbRaw(): unknown | null {
  const path = DATA_ROOT + BUILT_KB_PATH;
  if (!existsSync(path)) return null;
  return parseBuiltKb(gunzipSync(readFileSync(path)));
}

let rawCache: BuiltKbFile | null | undefined;

/** The built file read once per process (mention detection and the resolver share it). */
export function readBuiltKbCached(): BuiltKbFile | null {
  if (rawCache === undefined) {
    const raw = readBuiltKbRaw() as BuiltKbFile | null;
    rawCache = raw && raw.version === 3 ? raw : null;
  }
  return rawCache;
}
