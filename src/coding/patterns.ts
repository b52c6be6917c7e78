import { loadDataFile } from '../core/data-file.js';
import type { Dictionary } from '../knowledge/dictionary-types.js';
import { onKnowledgeReset } from '../knowledge/knowledge-reset.js';
import { userDictionaries } from '../knowledge/user-dictionaries.js';
import { cuesSpec, modeCuesSpec, patternSpecs } from './data-files.js';
import { ontology } from './ontology.js';
import type { PloverType } from './ontology-schema.js';
import type { Cues, EventPattern, ModeCues } from './pattern-schema.js';
import { type UserCondition, userVerbPatterns } from './user-patterns.js';

/** A pattern made ready for matching: phrases split into lemma sequences, word lists as sets. */
export interface CompiledPattern {
  id: string;
  cameo: string;
  type: PloverType;
  mode: string | null;
  context: string | null;
  object: string[][] | null;
  notObject: string[][] | null;
  light: Set<string> | null;
  complement: 'absorb' | 'transparent' | null;
  swapRoles: boolean;
  /** Done to people's bodies only: a place or bare country as target means another sense. */
  targetPeople: boolean;
  /** Done by the subject itself: nothing is coded from the verb's passive. */
  intransitive: boolean;
  /** The intent-to-act code (AGREE 03x) of this act, when the pattern names one. */
  intentCameo: string | null;
  /** Mutual act: a compound subject's members act on each other. */
  reciprocal: boolean;
  actorRole: 'subject' | 'speaker';
  recipientPreps: string[] | null;
  confidence: number;
  source: EventPattern;
  /** A pattern of a user verb dictionary: its word conditions, second code and rank. */
  user?: UserCondition;
}

/** One trigger phrase of a pattern: a verb or noun phrase as lemmas. */
export interface Trigger {
  kind: 'verb' | 'noun';
  words: string[];
  pattern: CompiledPattern;
}

/** Everything the coder reads from `data/patterns/`. */
export interface PatternBook {
  /** Triggers indexed by their first word. */
  byFirst: Map<string, Trigger[]>;
  patterns: CompiledPattern[];
  cues: CueSets;
  modes: { type: string; mode: string; words: string[][] }[];
  contexts: { context: string; words: string[][] }[];
  /** User verb patterns left out because the ontology does not know their code. */
  userSkipped: number;
}

/** The cue classes as sets of single lemmas plus lists of multi-word phrases. */
export type CueSets = { [K in Exclude<keyof Cues, 'version'>]: { single: Set<string>; phrases: string[][] } };

/** Splits a lemma phrase into words; hyphens separate words the way the tokenizer splits them. */
export function phraseWords(p: string): string[] {
  return p
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
}

function cueSets(c: Cues): CueSets {
  const out: Partial<CueSets> = {};
  for (const [k, v] of Object.entries(c)) {
    if (k === 'version') continue;
    const single = new Set<string>();
    const phrases: string[][] = [];
    for (const p of v as string[]) {
      const w = phraseWords(p);
      if (w.length === 1) single.add(w[0]);
      else phrases.push(w);
    }
    (out as Record<string, unknown>)[k] = { single, phrases };
  }
  return out as CueSets;
}

let cached: PatternBook | null = null;
let merged: { dicts: readonly Dictionary[]; book: PatternBook } | null = null;
onKnowledgeReset(() => {
  merged = null;
});

/**
 * The pattern book the coder reads: the built-in patterns, plus the verb patterns of the
 * registered user dictionaries when there are any (rebuilt when the dictionaries change).
 */
export function patternBook(): PatternBook {
  const base = builtInBook();
  const dicts = userDictionaries();
  if (!dicts.some((d) => d.verbs.length)) return base;
  if (merged?.dicts === dicts) return merged.book;
  const user = userVerbPatterns(dicts, ontology());
  const byFirst = new Map(base.byFirst);
  for (const t of user.triggers) byFirst.set(t.words[0], [...(byFirst.get(t.words[0]) ?? []), t]);
  const book = {
    ...base,
    byFirst,
    patterns: [...base.patterns, ...user.patterns],
    userSkipped: user.skipped,
  };
  merged = { dicts, book };
  return book;
}

/**
 * Loads, checks and indexes every pattern file once per process. A pattern whose CAMEO code is
 * unknown, whose type has no such mode, or whose id repeats is a programmer error in `data/`.
 */
function builtInBook(): PatternBook {
  if (cached) return cached;
  const onto = ontology();
  const problems: string[] = [];
  const ids = new Set<string>();
  const patterns: CompiledPattern[] = [];
  const byFirst = new Map<string, Trigger[]>();
  for (const spec of patternSpecs) {
    const file = loadDataFile(spec);
    for (const p of file.patterns) {
      if (ids.has(p.id)) problems.push(`data/${spec.path}: rule id ${p.id} is used twice`);
      ids.add(p.id);
      const info = onto.cameo(p.cameo);
      if (!info) {
        problems.push(`data/${spec.path}: ${p.id} names unknown CAMEO code ${p.cameo}`);
        continue;
      }
      const type = p.type ?? info.type;
      if (!type) {
        problems.push(`data/${spec.path}: ${p.id}: CAMEO ${p.cameo} has no PLOVER type; give one`);
        continue;
      }
      const mode = p.mode === undefined ? (p.type && p.type !== info.type ? null : info.mode) : p.mode;
      if (mode && !onto.isMode(type, mode))
        problems.push(`data/${spec.path}: ${p.id}: ${mode} is not a mode of ${type}`);
      const cp: CompiledPattern = {
        id: p.id,
        cameo: p.cameo,
        type,
        mode,
        context: p.context === undefined ? info.context : p.context,
        object: p.object ? p.object.map(phraseWords) : null,
        notObject: p.notObject ? p.notObject.map(phraseWords) : null,
        light: p.light ? new Set(p.light.map((l) => phraseWords(l).join(' '))) : null,
        complement: p.complement ?? null,
        swapRoles: p.swapRoles ?? false,
        targetPeople: p.targetPeople ?? false,
        intentCameo: p.intentCameo ?? null,
        intransitive: p.intransitive ?? false,
        reciprocal: p.reciprocal ?? false,
        actorRole: p.actor ?? 'subject',
        recipientPreps: p.recipientPreps ?? null,
        confidence: p.confidence ?? 1,
        source: p,
      };
      patterns.push(cp);
      const add = (kind: 'verb' | 'noun', phrase: string) => {
        const words = phraseWords(phrase);
        const list = byFirst.get(words[0]) ?? [];
        list.push({ kind, words, pattern: cp });
        byFirst.set(words[0], list);
      };
      for (const v of p.verbs ?? []) add('verb', v);
      for (const n of p.nouns ?? []) add('noun', n);
    }
  }
  const modeCues: ModeCues = loadDataFile(modeCuesSpec);
  for (const m of modeCues.modes)
    if (!onto.isMode(m.type, m.mode))
      problems.push(`data/patterns/modes.yaml: ${m.mode} is not a mode of ${m.type}`);
  if (problems.length) throw new Error(`Invalid event patterns:\n  ${problems.join('\n  ')}`);
  cached = {
    byFirst,
    patterns,
    cues: cueSets(loadDataFile(cuesSpec)),
    modes: modeCues.modes.map((m) => ({ type: m.type, mode: m.mode, words: m.words.map(phraseWords) })),
    contexts: modeCues.contexts.map((c) => ({ context: c.context, words: c.words.map(phraseWords) })),
    userSkipped: 0,
  };
  return cached;
}
