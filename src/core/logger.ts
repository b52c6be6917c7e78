import pino from 'pino';

/** Structured JSON logger (pino). Level from `LAPWING_LOG` or the CLI's `--log-level`. */
export type Logger = pino.Logger;

let root: Logger | undefined;

/** Returns the process-wide logger, writing JSON lines to stderr. */
export function getLogger(level?: string): Logger {
  if (!root || level) {
    root = pino(
      { level: level ?? process.env.LAPWING_LOG ?? 'warn', base: { app: 'lapwing' } },
      pino.destination(2),
    );
  }
  return root;
}
