import type { Command } from 'commander';

/** Registers `lapwing events`. (placeholder) */
export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('events (not implemented yet)')
    .action(() => {
      console.error('lapwing events: not implemented yet');
      process.exitCode = 2;
    });
}
