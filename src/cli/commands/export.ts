import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { loadArticleMeta } from '../article-meta.js';
import { addDbOption, withStore } from '../cli-store.js';
import { action, UsageError } from '../exit-codes.js';
import { addEventFilterOptions, type FilterFlags, parseEventFilter } from '../filter-options.js';
import { csvHeader, csvRow } from '../format-csv.js';
import { gdeltHeader, gdeltRow } from '../format-gdelt.js';
import { ploverRecord } from '../format-plover.js';

const FORMATS = ['jsonl', 'csv', 'gdelt', 'plover'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags extends FilterFlags {
  db: string;
  format: string;
  out?: string;
  header: boolean;
}

/** Writes a line, waiting when the stream's buffer is full so that big exports stay in bounded memory. */
async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

/** Registers `lapwing export`. */
export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('write events as JSONL, CSV, GDELT 1.0 (tab-separated) or PLOVER JSONL');
  addEventFilterOptions(addDbOption(cmd))
    .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'jsonl')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--no-header', 'omit the header line (csv, gdelt)')
    .action(
      action(async (flags: ExportFlags) => {
        const format = flags.format.toLowerCase() as Format;
        if (!FORMATS.includes(format))
          throw new UsageError(
            `--format ${JSON.stringify(flags.format)}: expected one of ${FORMATS.join(', ')}`,
          );
        const filter = parseEventFilter(flags);
        let out: Writable = process.stdout;
        // `lapwing export | head` closes the pipe early: that ends the export, it is not an error.
        process.stdout.on('error', (e: NodeJS.ErrnoException) => {
          if (e.code === 'EPIPE') process.exit(0);
          throw e;
        });
        const now = new Date();
        const dateAdded = now.toISOString().slice(0, 10).replace(/-/g, '');
        const codedDate = now.toISOString().slice(0, 10);
        let n = 0;
        await withStore(
          flags.db,
          async (store) => {
            if (flags.out) {
              out = createWriteStream(flags.out);
              await once(out, 'open');
            }
            const meta = format === 'jsonl' ? null : await loadArticleMeta(store);
            if (flags.header && format === 'csv') await writeLine(out, csvHeader());
            if (flags.header && format === 'gdelt') await writeLine(out, gdeltHeader());
            for await (const e of store.iterateEvents(filter)) {
              const m = meta?.get(e.articleId);
              const line =
                format === 'jsonl'
                  ? JSON.stringify(e)
                  : format === 'csv'
                    ? csvRow(e, m)
                    : format === 'gdelt'
                      ? gdeltRow(e, m, dateAdded)
                      : JSON.stringify(ploverRecord(e, m, codedDate));
              await writeLine(out, line);
              n++;
            }
          },
          { mustExist: true },
        );
        if (flags.out) {
          out.end();
          await once(out, 'finish');
          process.stderr.write(`wrote ${n} events to ${flags.out}\n`);
        }
      }),
    );
}
