import type { Command } from 'commander';
import { addDbOption, withStore } from '../cli-store.js';
import { action, EXIT, UsageError } from '../exit-codes.js';
import { createIngestDisplay } from '../ingest-progress.js';
import { detailLine, summaryLine } from '../ingest-summary.js';

interface IngestFlags {
  db: string;
  json?: boolean;
  feed?: boolean;
  followLinks?: boolean;
  allowPrivateUrls?: boolean;
  timeout: string;
  maxFileMb: string;
  maxArticleKb: string;
  maxFetchMb: string;
  rebuildIncidents?: boolean;
  quiet?: boolean;
  queue?: string;
  stream?: string;
  threads: string;
}

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} ${JSON.stringify(value)}: expected a positive number`);
  return n;
}

function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--threads ${JSON.stringify(value)}: expected a whole number from 1 to 64`);
  return n;
}

/** Registers `lapwing ingest PATH... | -`. */
export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('read articles from files, folders, URLs, feeds or - (stdin); code and store them')
    .argument('[inputs...]', 'files, folders (recursive), http(s) URLs, or - for stdin');
  addDbOption(cmd)
    .option('--json', 'print the summary and problems as JSON on stdout')
    .option('--feed', 'treat every input as an RSS or Atom feed')
    .option('--follow-links', 'fetch the page of feed items that carry only a summary')
    .option(
      '--allow-private-urls',
      'let followed links and redirects reach loopback, private, link-local and metadata addresses (refused by default)',
    )
    .option('--timeout <seconds>', 'time allowed per URL fetch', '15')
    .option('--max-file-mb <n>', 'largest file read', '50')
    .option('--max-article-kb <n>', 'largest article text (UTF-8); a longer article is refused', '500')
    .option('--max-fetch-mb <n>', 'largest body fetched from a URL', '20')
    .option('--rebuild-incidents', 'rebuild the incident ledger even if nothing new was stored')
    .option('-q, --quiet', 'no progress bar')
    .option(
      '--queue <url>',
      'publish the articles to NATS JetStream for `lapwing worker` instead of storing them',
    )
    .option('--stream <name>', 'JetStream stream for --queue (default LAPWING_STREAM or LAPWING_ARTICLES)')
    .option('--threads <n>', 'worker threads that code articles in parallel (storage stays in order)', '1')
    .addHelpText(
      'after',
      '\nExit codes: 0 all inputs stored or already present, 1 some inputs failed, 2 usage error, 3 fatal.',
    )
    .action(
      action(async (inputs: string[], flags: IngestFlags) => {
        if (inputs.length === 0)
          throw new UsageError('ingest: give at least one file, folder, URL or - (stdin)');
        if (inputs.filter((i) => i === '-').length > 1)
          throw new UsageError('ingest: - (stdin) may be given only once');
        const read = {
          feed: flags.feed === true,
          followFeedLinks: flags.followLinks === true,
          allowPrivateUrls: flags.allowPrivateUrls === true,
          fetchTimeoutMs: positive(flags.timeout, '--timeout') * 1000,
          maxFileBytes: Math.round(positive(flags.maxFileMb, '--max-file-mb') * 1024 * 1024),
          maxArticleBytes: Math.round(positive(flags.maxArticleKb, '--max-article-kb') * 1024),
          maxFetchBytes: Math.round(positive(flags.maxFetchMb, '--max-fetch-mb') * 1024 * 1024),
        };
        const threads = threadCount(flags.threads);
        if (flags.queue) {
          await ingestToQueue(inputs, flags, read);
          return;
        }
        // The pipeline loads language models: imported only when there is work for it.
        const { countInputs } = await import('../../ingest/read-inputs.js');
        const { runIngest } = await import('../../pipeline/ingest-run.js');
        const display = createIngestDisplay(
          await countInputs(inputs),
          flags.quiet === true || flags.json === true,
        );
        const result = await withStore(flags.db, (store) =>
          runIngest({
            store,
            inputs,
            read: { ...read, onInputDone: () => display.onInputDone() },
            rebuildIncidents: flags.rebuildIncidents === true,
            threads,
            onProgress: (p) => display.onProgress(p),
            onProblem: flags.json ? undefined : (p) => display.onProblem(p),
          }),
        ).finally(() => display.stop());
        if (flags.json) {
          const { storedIds: _ids, ...rest } = result;
          process.stdout.write(`${JSON.stringify(rest)}\n`);
        } else {
          process.stdout.write(`${summaryLine(result)}\n`);
          if (result.stored > 0) process.stdout.write(`${detailLine(result)}\n`);
        }
        process.exitCode = result.failed > 0 ? EXIT.someFailed : EXIT.ok;
      }),
    );
}

/** `ingest --queue`: reads the inputs and publishes the articles; workers code and store them. */
async function ingestToQueue(
  inputs: string[],
  flags: IngestFlags,
  read: Record<string, unknown>,
): Promise<void> {
  const { countInputs } = await import('../../ingest/read-inputs.js');
  const { queueInputs } = await import('../../queue/queue-inputs.js');
  const display = createIngestDisplay(await countInputs(inputs), flags.quiet === true || flags.json === true);
  const result = await queueInputs({
    queue: flags.queue as string,
    stream: flags.stream,
    inputs,
    read: { ...read, onInputDone: () => display.onInputDone() },
    onProblem: flags.json ? undefined : (p) => display.onProblem(p),
    onProgress: (c) => display.onProgress({ ...c, skipped: 0, events: 0, notCoded: 0 }),
  }).finally(() => display.stop());
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write(
      `queued ${result.published}, already queued ${result.duplicates}, skipped ${result.skipped}, failed ${result.failed}\n`,
    );
  }
  process.exitCode = result.failed > 0 ? EXIT.someFailed : EXIT.ok;
}
