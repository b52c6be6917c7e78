import { readFileSync } from 'node:fs';
import { type Dictionary, DictionaryError } from './dictionary-types.js';
import { parseJsonlDictionary, parseYamlDictionary } from './lapwing-dictionary.js';
import { parsePetrarch } from './petrarch-dictionary.js';
import { isVerbDictionary, parsePetrarchVerbs } from './petrarch-verbs.js';

/**
 * User dictionaries (`--dictionary FILE`, repeatable): read all or none. The format is told by the
 * extension: `.jsonl`/`.ndjson` and `.yaml`/`.yml`/`.json` are Lapwing's own, anything else
 * (`.txt`, `.actors`, `.agents`, `.verbs`) PETRARCH/TABARI: a verb dictionary when it has
 * `--- VERB [CODE] ---` blocks, an actor or agent dictionary otherwise. Registered dictionaries are read by the actor
 * knowledge when it is built; entries of later files win over earlier ones, and all over the
 * built-in knowledge.
 */

let registered: Dictionary[] = [];
let registeredPaths: string[] = [];

/** Reads one dictionary; throws a {@link DictionaryError} naming every bad line. */
export function readDictionary(path: string): Dictionary {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DictionaryError([
      `${path}: cannot read the dictionary (${(e as NodeJS.ErrnoException).code ?? e})`,
    ]);
  }
  const lower = path.toLowerCase();
  if (!/\.(jsonl|ndjson|ya?ml|json)$/.test(lower) && isVerbDictionary(text)) {
    const verbs = parsePetrarchVerbs(text, path);
    if (verbs.problems.length)
      throw new DictionaryError(verbs.problems.map((p) => `${path}:${p.line}: ${p.message}`));
    if (!verbs.verbs.length) throw new DictionaryError([`${path}: expected verb entries, found none`]);
    return { path, actors: [], agents: [], verbs: verbs.verbs };
  }
  const parsed = /\.(jsonl|ndjson)$/.test(lower)
    ? parseJsonlDictionary(text, path)
    : /\.(ya?ml|json)$/.test(lower)
      ? parseYamlDictionary(text, path)
      : parsePetrarch(text, path);
  if (parsed.problems.length) {
    throw new DictionaryError(parsed.problems.map((p) => `${path}:${p.line}: ${p.message}`));
  }
  if (!parsed.actors.length && !parsed.agents.length) {
    throw new DictionaryError([`${path}: expected actor or agent entries, found none`]);
  }
  return { path, actors: parsed.actors, agents: parsed.agents, verbs: [] };
}

/**
 * Reads every dictionary, then registers them; when any has a problem, none is registered and the
 * error lists the problems of every file.
 */
export function loadUserDictionaries(paths: readonly string[]): Dictionary[] {
  const errors: string[] = [];
  const dicts: Dictionary[] = [];
  for (const p of paths) {
    try {
      dicts.push(readDictionary(p));
    } catch (e) {
      if (e instanceof DictionaryError) errors.push(...e.lines);
      else throw e;
    }
  }
  if (errors.length) throw new DictionaryError(errors);
  registered = dicts;
  registeredPaths = [...paths];
  return dicts;
}

/** The registered dictionaries, in the order given. */
export function userDictionaries(): readonly Dictionary[] {
  return registered;
}

/** Paths of the registered dictionaries (handed to worker threads, which load them again). */
export function userDictionaryPaths(): readonly string[] {
  return registeredPaths;
}

/** Forgets the registered dictionaries (tests). */
export function clearUserDictionaries(): void {
  registered = [];
  registeredPaths = [];
}
