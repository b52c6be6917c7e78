import type { Command } from 'commander';
import { formatProblem } from '../../core/problem.js';
import { withDictionaryOption } from '../dictionary-option.js';

/** Registers `lapwing eval`: scores our coder (or a predictions file) against a gold file. */
export function registerEval(program: Command): void {
  withDictionaryOption(program.command('eval'))
    .description('score the event coder or the actor resolver against a gold JSONL file')
    .requiredOption('--gold <file>', 'gold JSONL (event records, or actor records with "expect")')
    .option('--pred <file>', 'score this predictions JSONL ({id, events}) instead of running the coder')
    .option('--json', 'print the scores as JSON')
    .option('--errors', 'list misses and false alarms with their sentence')
    .option('--all-claims', 'also score negated and hypothetical events (left out by default)')
    .action(
      async (opts: {
        gold: string;
        pred?: string;
        json?: boolean;
        errors?: boolean;
        allClaims?: boolean;
      }) => {
        // Loaded here so that other commands and --help do not pay for the pipeline's start-up.
        const { formatEval, runEval } = await import('../../eval/run-eval.js');
        const r = runEval(opts.gold, opts.pred, !!opts.allClaims);
        for (const p of r.problems) console.error(formatProblem(p));
        if (r.kind === 'failed') {
          process.exitCode = 2;
          return;
        }
        if (opts.json) {
          const { scores } = r;
          const data = opts.errors ? scores : { ...scores, errors: undefined };
          console.log(JSON.stringify({ kind: r.kind, gold: r.gold, ...data }, null, 2));
        } else {
          console.log(formatEval(r, !!opts.errors));
        }
        if (r.problems.length) process.exitCode = 1;
      },
    );
}
