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

/** Formats a problem as one line for humans. */
export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message} [${p.code}]`;
}

/** Either a value or the problems that stopped it. */
export type Result<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };
