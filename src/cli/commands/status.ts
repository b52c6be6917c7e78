import { type Command, InvalidArgumentError, Option } from 'commander';
import { parseDuration } from '../../queue/queue-options.js';
import type { QueueStatus } from '../../queue/queue-status.js';
import type { StoreStats } from '../../store/store.js';
import { withStore } from '../cli-store.js';
import { action } from '../exit-codes.js';

function duration(value: string): number {
  const ms = parseDuration(value);
  if (ms === null)
    throw new InvalidArgumentError(`expected a duration such as 500ms or 2s, got ${JSON.stringify(value)}`);
  return ms;
}

function fmt(n: number | null, unit = ''): string {
  return n === null ? 'n/a' : `${n}${unit}`;
}

function printHuman(q: QueueStatus, store: StoreStats | null): void {
  console.log(`queue     ${q.url}  stream ${q.stream}  consumer ${q.consumer}`);
  if (!q.exists) {
    console.log('          no stream yet: nothing has been published');
  } else {
    console.log(
      `depth     ${q.messages} articles waiting (${q.pending} not yet delivered, ${q.ackPending} in progress)`,
    );
    console.log(
      `published ${q.published} in total, ${q.redelivered} redelivered now, ${q.waitingPulls} workers waiting`,
    );
    console.log(`rate      ${fmt(q.throughput, ' articles/s')} over ${q.sampledMs} ms`);
    console.log(
      `lag       ${fmt(q.lagSeconds, ' s')} (oldest waiting article), eta ${fmt(q.etaSeconds, ' s')}`,
    );
  }
  if (store)
    console.log(
      `store     ${store.articles} articles, ${store.events} events, ${store.incidents} incidents, ${store.runs} runs`,
    );
}

interface StatusFlags {
  queue: string;
  db?: string;
  stream?: string;
  consumer?: string;
  sample: number;
  json?: boolean;
}

/** Registers `lapwing status`: queue depth, throughput and lag, and optionally store counts. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show queue depth, throughput and lag (and store counts with --db)')
    .requiredOption('--queue <url>', 'NATS server URL, e.g. nats://127.0.0.1:4222', process.env.LAPWING_QUEUE)
    .option('--db <db>', 'also show counts from this store (SQLite file or postgres:// URL)')
    .option('--stream <name>', 'JetStream stream (default LAPWING_STREAM or LAPWING_ARTICLES)')
    .option('--consumer <name>', 'durable consumer (default lapwing-workers)')
    .addOption(
      new Option('--sample <duration>', 'interval over which throughput is measured (0 to skip)')
        .argParser(duration)
        .default(1000, '1s'),
    )
    .option('--json', 'print JSON')
    .action(
      action(async (o: StatusFlags) => {
        const { queueStatus } = await import('../../queue/queue-status.js');
        const q = await queueStatus(o.queue, { stream: o.stream, consumer: o.consumer, sampleMs: o.sample });
        const stats = o.db ? await withStore(o.db, (store) => store.stats(), { mustExist: true }) : null;
        if (o.json) console.log(JSON.stringify({ queue: q, store: stats }));
        else printHuman(q, stats);
      }),
    );
}
