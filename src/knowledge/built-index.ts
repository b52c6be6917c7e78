import { type BuiltKbFile, decodeEntity } from './built-kb.js';
import type { KbEntity, Role } from './entity-schema.js';

/** One place a phrase key points to: an entity's line, and which of its names or short forms. */
export interface BuiltRef {
  line: number;
  /** Index into the entity's names, then its short forms. */
  alias: number;
}

/**
 * The built knowledge base as loaded: the file's two strings, a map from every phrase key (and
 * every word-prefix of one, so a scan can stop early) to its refs, and where each entity's line
 * starts. Entities are decoded only when a text names them.
 */
export class BuiltKbIndex {
  readonly size: number;
  readonly sourceIds: string[];
  readonly #text: string;
  readonly #starts: Int32Array;
  /** Phrase key to its refs as written (`"12.0,40.1"`); `""` for a prefix of longer keys only. */
  readonly #keys = new Map<string, string>();

  constructor(file: BuiltKbFile) {
    this.sourceIds = file.sources.map((s) => s.id);
    this.#text = file.entities;
    const starts: number[] = [];
    if (this.#text) {
      starts.push(0);
      for (let at = this.#text.indexOf('\n'); at >= 0; at = this.#text.indexOf('\n', at + 1))
        starts.push(at + 1);
    }
    this.size = starts.length;
    starts.push(this.#text.length + 1);
    this.#starts = Int32Array.from(starts);
    const keys = file.keys;
    const map = this.#keys;
    let from = 0;
    while (from < keys.length) {
      let end = keys.indexOf('\n', from);
      if (end < 0) end = keys.length;
      const tab = keys.indexOf('\t', from);
      const key = keys.slice(from, tab);
      map.set(key, keys.slice(tab + 1, end));
      // Keys are sorted, so a key that is also a prefix of longer ones is already in the map.
      for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
        const prefix = key.slice(0, sp);
        if (!map.has(prefix)) map.set(prefix, '');
      }
      from = end + 1;
    }
  }

  /** Is `key` a phrase key or the first words of one? */
  has(key: string): boolean {
    return this.#keys.has(key);
  }

  /** Where a phrase key points (none for an unknown key or a mere prefix). */
  refs(key: string): BuiltRef[] {
    const s = this.#keys.get(key);
    if (!s) return [];
    return s.split(',').map((r) => {
      const dot = r.indexOf('.');
      return { line: Number(r.slice(0, dot)), alias: Number(r.slice(dot + 1)) };
    });
  }

  /** The entity on a line, as a new object with its roles' sources named. */
  entity(line: number): KbEntity {
    const [id, k, names, short, roles] = decodeEntity(this.#line(line));
    return {
      id,
      kind: k === 'p' ? 'person' : 'organization',
      names,
      short: short ?? [],
      roles: roles.map(([code, from, to, src]) => {
        const role: Role = { code, source: this.sourceIds[src] };
        if (from) role.from = from;
        if (to) role.to = to;
        return role;
      }),
    };
  }

  /** The names of every organisation (mention detection knows them all). */
  *organisationNames(): Generator<string> {
    for (let i = 0; i < this.size; i++) {
      const line = this.#line(i);
      const t1 = line.indexOf('\t');
      if (line.charCodeAt(t1 + 1) !== 111 /* o */) continue;
      const t3 = line.indexOf('\t', t1 + 3);
      yield* line.slice(t1 + 3, t3).split('|');
    }
  }

  #line(i: number): string {
    return this.#text.slice(this.#starts[i], this.#starts[i + 1] - 1);
  }
}

let cached: { file: BuiltKbFile; index: BuiltKbIndex } | null = null;

/** The index of a file, made once per file object (the resolver and mention detection share it). */
export function builtIndexOf(file: BuiltKbFile): BuiltKbIndex {
  if (cached?.file !== file) cached = { file, index: new BuiltKbIndex(file) };
  return cached.index;
}

/** Every entity of a built file, read (tests and reports; the product reads them lazily). */
export function entitiesOf(file: BuiltKbFile): KbEntity[] {
  const index = new BuiltKbIndex(file);
  return Array.from({ length: index.size }, (_, i) => index.entity(i));
}
