import { type BuiltKbFile, decodeEntity, escapeText, unescapeText } from './built-kb.js';
import type { KbEntity, Role } from './entity-schema.js';

/** One place a phrase key points to: an entity's line, and which of its names or short forms. */
export interface BuiltRef {
  line: number;
  /** Index into the entity's names, then its short forms. */
  alias: number;
}

/**
 * The built knowledge base as loaded: the file's two strings, where each line of them starts, and
 * a map from each first word of the sorted phrase keys to the run of keys that start with it, so
 * that a key (or the first words of one, for a scan that stops early) is found by a binary search
 * in its run. No string is made per key or entity at load; entities are decoded only when a text
 * names them.
 */
export class BuiltKbIndex {
  readonly size: number;
  readonly sourceIds: string[];
  readonly #text: string;
  readonly #starts: Int32Array;
  readonly #keys: string;
  /** Where each key line starts in `#keys` (one more entry: the end). */
  readonly #keyStarts: Int32Array;
  /** First word of the keys to the first and one-past-last line of its run, packed as `lo * 2^21 + hi`. */
  readonly #runs = new Map<string, number>();

  constructor(file: BuiltKbFile) {
    this.sourceIds = file.sources.map((s) => s.id);
    this.#text = file.entities;
    this.#starts = lineStarts(this.#text);
    this.size = this.#starts.length - 1;
    this.#keys = file.keys;
    this.#keyStarts = lineStarts(this.#keys);
    const keys = this.#keys;
    const n = this.#keyStarts.length - 1;
    let word = '';
    let lo = 0;
    for (let i = 0; i < n; i++) {
      const at = this.#keyStarts[i];
      // still the same first word: no string made
      if (i > 0 && keys.startsWith(word, at)) {
        const c = keys.charCodeAt(at + word.length);
        if (c === 32 || c === 9) continue;
      }
      if (i > 0) this.#runs.set(word, lo * RUN + i);
      let end = at;
      for (let c = keys.charCodeAt(end); c !== 32 && c !== 9; c = keys.charCodeAt(++end));
      word = keys.slice(at, end);
      lo = i;
    }
    if (n > 0) this.#runs.set(word, lo * RUN + n);
  }

  /**
   * The first word last looked up and its run: a scan asks for a key, then for that key with one
   * more word, and so on, and the map of first words is large (every look-up a cache miss).
   */
  #lastWord = '';
  #lastRun: number | undefined = undefined;

  /** The run of keys whose first word is the first word of `key` (which ends at `space`, or -1). */
  #runOf(key: string, space: number): number | undefined {
    const last = this.#lastWord;
    if (last !== '' && (space < 0 ? key === last : space === last.length && key.startsWith(last)))
      return this.#lastRun;
    const word = space < 0 ? key : key.slice(0, space);
    const run = this.#runs.get(word);
    this.#lastWord = word;
    this.#lastRun = run;
    return run;
  }

  /** Is `key` a phrase key or the first words of one? */
  has(phrase: string): boolean {
    const key = escapeText(phrase);
    const space = key.indexOf(' ');
    const run = this.#runOf(key, space);
    if (run === undefined) return false;
    if (space < 0) return true;
    const i = this.#lowerBound(key, Math.floor(run / RUN), run % RUN);
    if (i >= run % RUN) return false;
    const at = this.#keyStarts[i];
    if (!this.#keys.startsWith(key, at)) return false;
    const c = this.#keys.charCodeAt(at + key.length);
    return c === 9 || c === 32;
  }

  /** Where a phrase key points (none for an unknown key or a mere prefix). */
  refs(phrase: string): BuiltRef[] {
    const key = escapeText(phrase);
    const space = key.indexOf(' ');
    const run = this.#runOf(key, space);
    if (run === undefined) return [];
    const i = this.#lowerBound(key, Math.floor(run / RUN), run % RUN);
    if (i >= run % RUN) return [];
    const at = this.#keyStarts[i];
    if (!this.#keys.startsWith(key, at) || this.#keys.charCodeAt(at + key.length) !== 9) return [];
    const s = this.#keys.slice(at + key.length + 1, this.#keyStarts[i + 1] - 1);
    return s.split(',').map((r) => {
      const dot = r.indexOf('.');
      return { line: Number(r.slice(0, dot)), alias: Number(r.slice(dot + 1)) };
    });
  }

  /** The first line in `[lo, hi)` whose key is not before `key`. */
  #lowerBound(key: string, lo: number, hi: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compareAt(key, this.#keyStarts[mid]) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `key` against the key of the line starting at `at` (ended by a tab), as `<` on strings orders them. */
  #compareAt(key: string, at: number): number {
    const keys = this.#keys;
    for (let j = 0; ; j++) {
      const b = keys.charCodeAt(at + j);
      const lineEnded = b === 9;
      if (j === key.length) return lineEnded ? 0 : -1;
      if (lineEnded) return 1;
      const a = key.charCodeAt(j);
      if (a !== b) return a - b;
    }
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
      yield* unescapeText(line.slice(t1 + 3, t3)).split('|');
    }
  }

  #line(i: number): string {
    return this.#text.slice(this.#starts[i], this.#starts[i + 1] - 1);
  }
}

/** Runs are packed in one number: line indexes stay below this. */
const RUN = 2 ** 21;

/** Where each line of a text starts, and one more entry one past its end. */
function lineStarts(text: string): Int32Array {
  if (!text) return Int32Array.of(0);
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  const out = new Int32Array(n + 1);
  let i = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) out[i++] = at + 1;
  out[n] = text.length + 1;
  return out;
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
