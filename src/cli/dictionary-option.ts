import type { Command } from 'commander';
import { DictionaryError } from '../knowledge/dictionary-types.js';
import { loadUserDictionaries } from '../knowledge/user-dictionaries.js';
import { EXIT } from './exit-codes.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Adds `--dictionary FILE` (repeatable) to a command. */
export function withDictionaryOption(cmd: Command): Command {
  return cmd.option(
    '--dictionary <file>',
    'user dictionary: PETRARCH/TABARI actors, agents or verbs (.txt; verb patterns win over the built-in ones), or Lapwing actors .jsonl/.yaml; repeatable, later files win',
    collect,
    [],
  );
}

/**
 * Loads the dictionaries a command was given, before its action runs. A bad dictionary stops the
 * command with one line per problem (`file:line: expected ...`) and exit code 2: nothing is
 * half-loaded.
 */
export function applyDictionaryOption(cmd: Command): boolean {
  const paths = (cmd.opts() as { dictionary?: string[] }).dictionary;
  if (!paths?.length) return true;
  try {
    loadUserDictionaries(paths);
    return true;
  } catch (e) {
    if (!(e instanceof DictionaryError)) throw e;
    for (const line of e.lines) process.stderr.write(`lapwing: ${line}\n`);
    process.exit(EXIT.usage);
  }
}
