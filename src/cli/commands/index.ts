import type { Command } from 'commander';
import { registerActors } from './actors.js';
import { registerCode } from './code.js';
import { registerDelete } from './delete.js';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerIncidents } from './incidents.js';
import { registerIngest } from './ingest.js';
import { registerParse } from './parse.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerStatus } from './status.js';
import { registerWorker } from './worker.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands: ((program: Command) => void)[] = [
  registerIngest,
  registerCode,
  registerEvents,
  registerIncidents,
  registerExport,
  registerDelete,
  registerServe,
  registerEval,
  registerStats,
  registerActors,
  registerParse,
  registerWorker,
  registerStatus,
  registerDemo,
];
