import type { Command } from 'commander';

import { registerIngest } from './ingest.js';
import { registerCode } from './code.js';
import { registerEvents } from './events.js';
import { registerIncidents } from './incidents.js';
import { registerExport } from './export.js';
import { registerServe } from './serve.js';
import { registerEval } from './eval.js';
import { registerStats } from './stats.js';
import { registerActors } from './actors.js';
import { registerWorker } from './worker.js';
import { registerStatus } from './status.js';
import { registerDemo } from './demo.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands: ((program: Command) => void)[] = [ registerIngest, registerCode, registerEvents, registerIncidents, registerExport, registerServe, registerEval, registerStats, registerActors, registerWorker, registerStatus, registerDemo,];
