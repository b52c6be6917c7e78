import type { z } from 'zod';

/** HTTP statuses the API answers errors with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 413 | 500;

/** The JSON body of every error answer: a stable code, a message, and the input it concerns. */
export interface ErrorBody {
  error: { code: string; message: string; path?: string };
}

/**
 * An error that the API turns into `{error: {code, message, path?}}` with its status. Thrown by
 * handlers for bad input (a client's mistake, reported as data) rather than for programmer errors.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }

  /** The JSON body of this error. */
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.path ? { path: this.path } : {}) } };
  }
}

/**
 * Turns the first zod issue into an ApiError. `where` prefixes the path (`query`, `body`, `params`)
 * so a client can tell a bad query parameter from a bad body field.
 */
export function fromZodError(error: z.ZodError, where: 'query' | 'params' | 'body', code: string): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const path = field ? `${where}.${field}` : where;
  let message = issue?.message ?? 'invalid input';
  if (issue?.code === 'unrecognized_keys') {
    message = `unknown ${where === 'query' ? 'parameter' : 'field'}${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  }
  return new ApiError(400, code, message, path);
}
