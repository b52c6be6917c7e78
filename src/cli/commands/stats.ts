import type { Command } from 'commander';

/** Registers `lapwing stats`. (placeholder) */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('stats (not implemented yet)')
    .action(() => {
      console.error('lapwing stats: not implemented yet');
      process.exitCode = 2;
    });
}
