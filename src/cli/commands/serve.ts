import type { Command } from 'commander';
import { redactUrl } from '../../core/redact-url.js';
import { addDbOption, mustExist, readableDb } from '../cli-store.js';
import { action, UsageError } from '../exit-codes.js';
import { serveWarnings } from '../serve-warnings.js';

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port: expected 0 to 65535, got ${value}`);
  return n;
}

function parseBytes(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1)
    throw new UsageError(`--body-limit: expected a positive number of bytes, got ${value}`);
  return n;
}

/** Registers `lapwing serve`: the HTTP API and the dashboard over one store. */
export function registerServe(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the HTTP API (/api/..., /openapi.json) and the dashboard (/) over a store');
  addDbOption(cmd)
    .option('--port <port>', 'port to listen on (0 = any free port)', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'bearer token that enables POST /api/articles (default: env LAPWING_TOKEN)')
    .option('--body-limit <bytes>', 'largest accepted request body in bytes', String(2 * 1024 * 1024))
    .option('--create', 'start an empty database when the --db file does not exist')
    .action(
      action(
        async (opts: {
          db: string;
          port: string;
          host: string;
          token?: string;
          bodyLimit: string;
          create?: boolean;
        }) => {
          const port = parsePort(opts.port);
          if (!opts.create) {
            opts.db = readableDb(opts.db);
            mustExist(opts.db, 'pass --create to serve a new empty one, or ingest into it first');
          }
          const bodyLimit = parseBytes(opts.bodyLimit);
          const token = opts.token || process.env.LAPWING_TOKEN || undefined;
          for (const w of serveWarnings(opts.host, token)) process.stderr.write(`${w}\n`);
          // Loaded on demand so that --help does not pay for the store and the server.
          const [{ openStore }, { startServer }] = await Promise.all([
            import('../../store/open-store.js'),
            import('../../api/server.js'),
          ]);
          let store: Awaited<ReturnType<typeof openStore>>;
          try {
            store = await openStore(opts.db);
          } catch (e) {
            throw new Error(`cannot open database ${redactUrl(opts.db)}: ${(e as Error).message}`);
          }
          let server: Awaited<ReturnType<typeof startServer>>;
          try {
            server = await startServer({ store, port, host: opts.host, token, bodyLimit });
          } catch (e) {
            await store.close();
            throw new Error(`cannot listen on ${opts.host}:${port}: ${(e as Error).message}`);
          }
          process.stdout.write(
            `Lapwing: serving ${redactUrl(opts.db)} at ${server.url}/  (API ${server.url}/openapi.json)\n`,
          );
          if (!token)
            process.stdout.write('POST /api/articles is disabled: start with --token or LAPWING_TOKEN\n');
          const stop = async () => {
            await server.close().catch(() => {});
            await store.close().catch(() => {});
            process.exit(0);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        },
      ),
    );
}
