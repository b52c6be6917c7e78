import { printable } from './printable.js';

/**
 * A problem with external input, reported as data (after zod's issues): a stable code, where it
 * happened, and what was expected.
 */
export interface Problem {
  /** Stable machine-readable code, e.g. `empty-file`, `invalid-utf8`, `bad-json`. */
  code: string;
  /** The input it concerns: file path, URL, `file:line`, or a field path. */
  path: string;
  message: string;
  severity?: 'error' | 'warning';
}

/**
 * Formats a problem as one line for humans. Control characters in the path (a file name may hold
 * a newline) and the message are shown escaped, so that one problem is always one line.
 */
export function formatProblem(p: Problem): string {
  return `${printable(p.path)}: ${printable(p.message)} [${p.code}]`;
}

/** Either a value or the problems that stopped it. */
export type Result<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };
