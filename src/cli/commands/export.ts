import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import type { CodedEvent } from '../../core/records.js';
import { type ArticleMeta, loadArticleMeta } from '../article-meta.js';
import { eventCasualties } from '../casualty-figures.js';
import { addDbOption, withStore } from '../cli-store.js';
import { action, UsageError } from '../exit-codes.js';
import { addEventFilterOptions, type FilterFlags, parseEventFilter } from '../filter-options.js';
import { CSV_EOL, csvHeader, csvRow } from '../format-csv.js';
import { gdeltHeader, gdeltRow, gdeltTimestamp } from '../format-gdelt.js';
import { gdelt1Header, gdelt1Row } from '../format-gdelt1.js';
import { ploverRecord } from '../format-plover.js';
import type { GeoCodes } from '../gdelt-fields.js';
import { type IncidentIndex, loadIncidentIndex } from '../incident-index.js';

const FORMATS = ['jsonl', 'csv', 'gdelt', 'gdelt1', 'plover'] as const;
type Format = (typeof FORMATS)[number];
const GEO_CODES = ['fips', 'iso3'] as const;

interface ExportFlags extends FilterFlags {
  db: string;
  format: string;
  out?: string;
  header: boolean;
  geoCodes: string;
}

/** Writes a line, waiting when the stream's buffer is full so that big exports stay in bounded memory. */
async function writeLine(out: Writable, line: string, eol = '\n'): Promise<void> {
  if (!out.write(`${line}${eol}`)) await once(out, 'drain');
}

/** A jsonl record: the stored event plus the ledger incident it reports (see casualty-figures.ts). */
function jsonlRecord(e: CodedEvent, incidents: IncidentIndex): string {
  const c = eventCasualties(e, incidents);
  if (!c.incident) return JSON.stringify(e);
  const incident = {
    id: c.incident.id,
    counted: c.counted,
    ...(c.incidentKilled ? { killed: c.incidentKilled } : {}),
    ...(c.incidentInjured ? { injured: c.incidentInjured } : {}),
  };
  return JSON.stringify({ ...e, incident });
}

function formatLine(
  format: Format,
  e: CodedEvent,
  m: ArticleMeta | undefined,
  ctx: { incidents: IncidentIndex; now: Date; geo: GeoCodes },
): string {
  switch (format) {
    case 'jsonl':
      return jsonlRecord(e, ctx.incidents);
    case 'csv':
      return csvRow(e, m, ctx.incidents);
    case 'gdelt':
      return gdeltRow(e, m, gdeltTimestamp(ctx.now), ctx.geo);
    case 'gdelt1':
      return gdelt1Row(e, m, gdeltTimestamp(ctx.now), ctx.geo);
    case 'plover':
      return JSON.stringify(ploverRecord(e, m, ctx.now.toISOString().slice(0, 10), ctx.incidents));
  }
}

/** Registers `lapwing export`. */
export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('write events as JSONL, CSV (RFC 4180), GDELT 2.0 or 1.0 (tab-separated) or PLOVER JSONL');
  addEventFilterOptions(addDbOption(cmd))
    .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'jsonl')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--no-header', 'omit the header line (csv, gdelt, gdelt1)')
    .option(
      '--geo-codes <scheme>',
      'country codes of the GDELT geography columns: fips (as GDELT) or iso3',
      'fips',
    )
    .action(
      action(async (flags: ExportFlags) => {
        const format = flags.format.toLowerCase() as Format;
        if (!FORMATS.includes(format))
          throw new UsageError(
            `--format ${JSON.stringify(flags.format)}: expected one of ${FORMATS.join(', ')}`,
          );
        const geo = flags.geoCodes.toLowerCase() as GeoCodes;
        if (!GEO_CODES.includes(geo))
          throw new UsageError(`--geo-codes ${JSON.stringify(flags.geoCodes)}: expected fips or iso3`);
        const filter = parseEventFilter(flags);
        let out: Writable = process.stdout;
        // `lapwing export | head` closes the pipe early: that ends the export, it is not an error.
        process.stdout.on('error', (e: NodeJS.ErrnoException) => {
          if (e.code === 'EPIPE') process.exit(0);
          throw e;
        });
        const now = new Date();
        const eol = format === 'csv' ? CSV_EOL : '\n';
        let n = 0;
        await withStore(
          flags.db,
          async (store) => {
            if (flags.out) {
              out = createWriteStream(flags.out);
              await once(out, 'open');
            }
            const meta = format === 'jsonl' ? null : await loadArticleMeta(store);
            const incidents = await loadIncidentIndex(store);
            if (flags.header && format === 'csv') await writeLine(out, csvHeader(), eol);
            if (flags.header && format === 'gdelt') await writeLine(out, gdeltHeader());
            if (flags.header && format === 'gdelt1') await writeLine(out, gdelt1Header());
            const ctx = { incidents, now, geo };
            for await (const e of store.iterateEvents(filter)) {
              await writeLine(out, formatLine(format, e, meta?.get(e.articleId), ctx), eol);
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
