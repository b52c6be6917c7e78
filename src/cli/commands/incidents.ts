import type { Command } from 'commander';
import type { Campaign } from '../../core/records.js';
import { addDbOption, withStore } from '../cli-store.js';
import { action } from '../exit-codes.js';
import { parseDateOption, parseLimit } from '../filter-options.js';
import { outputWidth, renderIncidents } from '../format-events.js';
import { renderTable } from '../format-table.js';

interface IncidentFlags {
  db: string;
  json?: boolean;
  actor?: string;
  type?: string;
  from?: string;
  to?: string;
  place?: string;
  campaign?: string;
  campaigns?: boolean;
  limit?: string;
  cursor?: string;
}

function killedRange(c: Campaign): string {
  const k = c.killed;
  if (!k || k.low === k.high) return String(c.killedSum);
  return `${c.killedSum} (${k.low}-${k.high})`;
}

function verdictCounts(c: Campaign): string {
  if (!c.statedTotals.length) return '-';
  const n = (v: string) => c.statedTotals.filter((t) => t.verdict === v).length;
  return `${n('matches')} match ${n('within-range')} range ${n('disagrees')} disagree`;
}

function renderCampaigns(campaigns: Campaign[], width: number): string {
  const table = renderTable(
    campaigns,
    [
      { header: 'id', value: (c) => c.id },
      { header: 'dates', value: (c) => `${c.date.from}..${c.date.to}` },
      { header: 'incidents', value: (c) => String(c.incidentIds.length), right: true },
      { header: 'killed (low-high)', value: killedRange, right: true },
      { header: 'stated totals', value: verdictCounts },
      { header: 'name', value: (c) => c.name, flex: true },
    ],
    width,
  );
  // One line per stated total, so a disagreeing tally shows its reason.
  const stated = campaigns.flatMap((c) =>
    c.statedTotals.length
      ? [
          '',
          `stated totals of ${c.id}:`,
          renderTable(
            c.statedTotals,
            [
              { header: 'as of', value: (t) => t.asOf ?? '-' },
              { header: 'verdict', value: (t) => t.verdict ?? '-' },
              { header: 'delta', value: (t) => (t.delta === null ? '-' : String(t.delta)), right: true },
              { header: 'outlet', value: (t) => t.outlet ?? '-' },
              { header: 'phrase', value: (t) => t.phrase },
              { header: 'reason', value: (t) => t.reason ?? '-', flex: true },
            ],
            width,
          ),
        ]
      : [],
  );
  return [table, ...stated].join('\n');
}

/** Registers `lapwing incidents`. */
export function registerIncidents(program: Command): void {
  const cmd = program
    .command('incidents')
    .description('list the incident ledger (events merged across articles), or campaigns');
  addDbOption(cmd)
    .option('--actor <code|name>', 'actor code prefix or name substring')
    .option('--type <PLOVER>', 'PLOVER event type')
    .option('--from <YYYY-MM-DD>', 'first incident date, inclusive')
    .option('--to <YYYY-MM-DD>', 'last incident date, inclusive')
    .option('--place <name|ISO3>', 'place name substring or country code')
    .option('--campaign <id>', 'incidents of one campaign')
    .option('--campaigns', 'list campaigns with their running totals instead')
    .option('--limit <n>', 'incidents per page', '50')
    .option('--cursor <cursor>', 'continue from a previous page')
    .option('--json', 'print JSON ({"items", "next"}, or the campaign list)')
    .action(
      action(async (flags: IncidentFlags) => {
        const limit = parseLimit(flags.limit, 50);
        const filter = {
          ...(flags.actor ? { actor: flags.actor } : {}),
          ...(flags.type ? { type: flags.type.toUpperCase() } : {}),
          ...(flags.from ? { from: parseDateOption(flags.from, '--from', false) } : {}),
          ...(flags.to ? { to: parseDateOption(flags.to, '--to', true) } : {}),
          ...(flags.place ? { place: flags.place } : {}),
          ...(flags.campaign ? { campaignId: flags.campaign } : {}),
        };
        await withStore(
          flags.db,
          async (store) => {
            if (flags.campaigns) {
              const campaigns = await store.listCampaigns();
              if (flags.json) process.stdout.write(`${JSON.stringify(campaigns)}\n`);
              else
                process.stdout.write(
                  campaigns.length ? `${renderCampaigns(campaigns, outputWidth())}\n` : 'no campaigns\n',
                );
              return;
            }
            const page = await store.queryIncidents(filter, { limit, cursor: flags.cursor ?? null });
            if (flags.json) {
              process.stdout.write(`${JSON.stringify(page)}\n`);
              return;
            }
            process.stdout.write(
              page.items.length ? `${renderIncidents(page.items, outputWidth())}\n` : 'no incidents match\n',
            );
            if (page.next) process.stderr.write(`more: --cursor ${page.next}\n`);
          },
          { mustExist: true },
        );
      }),
    );
}
