import { phraseKey } from '../actors/normalize.js';
import {
  BUILT_KB_PATH,
  type BuiltEntityTuple,
  type BuiltKbFile,
  type BuiltSource,
  builtEntityTuple,
  builtKbFile,
  decodeEntity,
  encodeEntity,
  escapeText,
  readBuiltKbRaw,
} from '../knowledge/built-kb.js';

/**
 * Writing and checking the built knowledge base's file (format in `src/knowledge/built-kb.ts`):
 * the key index is `phraseKey` of every name, so both live here, above the actor stage whose
 * folding they follow.
 */

/** The lookup index of some entities: phrase key to `line.alias` refs, sorted, one line per key. */
export function encodeKeys(entities: readonly BuiltEntityTuple[]): string {
  const refs = new Map<string, string[]>();
  entities.forEach(([, , names, short], i) => {
    [...names, ...(short ?? [])].forEach((n, a) => {
      const key = escapeText(phraseKey(n));
      if (!key) return;
      const ref = `${i}.${a}`;
      const list = refs.get(key);
      if (!list) refs.set(key, [ref]);
      else if (!list.includes(ref)) list.push(ref);
    });
  });
  const keys = [...refs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((k) => `${k}\t${refs.get(k)!.join(',')}`).join('\n');
}

/** The file's content for some sources and entities (deterministic: the same input, the same text). */
export function encodeBuiltKb(
  about: string,
  sources: BuiltSource[],
  entities: readonly BuiltEntityTuple[],
): BuiltKbFile {
  return {
    version: 3,
    about,
    sources,
    entities: entities.map(encodeEntity).join('\n'),
    keys: encodeKeys(entities),
  };
}

/** Checks a file's shape, every entity line and its index; the first problems, or none. */
export function builtKbProblems(raw: unknown): string[] {
  const r = builtKbFile.safeParse(raw);
  if (!r.success) return r.error.issues.slice(0, 20).map((i) => `at ${i.path.join('.')}: ${i.message}`);
  const problems: string[] = [];
  const lines = r.data.entities ? r.data.entities.split('\n') : [];
  const entities: BuiltEntityTuple[] = [];
  lines.forEach((line, i) => {
    const t = builtEntityTuple.safeParse(decodeEntity(line));
    if (!t.success) {
      const issue = t.error.issues[0];
      problems.push(`entity line ${i + 1} at ${issue.path.join('.')}: ${issue.message}`);
    } else {
      if (t.data[4].some((x) => x[3] >= r.data.sources.length))
        problems.push(`entity line ${i + 1}: a role's source is not in the list of sources`);
      entities.push(t.data);
    }
  });
  if (problems.length === 0 && encodeKeys(entities) !== r.data.keys)
    problems.push('the key index does not fit the names as phraseKey now folds them: run npm run build:kb');
  return problems.slice(0, 20);
}

/** Validates the built file; throws with the first issues when it does not fit. */
export function validateBuiltKb(): number {
  const raw = readBuiltKbRaw();
  if (raw === null) throw new Error(`data/${BUILT_KB_PATH} is missing: run npm run build:kb`);
  const problems = builtKbProblems(raw);
  if (problems.length) {
    const lines = problems.map((p) => `  data/${BUILT_KB_PATH} ${p}`);
    throw new Error(`Invalid data file data/${BUILT_KB_PATH}:\n${lines.join('\n')}`);
  }
  return (raw as BuiltKbFile).entities.split('\n').length;
}
