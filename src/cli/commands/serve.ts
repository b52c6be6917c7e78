import type { Command } from 'commander';

/** Registers `lapwing serve`. (placeholder) */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve (not implemented yet)')
    .action(() => {
      console.error('lapwing serve: not implemented yet');
      process.exitCode = 2;
    });
}
