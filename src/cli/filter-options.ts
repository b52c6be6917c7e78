import type { Command } from 'commander';
import type { ClaimStatus } from '../core/records.js';
import type { EventFilter } from '../store/store.js';
import { ALL_CLAIMS } from './claim-statuses.js';
import { UsageError } from './exit-codes.js';

/** Options as commander hands them over. */
export interface FilterFlags {
  actor?: string;
  recipient?: string;
  dyad?: string;
  type?: string;
  cameoRoot?: string;
  claim?: string;
  from?: string;
  to?: string;
  place?: string;
  text?: string;
  limit?: string;
  cursor?: string;
}

/** Adds the event filters shared by `events` and `export`. */
export function addEventFilterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <code|name>', 'actor code prefix (USAGOV, COL) or name substring, on either side')
    .option('--recipient <code|name>', 'recipient code prefix or name substring')
    .option('--dyad <A,B>', 'events between two actor code prefixes, either direction')
    .option('--type <PLOVER>', 'PLOVER event type (ASSAULT, SANCTION, THREATEN...)')
    .option('--cameo-root <NN>', 'CAMEO root code, two digits (01-20)')
    .option(
      '--claim <list>',
      'claim statuses, comma-separated, or "all" (default: all but negated and hypothetical)',
    )
    .option('--from <YYYY-MM-DD>', 'first event date, inclusive')
    .option('--to <YYYY-MM-DD>', 'last event date, inclusive')
    .option('--place <name|ISO3>', 'place name substring or country code')
    .option('--text <words>', 'substring of the evidence sentence');
}

/** Checks an ISO date option; `YYYY` and `YYYY-MM` widen to the first or last day. */
export function parseDateOption(value: string | undefined, flag: string, end: boolean): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  let m = /^(\d{4})$/.exec(v);
  if (m) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    if (Number(m[2]) >= 1 && Number(m[2]) <= 12)
      return end ? `${v}-${String(last).padStart(2, '0')}` : `${v}-01`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const t = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(t.getTime()) && t.toISOString().startsWith(v)) return v;
  }
  throw new UsageError(`${flag} ${JSON.stringify(value)}: expected a date YYYY-MM-DD (or YYYY-MM, YYYY)`);
}

/** Parses `--limit`, a positive integer up to `max`. */
export function parseLimit(value: string | undefined, fallback: number, max = 10_000): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--limit ${JSON.stringify(value)}: expected an integer from 1 to ${max}`);
  return n;
}

/** Turns the filter flags into an {@link EventFilter}, rejecting malformed values. */
export function parseEventFilter(flags: FilterFlags): EventFilter {
  const f: EventFilter = {};
  if (flags.actor) f.actor = flags.actor;
  if (flags.recipient) f.recipient = flags.recipient;
  if (flags.dyad) {
    const parts = flags.dyad.split(',').map((s) => s.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw new UsageError(`--dyad ${JSON.stringify(flags.dyad)}: expected two actor codes, A,B`);
    f.dyad = [parts[0].toUpperCase(), parts[1].toUpperCase()];
  }
  if (flags.type) f.type = flags.type.trim().toUpperCase();
  if (flags.cameoRoot) {
    const r = flags.cameoRoot.trim().padStart(2, '0');
    if (!/^(0[1-9]|1\d|20)$/.test(r))
      throw new UsageError(
        `--cameo-root ${JSON.stringify(flags.cameoRoot)}: expected a CAMEO root from 01 to 20`,
      );
    f.cameoRoot = r;
  }
  if (flags.claim) {
    const wanted = flags.claim
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    if (wanted.includes('all')) f.claim = [...ALL_CLAIMS];
    else {
      const bad = wanted.filter((c) => !ALL_CLAIMS.includes(c as ClaimStatus));
      if (bad.length || !wanted.length)
        throw new UsageError(
          `--claim ${JSON.stringify(flags.claim)}: expected "all" or some of ${ALL_CLAIMS.join(', ')}`,
        );
      f.claim = wanted as ClaimStatus[];
    }
  }
  f.from = parseDateOption(flags.from, '--from', false);
  f.to = parseDateOption(flags.to, '--to', true);
  if (f.from && f.to && f.from > f.to) throw new UsageError(`--from ${f.from} is after --to ${f.to}`);
  if (!f.from) delete f.from;
  if (!f.to) delete f.to;
  if (flags.place) f.place = flags.place;
  if (flags.text) f.text = flags.text;
  return f;
}
