import { Command } from 'commander';
import { getLogger } from '../core/logger.js';
import { commands } from './commands/index.js';
import { applyDictionaryOption } from './dictionary-option.js';

/** The `lapwing` command line. Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 fatal. */
const program = new Command();
program
  .name('lapwing')
  .description('Turn news into political event data: who did what to whom, when, where, and on whose word.')
  .version('0.1.0')
  .option('--log-level <level>', 'structured log level on stderr (trace, debug, info, warn, error)', 'warn')
  .hook('preAction', (cmd, actionCmd) => {
    getLogger(cmd.opts().logLevel);
    applyDictionaryOption(actionCmd);
  })
  .showHelpAfterError()
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

for (const register of commands) register(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`lapwing: ${(err as Error).stack ?? String(err)}`);
  process.exit(3);
});
