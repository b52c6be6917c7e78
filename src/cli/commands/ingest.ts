import type { Command } from 'commander';

/** Registers `lapwing ingest`. (placeholder) */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest (not implemented yet)')
    .action(() => {
      console.error('lapwing ingest: not implemented yet');
      process.exitCode = 2;
    });
}
