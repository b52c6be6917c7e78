import { type Command, InvalidArgumentError } from 'commander';
import { getLogger } from '../../core/logger.js';
import { parseDuration } from '../../queue/queue-options.js';
import { DEFAULT_WORKER_OPTIONS, runWorker } from '../../queue/run-worker.js';

function duration(value: string): number {
  const ms = parseDuration(value);
  if (ms === null)
    throw new InvalidArgumentError(
      `expected a duration such as 500ms, 30s or 2m, got ${JSON.stringify(value)}`,
    );
  return ms;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

/** Registers `lapwing worker`: processes articles from the NATS JetStream queue into a store. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process articles from a NATS JetStream queue into the store (run as many as you like)')
    .requiredOption('--queue <url>', 'NATS server URL, e.g. nats://127.0.0.1:4222', process.env.LAPWING_QUEUE)
    .option(
      '--db <db>',
      'SQLite file or postgres:// URL (PostgreSQL for several workers)',
      process.env.LAPWING_DB ?? 'lapwing.sqlite',
    )
    .option('--stream <name>', 'JetStream stream (default LAPWING_STREAM or LAPWING_ARTICLES)')
    .option('--consumer <name>', 'durable consumer shared by the workers (default lapwing-workers)')
    .option(
      '--ack-wait <duration>',
      'time to ack before a message goes to another worker',
      duration,
      DEFAULT_WORKER_OPTIONS.ackWaitMs,
    )
    .option('--batch <n>', 'messages pulled per fetch', positive, DEFAULT_WORKER_OPTIONS.batch)
    .option(
      '--max-attempts <n>',
      'deliveries before a failing article is dropped',
      positive,
      DEFAULT_WORKER_OPTIONS.maxAttempts,
    )
    .option(
      '--incidents-every <duration>',
      'minimum time between incident rebuilds',
      duration,
      DEFAULT_WORKER_OPTIONS.incidentsIntervalMs,
    )
    .option('--no-incidents', 'do not rebuild incidents (another process does)')
    .option('--drain', 'exit once the queue is empty and nothing is in progress')
    .option('--json', 'print the summary as JSON')
    .action(async (o) => {
      const controller = new AbortController();
      const stop = (signal: NodeJS.Signals): void => {
        if (controller.signal.aborted) {
          // A second signal means "now": unacked messages go to other workers after the ack wait.
          getLogger().warn({ signal }, 'stopping now');
          process.exit(130);
        }
        getLogger().warn({ signal }, 'stopping after the article in hand');
        controller.abort();
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
      const summary = await runWorker({
        queue: o.queue,
        db: o.db,
        stream: o.stream,
        consumer: o.consumer,
        ackWaitMs: o.ackWait,
        batch: o.batch,
        fetchWaitMs: DEFAULT_WORKER_OPTIONS.fetchWaitMs,
        drain: Boolean(o.drain),
        incidentsIntervalMs: o.incidents === false ? null : o.incidentsEvery,
        maxAttempts: o.maxAttempts,
        signal: controller.signal,
      });
      if (o.json) {
        console.log(JSON.stringify(summary));
      } else {
        console.log(
          `worker: ${summary.processed} messages in ${summary.seconds.toFixed(1)} s: ${summary.stored} stored, ${summary.duplicates} already stored, ${summary.failed} failed; ${summary.incidentRebuilds} incident rebuilds`,
        );
      }
      process.exitCode = summary.failed > 0 ? 1 : 0;
    });
}
