import type { Command } from 'commander';

/** Registers `lapwing export`. (placeholder) */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export (not implemented yet)')
    .action(() => {
      console.error('lapwing export: not implemented yet');
      process.exitCode = 2;
    });
}
