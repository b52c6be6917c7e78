import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { DATA_ROOT } from '../core/data-file.js';
import { isoDate, type KbEntity, type Role, ruleId } from './entity-schema.js';

/**
 * The knowledge base built from open sources by `npm run build:kb`: a gzipped JSON file of compact
 * tuples, so that fifty thousand entities load in a fraction of a second. Validated with
 * {@link builtKbFile} at build time (`npm run build:data`); read without validation at run time.
 */
export const BUILT_KB_PATH = 'actors/kb-built.json.gz';

const code = z.string().regex(/^(---|[A-Z]{3})([A-Z]{3})*$/, 'expected a CAMEO-style code such as COLGOV');
const optDate = z.union([z.literal(''), isoDate]);

/** One role: `[code, from or "", to or "", source index, note?]`. */
const roleTuple = z.union([
  z.tuple([code, optDate, optDate, z.number().int().min(0)]),
  z.tuple([code, optDate, optDate, z.number().int().min(0), z.string()]),
]);

export const builtKbFile = z.object({
  version: z.literal(1),
  about: z.string(),
  sources: z
    .array(z.object({ id: z.string(), name: z.string(), licence: z.string(), url: z.string() }))
    .min(1),
  /** `[id, "p" person | "o" organisation, names, short forms or null, roles]`. */
  entities: z.array(
    z.tuple([
      ruleId,
      z.enum(['p', 'o']),
      z.array(z.string().min(1)).min(1),
      z.array(z.string().min(1)).nullable(),
      z.array(roleTuple).min(1),
    ]),
  ),
});

export type BuiltKbFile = z.infer<typeof builtKbFile>;

/** Reads the gzipped file (without validation); null when it has not been built. */
export function readBuiltKbRaw(): unknown | null {
  const path = DATA_ROOT + BUILT_KB_PATH;
  if (!existsSync(path)) return null;
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
}

let rawCache: BuiltKbFile | null | undefined;

/** The built file read once per process (mention detection and the resolver share it). */
export function readBuiltKbCached(): BuiltKbFile | null {
  if (rawCache === undefined) rawCache = readBuiltKbRaw() as BuiltKbFile | null;
  return rawCache;
}

/** Validates the built file; throws with the first issues when it does not fit. */
export function validateBuiltKb(): number {
  const raw = readBuiltKbRaw();
  if (raw === null) throw new Error(`data/${BUILT_KB_PATH} is missing: run npm run build:kb`);
  const r = builtKbFile.safeParse(raw);
  if (!r.success) {
    const lines = r.error.issues
      .slice(0, 20)
      .map((i) => `  data/${BUILT_KB_PATH} at ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid data file data/${BUILT_KB_PATH}:\n${lines.join('\n')}`);
  }
  return r.data.entities.length;
}

/** The built entities, each role carrying its source's id. */
export function loadBuiltKb(): KbEntity[] {
  const raw = readBuiltKbCached();
  return raw ? entitiesOf(raw) : [];
}

type RoleTuple = BuiltKbFile['entities'][number][4][number];

/**
 * A built entity whose roles become objects on first use: most of the fifty thousand are never
 * named in a given run, and making their roles at start-up was most of the load time.
 */
class BuiltEntity implements KbEntity {
  #raw: RoleTuple[] | null;
  #roles: Role[] | null = null;
  constructor(
    readonly id: string,
    readonly kind: 'person' | 'organization',
    public names: string[],
    public short: string[],
    raw: RoleTuple[],
    private readonly sourceIds: string[],
  ) {
    this.#raw = raw;
  }

  get roles(): Role[] {
    if (!this.#roles) {
      const sourceIds = this.sourceIds;
      this.#roles = (this.#raw ?? []).map((r) => {
        const role: Role = { code: r[0], source: sourceIds[r[3]] };
        if (r[1]) role.from = r[1];
        if (r[2]) role.to = r[2];
        return role;
      });
      this.#raw = null;
    }
    return this.#roles;
  }

  set roles(value: Role[]) {
    this.#roles = value;
    this.#raw = null;
  }
}

/** A built file's tuples as entities. */
export function entitiesOf(raw: BuiltKbFile): KbEntity[] {
  const sourceIds = raw.sources.map((s) => s.id);
  return raw.entities.map(
    ([id, k, names, short, roles]) =>
      new BuiltEntity(id, k === 'p' ? 'person' : 'organization', names, short ?? [], roles, sourceIds),
  );
}
