import type { Command } from 'commander';

/** Registers `lapwing worker`. (placeholder) */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('worker (not implemented yet)')
    .action(() => {
      console.error('lapwing worker: not implemented yet');
      process.exitCode = 2;
    });
}
