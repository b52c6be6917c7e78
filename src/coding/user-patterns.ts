import { basename } from 'node:path';
import type { Dictionary } from '../knowledge/dictionary-types.js';
import type { DictVerb, DictVerbPattern, VerbPhrase } from '../knowledge/petrarch-verbs.js';
import type { Ontology } from './ontology.js';
import type { PloverType } from './ontology-schema.js';
import type { CompiledPattern, Trigger } from './patterns.js';

/**
 * The event patterns of user verb dictionaries (`--dictionary verbs.txt`), made into the coder's
 * compiled patterns. A user pattern outranks every built-in one on the same words (see
 * `find-triggers.ts`): the most specific pattern of the verb wins, then the bare verb with its own
 * code; a verb whose code is `---` claims its words and gives no event. Codes the ontology does
 * not know give no pattern; they are counted in `skipped`.
 */

/** What a user pattern adds to a compiled pattern. */
export interface UserCondition {
  /** Phrases that must come before the verb, in order, in its clause. */
  before: VerbPhrase[];
  /** Phrases that must come after the verb, in order, in its clause. */
  after: VerbPhrase[];
  /** `[a:b]`: the code of the second event, from the target back to the source. */
  reverse: { cameo: string; type: PloverType; mode: string | null; context: string | null } | null;
  /** `[---]`: the pattern matches but gives no event. */
  noEvent: boolean;
  /** `% *`: the members of a compound subject act on each other. */
  compoundPairs: boolean;
  /** `%` before the verb: the subject must be a compound ("A and B"). */
  compoundBefore: boolean;
  /** How many pattern words there are (more words: a more specific pattern). */
  weight: number;
  /** Order of the dictionary among the user dictionaries (later files win). */
  order: number;
}

export interface UserPatterns {
  patterns: CompiledPattern[];
  triggers: Trigger[];
  /** Patterns left out because their code is not one the ontology knows. */
  skipped: number;
}

function fileKey(path: string): string {
  return basename(path)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function wordCount(phrases: VerbPhrase[]): number {
  return phrases.reduce((n, p) => n + p.length, 0);
}

/** Compiles the verb patterns of every registered dictionary. */
export function userVerbPatterns(dicts: readonly Dictionary[], onto: Ontology): UserPatterns {
  const out: UserPatterns = { patterns: [], triggers: [], skipped: 0 };
  const ids = new Set<string>();
  const listed = new Set<CompiledPattern>();
  const make = (p: DictVerbPattern, key: string, order: number): CompiledPattern | null => {
    const cp = compile(p, `user.${key}.${lineOf(p.at)}`, onto, order, ids);
    if (!cp) out.skipped++;
    return cp;
  };
  dicts.forEach((d, order) => {
    const key = fileKey(d.path);
    // one compiled pattern per pattern line, shared by the verbs of its block
    const compiled = new Map<DictVerbPattern, CompiledPattern | null>();
    for (const v of d.verbs) {
      const list = [make(bare(v), key, order)];
      for (const p of v.patterns) {
        if (!compiled.has(p)) compiled.set(p, make(p, key, order));
        list.push(compiled.get(p) ?? null);
      }
      for (const cp of list) {
        if (!cp) continue;
        if (!listed.has(cp)) out.patterns.push(cp);
        listed.add(cp);
        for (const f of v.forms) out.triggers.push({ kind: 'verb', words: f.words, pattern: cp });
      }
    }
  });
  return out;
}

/**
 * The ontology's entry for a code, or for the known code it extends: CAMEO is hierarchical, and
 * dictionaries of the TABARI era add digits or letters to a code for their own cases ("1717",
 * "174K" are kinds of 171 and 174).
 */
function known(code: string, onto: Ontology) {
  const info = onto.cameo(code);
  if (info?.type || !/^\d{3}[0-9A-Za-z]+$/.test(code)) return info;
  return onto.cameo(code.slice(0, 3));
}

function lineOf(at: string): string {
  return at.slice(at.lastIndexOf(':') + 1);
}

/** The bare verb: a pattern with no words and the verb's own code. */
function bare(v: DictVerb): DictVerbPattern {
  return { before: [], after: [], source: null, target: null, code: v.code, at: v.at };
}

function compile(
  p: DictVerbPattern,
  id: string,
  onto: Ontology,
  order: number,
  ids: Set<string>,
): CompiledPattern | null {
  const [a, b] = p.code.split(':');
  const noEvent = a === '---';
  // a pattern with no event still needs a code to carry; it never reaches an event
  const info = noEvent ? onto.cameo(onto.defaultCameo('CONSULT')) : known(a, onto);
  if (!info?.type) return null;
  const back = b && b !== '---' ? known(b, onto) : undefined;
  const swap = p.target?.side === 'before' || (!p.target && p.source?.side === 'after');
  const recipientPrep = swap ? p.source?.prep : p.target?.side === 'after' ? p.target.prep : null;
  let unique = id;
  for (let k = 2; ids.has(unique); k++) unique = `${id}-${k}`;
  ids.add(unique);
  const user: UserCondition = {
    before: p.before,
    after: p.after,
    reverse: back?.type
      ? { cameo: back.code, type: back.type, mode: back.mode, context: back.context }
      : null,
    noEvent,
    compoundPairs: p.source?.compound === true && p.source.side === 'before' && !p.target,
    compoundBefore: p.source?.compound === true && p.source.side === 'before',
    // a compound it checks makes a pattern more specific than the bare verb
    weight:
      wordCount(p.before) + wordCount(p.after) + (p.source?.compound && p.source.side === 'before' ? 1 : 0),
    order,
  };
  return {
    id: unique,
    cameo: info.code,
    type: info.type,
    mode: info.mode,
    context: info.context,
    object: null,
    notObject: null,
    light: null,
    complement: null,
    swapRoles: swap,
    targetPeople: false,
    intentCameo: null,
    intransitive: false,
    reciprocal: false,
    actorRole: 'subject',
    recipientPreps: recipientPrep ? [recipientPrep] : null,
    confidence: 1,
    source: { id: unique, cameo: info.code, verbs: ['user'] },
    user,
  };
}
