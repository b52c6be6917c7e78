import type { Command } from 'commander';

/** Registers `lapwing demo`. (placeholder) */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('demo (not implemented yet)')
    .action(() => {
      console.error('lapwing demo: not implemented yet');
      process.exitCode = 2;
    });
}
