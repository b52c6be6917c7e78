import type { Command } from 'commander';

/** Registers `lapwing incidents`. (placeholder) */
export function registerIncidents(program: Command): void {
  program
    .command('incidents')
    .description('incidents (not implemented yet)')
    .action(() => {
      console.error('lapwing incidents: not implemented yet');
      process.exitCode = 2;
    });
}
