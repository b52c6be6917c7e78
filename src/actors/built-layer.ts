import type { BuiltKbIndex } from '../knowledge/built-index.js';
import type { KbEntity } from '../knowledge/entity-schema.js';
import { entityEntry, type GazEntry } from './gazetteer.js';
import { phraseKey } from './normalize.js';

/**
 * The built knowledge base under the curated data, read lazily: a phrase key's readings are made
 * the first time a text names it. What the curated data and user dictionaries decide about it is
 * applied here as it was when every built entity was loaded at start-up:
 *
 * - a name the curated data gives to a country or to a curated entity keeps that reading only
 *   ("PRC" is China, not the Popular Resistance Committees): such keys are `taken`, and a built
 *   entity all of whose names are taken is left out;
 * - a built entity that is a curated one (a shared name and country) only adds its older roles to
 *   it (`merged`), done once at load;
 * - a user dictionary's name hides the built readings of its key (`mask`).
 */
interface Read {
  e: KbEntity | null;
  /** The names, then the short forms, as the file has them (refs count in this list). */
  aliases: string[];
  names: number;
}

export class BuiltLayer {
  readonly #index: BuiltKbIndex;
  readonly #taken: (key: string) => boolean;
  readonly #merged = new Set<number>();
  readonly #masked = new Set<string>();
  /** Entities as read, by line (null for one that is left out), with their names as the file has them. */
  readonly #entities = new Map<number, Read>();
  readonly #entries = new Map<string, GazEntry[] | null>();

  constructor(index: BuiltKbIndex, taken: (key: string) => boolean) {
    this.#index = index;
    this.#taken = taken;
  }

  /** How many entities the built file holds. */
  get size(): number {
    return this.#index.size;
  }

  /** Is `key` a built phrase key, or the first words of one? */
  has(key: string): boolean {
    return this.#index.has(key);
  }

  /** The built readings of a phrase key, or undefined. The list is shared: do not change it. */
  entries(key: string): GazEntry[] | undefined {
    let list = this.#entries.get(key);
    if (list === undefined) {
      list = this.#read(key);
      this.#entries.set(key, list);
    }
    return list ?? undefined;
  }

  /** The built entities that share a key with `keys`, in file order, as the file has them. */
  entitiesSharing(keys: Iterable<string>): { line: number; entity: KbEntity }[] {
    const lines = new Set<number>();
    for (const key of keys) for (const r of this.#index.refs(key)) lines.add(r.line);
    return [...lines].sort((a, b) => a - b).map((line) => ({ line, entity: this.#index.entity(line) }));
  }

  /** Leaves an entity out: it was merged into a curated one. */
  merge(line: number): void {
    this.#merged.add(line);
    this.#entities.delete(line);
  }

  /** Hides the built readings of a key (a user dictionary names it). */
  mask(key: string): void {
    this.#masked.add(key);
    this.#entries.delete(key);
  }

  /** Every built entity that is not left out, read (tests and reports: slow). */
  *all(): Generator<KbEntity> {
    for (let i = 0; i < this.#index.size; i++) {
      const e = this.#entity(i).e;
      if (e) yield e;
    }
  }

  #read(key: string): GazEntry[] | null {
    if (this.#masked.has(key) || this.#taken(key)) return null;
    const out: GazEntry[] = [];
    let last = -1;
    for (const { line, alias } of this.#index.refs(key)) {
      // one reading per entity: its name before its short form (refs are in that order)
      if (line === last) continue;
      const { e, aliases, names } = this.#entity(line);
      if (!e) continue;
      last = line;
      out.push(entityEntry(e, aliases[alias], alias < names ? 'name' : 'short'));
    }
    return out.length ? out : null;
  }

  #entity(line: number): Read {
    let read = this.#entities.get(line);
    if (read) return read;
    const e = this.#index.entity(line);
    read = { e: null, aliases: [...e.names, ...(e.short ?? [])], names: e.names.length };
    const free = e.names.filter((n) => !this.#taken(phraseKey(n)));
    if (free.length > 0 && !this.#merged.has(line)) {
      if (free.length < e.names.length) e.names = free;
      if (e.short?.length) e.short = e.short.filter((s) => !this.#taken(phraseKey(s)));
      read.e = e;
    }
    this.#entities.set(line, read);
    return read;
  }
}
