import { printable } from '../core/printable.js';
import { redactUrl } from '../core/redact-url.js';
import { InvalidCursorError } from '../store/cursor.js';

/**
 * Exit codes scripts can rely on: 0 everything went through, 1 some inputs failed (the rest were
 * processed), 2 usage error (bad option or argument), 3 fatal error (store unreachable, bug).
 */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, fatal: 3 } as const;

/** A mistake in how the command was called: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Runs a command action, turning a {@link UsageError} into a one-line message with exit code 2 and
 * any other error into a message with exit code 3, so that no command prints a stack for bad input.
 */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      if (e instanceof UsageError) {
        process.stderr.write(`lapwing: ${printable(redactUrl(e.message))}\n`);
        process.exitCode = EXIT.usage;
      } else if (e instanceof InvalidCursorError) {
        // A cursor is an option the user typed or pasted: a bad one is a usage error.
        process.stderr.write(`lapwing: --cursor ${printable(e.problem.message)}\n`);
        process.exitCode = EXIT.usage;
      } else {
        const err = e as Error;
        // Whatever the error quotes (a --db or --queue URL, a driver's message) loses its secrets.
        process.stderr.write(`lapwing: ${printable(redactUrl(err.message))}\n`);
        if (process.env.LAPWING_DEBUG) process.stderr.write(`${redactUrl(String(err.stack))}\n`);
        process.exitCode = EXIT.fatal;
      }
    }
  };
}
