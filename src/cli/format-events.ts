import { dateText } from '../core/date-text.js';
import type { CodedEvent, Incident, IncidentCount } from '../core/records.js';
import { type Column, renderTable } from './format-table.js';

function party(a: { code: string; name: string } | null | undefined): string {
  return a ? `${a.code} ${a.name}`.trim() : '-';
}

/** Columns of `lapwing events`: date, type, CAMEO, actor, recipient, claim, evidence. */
export const EVENT_COLUMNS: Column<CodedEvent>[] = [
  {
    header: 'date',
    value: (e) => dateText(e.date),
  },
  { header: 'type', value: (e) => (e.mode ? `${e.type}/${e.mode}` : e.type) },
  { header: 'cameo', value: (e) => e.cameo },
  { header: 'actor', value: (e) => party(e.actor) },
  { header: 'recipient', value: (e) => party(e.recipient) },
  { header: 'claim', value: (e) => e.claim },
  { header: 'evidence', value: (e) => e.evidence.text, flex: true },
];

/** Renders events as a table for the terminal. */
export function renderEvents(events: CodedEvent[], width: number): string {
  return renderTable(events, EVENT_COLUMNS, width);
}

function range(r: IncidentCount | undefined): string {
  if (!r) return '-';
  const { low, best, high } = r;
  if (r.open && low !== null) return `${low}+`;
  if (low !== null && high !== null && low !== high)
    return `${low}-${high}${best !== null ? ` (${best})` : ''}`;
  return String(best ?? low ?? high ?? '-');
}

/** Columns of `lapwing incidents`. */
export const INCIDENT_COLUMNS: Column<Incident>[] = [
  {
    header: 'date',
    value: (i) => dateText(i.date),
  },
  { header: 'type', value: (i) => i.type },
  { header: 'actors', value: (i) => i.actors.map((a) => a.code).join(' ') || '-' },
  { header: 'recipients', value: (i) => i.recipients.map((a) => a.code).join(' ') || '-' },
  { header: 'place', value: (i) => i.location?.name ?? i.location?.text ?? '-' },
  { header: 'killed', value: (i) => range(i.casualties.killed), right: true },
  { header: 'injured', value: (i) => range(i.casualties.injured), right: true },
  { header: 'grade', value: (i) => i.grade },
  { header: 'sources', value: (i) => String(i.sources.length), right: true },
  { header: 'first source', value: (i) => i.sources[0]?.evidence ?? '', flex: true },
];

/** Renders incidents as a table for the terminal. */
export function renderIncidents(incidents: Incident[], width: number): string {
  return renderTable(incidents, INCIDENT_COLUMNS, width);
}

/** Width to render tables at: the terminal's, or 160 columns when piped. */
export function outputWidth(): number {
  return process.stdout.isTTY ? (process.stdout.columns ?? 120) : 160;
}
