import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatProblem } from '../../core/problem.js';
import { redactUrl } from '../../core/redact-url.js';
import { action, EXIT, UsageError } from '../exit-codes.js';
import { detailLine, summaryLine } from '../ingest-summary.js';

/**
 * The bundled demo corpus, found relative to this module (src/cli/commands or dist/cli/commands,
 * both three levels below the package root), so that `lapwing demo` works from any directory.
 */
export function demoCorpusDir(): string {
  return fileURLToPath(new URL('../../../demo/', import.meta.url));
}

interface DemoFlags {
  db: string;
  port: string;
  host: string;
  serve: boolean;
  token?: string;
}

/** Registers `lapwing demo`: ingest the bundled corpus, then serve the dashboard. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus and serve the dashboard (what npm start runs)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL', 'lapwing-demo.sqlite')
    .option('--port <n>', 'HTTP port', '8080')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'bearer token that enables POST /api/articles (default: $LAPWING_TOKEN)')
    .option('--no-serve', 'ingest only, do not start the server')
    .action(
      action(async (flags: DemoFlags) => {
        const port = Number(flags.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UsageError(`--port ${JSON.stringify(flags.port)}: expected 0-65535`);
        const dir = demoCorpusDir();
        if (!existsSync(dir)) throw new Error(`demo corpus not found at ${dir}`);
        const { runIngest } = await import('../../pipeline/ingest-run.js');
        const { openStore } = await import('../../store/open-store.js');
        const { startServer } = await import('../../api/server.js');
        const store = await openStore(flags.db);
        let keepOpen = false;
        try {
          const result = await runIngest({
            store,
            inputs: [dir],
            onProblem: (p) => {
              if (p.severity !== 'warning') process.stderr.write(`${formatProblem(p)}\n`);
            },
          });
          process.stdout.write(`demo corpus -> ${redactUrl(flags.db)}: ${summaryLine(result)}\n`);
          if (result.stored > 0) process.stdout.write(`${detailLine(result)}\n`);
          process.stdout.write(
            `query it with: lapwing stats --db ${flags.db}  (or lapwing incidents --db ${flags.db})\n`,
          );
          if (result.failed > 0) process.exitCode = EXIT.someFailed;
          if (!flags.serve) return;
          const server = await startServer({
            store,
            port,
            host: flags.host,
            token: flags.token ?? process.env.LAPWING_TOKEN,
          });
          keepOpen = true;
          process.stdout.write(`Lapwing dashboard: ${server.url}  (Ctrl+C to stop)\n`);
          const shutdown = async () => {
            await server.close().catch(() => {});
            await store.close().catch(() => {});
            process.exit(process.exitCode ?? 0);
          };
          process.once('SIGINT', shutdown);
          process.once('SIGTERM', shutdown);
        } finally {
          if (!keepOpen) await store.close();
        }
      }),
    );
}
