import type { Command } from 'commander';

/** Registers `lapwing code`. (placeholder) */
export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code (not implemented yet)')
    .action(() => {
      console.error('lapwing code: not implemented yet');
      process.exitCode = 2;
    });
}
