import type { Command } from 'commander';
import { addDbOption, withStore } from '../cli-store.js';
import { action, EXIT, UsageError } from '../exit-codes.js';

const ARTICLE_ID = /^art_[0-9a-f]{16}$/;

/**
 * Registers `lapwing delete ARTICLE_ID...`: takedowns and corrections. The articles go with their
 * analysis, sentences, mentions and events in one transaction (rollups follow); then the incident
 * ledger is rebuilt, so incidents they were a source of lose them (or vanish).
 */
export function registerDelete(program: Command): void {
  const cmd = program
    .command('delete')
    .description('delete articles with their sentences, mentions and events, then rebuild incidents')
    .argument('<ids...>', 'article ids (art_ and 16 hex digits, as `lapwing events --json` shows them)');
  addDbOption(cmd)
    .option('--json', 'print what was deleted as JSON')
    .addHelpText(
      'after',
      '\nExit codes: 0 every id deleted, 1 some ids were not stored, 2 usage error, 3 fatal.',
    )
    .action(
      action(async (ids: string[], flags: { db: string; json?: boolean }) => {
        const bad = ids.filter((id) => !ARTICLE_ID.test(id));
        if (bad.length)
          throw new UsageError(
            `delete: ${bad.map((b) => JSON.stringify(b.slice(0, 40))).join(', ')}: expected article ids such as art_0123456789abcdef`,
          );
        const { rebuildIncidents } = await import('../../pipeline/rebuild-incidents.js');
        const result = await withStore(
          flags.db,
          async (store) => {
            const present = new Set<string>();
            for (const id of new Set(ids)) if (await store.hasArticle(id)) present.add(id);
            const counts = await store.deleteArticles([...present]);
            const incidents = await rebuildIncidents(store);
            const missing = [...new Set(ids)].filter((id) => !present.has(id));
            return { ...counts, incidents, notFound: missing };
          },
          { mustExist: true },
        );
        if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stdout.write(
            `deleted ${result.articles} articles (${result.events} events, ${result.mentions} mentions, ${result.sentences} sentences)\n`,
          );
          process.stdout.write(
            `incidents ${result.incidents} after the rebuild (${result.incidentsTouched} cited them)\n`,
          );
          for (const id of result.notFound)
            process.stderr.write(`warning: ${id}: no such article [not-found]\n`);
        }
        process.exitCode = result.notFound.length ? EXIT.someFailed : EXIT.ok;
      }),
    );
}
