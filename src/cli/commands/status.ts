import type { Command } from 'commander';

/** Registers `lapwing status`. (placeholder) */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('status (not implemented yet)')
    .action(() => {
      console.error('lapwing status: not implemented yet');
      process.exitCode = 2;
    });
}
