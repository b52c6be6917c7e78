import { type Command, InvalidArgumentError, Option } from 'commander';
import { getLogger } from '../../core/logger.js';
import { parseDuration } from '../../queue/queue-options.js';
import { addDbOption, DEFAULT_DB } from '../cli-store.js';
import { withDictionaryOption } from '../dictionary-option.js';
import { action, EXIT } from '../exit-codes.js';

/** Defaults of `runWorker`, repeated here so that `--help` does not load the pipeline. */
const DEFAULTS = {
  ackWaitMs: 30_000,
  batch: 16,
  fetchWaitMs: 1000,
  incidentsIntervalMs: 2000,
  maxAttempts: 5,
};

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

interface WorkerFlags {
  queue: string;
  db: string;
  stream?: string;
  consumer?: string;
  ackWait: number;
  batch: number;
  maxAttempts: number;
  incidentsEvery: number;
  incidents: boolean;
  drain?: boolean;
  json?: boolean;
}

/** Registers `lapwing worker`: processes articles from the NATS JetStream queue into a store. */
export function registerWorker(program: Command): void {
  const cmd = withDictionaryOption(program.command('worker'))
    .description('process articles from a NATS JetStream queue into the store (run as many as you like)')
    .requiredOption(
      '--queue <url>',
      'NATS server URL, e.g. nats://127.0.0.1:4222',
      process.env.LAPWING_QUEUE,
    );
  addDbOption(cmd, process.env.LAPWING_DB ?? DEFAULT_DB)
    .option('--stream <name>', 'JetStream stream (default LAPWING_STREAM or LAPWING_ARTICLES)')
    .option('--consumer <name>', 'durable consumer shared by the workers (default lapwing-workers)')
    .addOption(
      new Option('--ack-wait <duration>', 'time to ack before a message goes to another worker')
        .argParser(duration)
        .default(DEFAULTS.ackWaitMs, '30s'),
    )
    .option('--batch <n>', 'messages pulled per fetch', positive, DEFAULTS.batch)
    .option(
      '--max-attempts <n>',
      'deliveries before a failing article is dropped',
      positive,
      DEFAULTS.maxAttempts,
    )
    .addOption(
      new Option('--incidents-every <duration>', 'minimum time between incident rebuilds')
        .argParser(duration)
        .default(DEFAULTS.incidentsIntervalMs, '2s'),
    )
    .option('--no-incidents', 'do not rebuild incidents (another process does)')
    .option('--drain', 'exit once the queue is empty and nothing is in progress')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nExit codes: 0 stopped cleanly, 1 some articles were dropped, 2 usage error, 3 fatal.',
    )
    .action(
      action(async (o: WorkerFlags) => {
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
        // Loaded here: the pipeline's data and models are only worth loading when there is work.
        const { runWorker } = await import('../../queue/run-worker.js');
        const summary = await runWorker({
          queue: o.queue,
          db: o.db,
          stream: o.stream,
          consumer: o.consumer,
          ackWaitMs: o.ackWait,
          batch: o.batch,
          fetchWaitMs: DEFAULTS.fetchWaitMs,
          drain: o.drain === true,
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
        process.exitCode = summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
      }),
    );
}
