import type { Command } from 'commander';

/** Registers `lapwing eval`. (placeholder) */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('eval (not implemented yet)')
    .action(() => {
      console.error('lapwing eval: not implemented yet');
      process.exitCode = 2;
    });
}
