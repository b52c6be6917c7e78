import type { Problem } from '../core/problem.js';

/** A cursor from outside that this store did not issue (or that was altered). */
export class InvalidCursorError extends Error {
  readonly problem: Problem;
  constructor(cursor: string, expected: string) {
    super(`invalid cursor: expected ${expected}`);
    this.name = 'InvalidCursorError';
    this.problem = {
      code: 'invalid-cursor',
      path: 'cursor',
      message: `"${cursor.slice(0, 40)}" is not ${expected}`,
    };
  }
}

/** Encodes the sort key of the last row of a page as an opaque base64url string. */
export function encodeCursor(key: (string | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor` with `arity` parts, each a string (the last, the id,
 * never null). Throws `InvalidCursorError` for anything else.
 */
export function decodeCursor(cursor: string, arity: number): (string | null)[] {
  const expected = `a cursor returned by a previous page (${arity} keys)`;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor, expected);
  }
  if (
    !Array.isArray(value) ||
    value.length !== arity ||
    !value.every((v) => v === null || typeof v === 'string') ||
    typeof value[arity - 1] !== 'string'
  ) {
    throw new InvalidCursorError(cursor, expected);
  }
  return value as (string | null)[];
}
