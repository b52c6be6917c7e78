import type { Problem } from '../core/problem.js';
import { redactUrl } from '../core/redact-url.js';

/** A database named by the user that cannot be opened: bad path, not a database, unreachable. */
export class StoreOpenError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(`${problem.path}: ${problem.message}`, options);
    this.name = 'StoreOpenError';
    this.problem = problem;
  }
}

/** A database location safe to print: a URL loses its password. */
export function displayLocation(db: string): string {
  return redactUrl(db);
}

/** Turns an engine's error on open into a Problem naming the database and what was expected. */
export function openProblem(db: string, dialect: 'sqlite' | 'postgres', err: unknown): Problem {
  const e = err as { code?: string; message?: string };
  const path = displayLocation(db);
  const reason = redactUrl(e.message ?? String(err));
  if (dialect === 'sqlite') {
    if (e.code === 'SQLITE_NOTADB') {
      return {
        code: 'store-not-sqlite',
        path,
        message: 'exists but is not a SQLite database (expected a .sqlite file or a new path)',
      };
    }
    if (e.code === 'SQLITE_CANTOPEN' || /directory does not exist|unable to open/i.test(reason)) {
      return { code: 'store-cannot-open', path, message: `cannot open or create the SQLite file: ${reason}` };
    }
    return { code: 'store-open-failed', path, message: `cannot open the SQLite database: ${reason}` };
  }
  if (
    e.code === 'ECONNREFUSED' ||
    e.code === 'ENOTFOUND' ||
    e.code === 'ETIMEDOUT' ||
    e.code === 'EHOSTUNREACH'
  ) {
    return {
      code: 'store-unreachable',
      path,
      message: `no PostgreSQL server answers (${e.code}); is it running?`,
    };
  }
  if (e.code === '3D000') return { code: 'store-no-database', path, message: `${reason} (create it first)` };
  if (e.code === '28P01' || e.code === '28000')
    return { code: 'store-auth', path, message: `authentication failed: ${reason}` };
  return { code: 'store-open-failed', path, message: `cannot open the PostgreSQL database: ${reason}` };
}
