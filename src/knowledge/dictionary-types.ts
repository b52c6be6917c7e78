import type { DictVerb } from './petrarch-verbs.js';

/**
 * What a user dictionary holds once read, whatever its format (PETRARCH/TABARI actors and agents,
 * or Lapwing's own JSONL/YAML): actors with codes that may be dated, and agent words with a sector.
 */

/** One dated (or default) code of an actor. Dates are inclusive ISO `YYYY-MM-DD`. */
export interface DictRole {
  code: string;
  from?: string;
  to?: string;
}

/** A named actor: every name stands for the same codes. */
export interface DictActor {
  names: string[];
  roles: DictRole[];
  /** `person` or `organization` when the dictionary says; inferred otherwise. */
  kind?: 'person' | 'organization';
  /** Short forms that may stand alone (Lapwing format only). */
  short?: string[];
  /** `file:line` of the entry, reported with what it resolves to. */
  at: string;
}

/** A generic agent noun ("police", "foreign minister") and the sector it gives. */
export interface DictAgent {
  words: string[];
  /** Three-letter sector code (`GOV`, `COP`...). */
  sector: string;
  /** Organisation prefix for `NGO~`-style agents (code before the actor's). */
  prefix?: string;
  at: string;
}

/** A read dictionary. */
export interface Dictionary {
  path: string;
  actors: DictActor[];
  agents: DictAgent[];
  /** Verbs and their event patterns (PETRARCH/TABARI verb dictionaries). */
  verbs: DictVerb[];
}

/** Raised when a dictionary cannot be loaded; every line is `file:line: what was expected`. */
export class DictionaryError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'DictionaryError';
  }
}

/** A dictionary line that cannot be read. */
export interface DictProblem {
  line: number;
  message: string;
}
