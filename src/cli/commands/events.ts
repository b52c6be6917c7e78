import type { Command } from 'commander';
import { addDbOption, withStore } from '../cli-store.js';
import { action } from '../exit-codes.js';
import { addEventFilterOptions, type FilterFlags, parseEventFilter, parseLimit } from '../filter-options.js';
import { outputWidth, renderEvents } from '../format-events.js';

/** Registers `lapwing events`. */
export function registerEvents(program: Command): void {
  const cmd = program.command('events').description('list stored events with filters (see also: export)');
  addEventFilterOptions(addDbOption(cmd))
    .option('--limit <n>', 'events per page', '20')
    .option('--cursor <cursor>', 'continue from a previous page')
    .option('--json', 'print {"items": [...], "next": cursor} as JSON')
    .action(
      action(async (flags: FilterFlags & { db: string; json?: boolean }) => {
        const filter = parseEventFilter(flags);
        const limit = parseLimit(flags.limit, 20);
        const page = await withStore(
          flags.db,
          (store) => store.queryEvents(filter, { limit, cursor: flags.cursor ?? null }),
          {
            mustExist: true,
          },
        );
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(page)}\n`);
          return;
        }
        if (page.items.length === 0) {
          process.stdout.write('no events match\n');
          return;
        }
        process.stdout.write(`${renderEvents(page.items, outputWidth())}\n`);
        if (page.next) process.stderr.write(`more: --cursor ${page.next}\n`);
      }),
    );
}
