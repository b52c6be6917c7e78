import type { Command } from 'commander';
import type { StoreStats } from '../../store/store.js';
import { addDbOption, withStore } from '../cli-store.js';
import { action } from '../exit-codes.js';

function breakdown(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length ? ` (${entries.map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
}

/** Renders the store's counts, one per line. */
export function renderStats(s: StoreStats): string {
  return [
    `articles   ${s.articles}${breakdown(s.articlesByLanguage)}`,
    `sentences  ${s.sentences}`,
    `mentions   ${s.mentions}`,
    `events     ${s.events}${breakdown(s.eventsByType)}`,
    `incidents  ${s.incidents}`,
    `campaigns  ${s.campaigns}`,
    `runs       ${s.runs}`,
  ].join('\n');
}

/** Registers `lapwing stats`. */
export function registerStats(program: Command): void {
  const cmd = program.command('stats').description('count what the database holds');
  addDbOption(cmd)
    .option('--json', 'print the counts as JSON')
    .action(
      action(async (flags: { db: string; json?: boolean }) => {
        const stats = await withStore(flags.db, (store) => store.stats(), { mustExist: true });
        process.stdout.write(flags.json ? `${JSON.stringify(stats)}\n` : `${renderStats(stats)}\n`);
      }),
    );
}
