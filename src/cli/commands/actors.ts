import type { Command } from 'commander';

/** Registers `lapwing actors`. (placeholder) */
export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('actors (not implemented yet)')
    .action(() => {
      console.error('lapwing actors: not implemented yet');
      process.exitCode = 2;
    });
}
