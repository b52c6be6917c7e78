import type { Command } from 'commander';
import { startServer } from '../../api/server.js';
import { openStore } from '../../store/open-store.js';

/** Default SQLite file in the working directory, as the other commands use. */
const DEFAULT_DB = 'lapwing.sqlite';

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new Error(`--port: expected 0 to 65535, got ${value}`);
  return n;
}

/** Registers `lapwing serve`: the HTTP API and the dashboard over one store. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json) and the dashboard (/)')
    .option('--db <path>', 'SQLite file or postgres:// URL', process.env.LAPWING_DB ?? DEFAULT_DB)
    .option('--port <port>', 'port to listen on (0 = any free port)', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'bearer token that enables POST /api/articles (default: env LAPWING_TOKEN)')
    .option('--body-limit <bytes>', 'largest accepted request body in bytes', String(2 * 1024 * 1024))
    .action(async (opts: { db: string; port: string; host: string; token?: string; bodyLimit: string }) => {
      let port: number;
      let bodyLimit: number;
      try {
        port = parsePort(opts.port);
        bodyLimit = Number(opts.bodyLimit);
        if (!Number.isInteger(bodyLimit) || bodyLimit < 1)
          throw new Error(`--body-limit: expected a positive integer, got ${opts.bodyLimit}`);
      } catch (e) {
        console.error(`lapwing serve: ${(e as Error).message}`);
        process.exitCode = 2;
        return;
      }
      const token = opts.token ?? process.env.LAPWING_TOKEN ?? undefined;
      const store = await openStore(opts.db);
      await store.migrate();
      const server = await startServer({
        store,
        port,
        host: opts.host,
        token: token || undefined,
        bodyLimit,
      });
      console.log(
        `lapwing: serving ${opts.db} at ${server.url}/ (API ${server.url}/api, ${server.url}/openapi.json)`,
      );
      if (!token) console.log('lapwing: POST /api/articles is disabled (no --token or LAPWING_TOKEN)');
      const stop = async () => {
        await server.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
