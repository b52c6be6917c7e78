import type { Campaign, Incident } from '../core/records.js';
import { byId, el, replace } from './dom.js';
import { actorText, day, figureText, rangeText } from './format.js';
import { currentState, navigate } from './url-state.js';

function openSource(articleId: string, eventId: string): void {
  navigate({ ...currentState(), article: articleId, event: eventId });
}

function casualtyCell(
  c: { low: number | null; best: number | null; high: number | null } | undefined,
): string {
  return c ? rangeText(c.low, c.best, c.high) : '—';
}

/**
 * The incident ledger: one row per real-world incident with its casualty range (low, best, high),
 * grade and every source with its outlet and the figure it gave.
 */
export function renderLedger(incidents: Incident[], next: string | null, campaigns: Campaign[]): void {
  const rows = incidents.map((i) =>
    el(
      'tr',
      { id: `incident-${i.id}`, 'data-incident': i.id },
      el('td', {}, i.date.from === i.date.to ? i.date.from : `${i.date.from} – ${i.date.to}`),
      el('td', {}, i.type, el('br'), el('small', {}, `CAMEO ${i.cameo}`)),
      el('td', {}, i.location ? (i.location.name ?? i.location.text) : '—'),
      el(
        'td',
        {},
        i.actors.map((a) => a.code).join(', ') || '—',
        ' → ',
        i.recipients.map((a) => a.code).join(', ') || '—',
      ),
      el('td', { class: 'num' }, casualtyCell(i.casualties.killed)),
      el('td', { class: 'num' }, casualtyCell(i.casualties.injured)),
      el('td', {}, el('span', { class: `grade grade-${i.grade}` }, i.grade)),
      el(
        'td',
        {},
        el(
          'ul',
          { class: 'sources' },
          ...i.sources.map((s) => {
            const btn = el(
              'button',
              { type: 'button', class: 'link', title: s.evidence },
              s.outlet ?? 'unknown outlet',
            );
            btn.addEventListener('click', () => openSource(s.articleId, s.eventId));
            return el(
              'li',
              {},
              btn,
              ` ${day(s.published)} `,
              el('span', { class: 'figure' }, figureText(s.killed)),
            );
          }),
          // The API lists the first sources of an incident; say how many more there are.
          ...(i.sourceCount !== undefined && i.sourceCount > i.sources.length
            ? [el('li', { class: 'more' }, `and ${i.sourceCount - i.sources.length} more sources`)]
            : []),
        ),
      ),
    ),
  );
  const table = el(
    'table',
    { class: 'data' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...['Date', 'Type', 'Place', 'Actors → targets', 'Killed', 'Injured', 'Grade', 'Sources'].map((h) =>
          el('th', {}, h),
        ),
      ),
    ),
    el('tbody', {}, ...rows),
  );
  replace(
    byId('ledger'),
    incidents.length ? table : el('p', { class: 'empty' }, 'No incidents match the filters.'),
    next ? el('p', { class: 'note' }, `Showing the first ${incidents.length} incidents.`) : null,
  );
  replace(
    byId('campaigns'),
    ...campaigns.map((c) =>
      el(
        'div',
        { class: 'campaign' },
        el('strong', {}, c.name),
        ` — ${actorText(c.actor)}, ${c.incidentIds.length} incidents, ${c.date.from} to ${c.date.to}, ${c.killedSum} killed (sum of incidents)`,
        ...c.statedTotals.map((t) =>
          el(
            'div',
            { class: 'note' },
            `stated: “${t.phrase}”${t.asOf ? ` as of ${t.asOf}` : ''}${t.verdict ? ` — ${t.verdict}` : ''}${t.delta != null ? ` (Δ ${t.delta})` : ''}${t.reason ? `: ${t.reason}` : ''}`,
          ),
        ),
      ),
    ),
  );
  replace(byId('ledger-caption'), `${incidents.length}${next ? '+' : ''} incidents`);
}

/** Scrolls the ledger to one incident and flashes it. */
export function focusIncident(id: string): void {
  const row = document.getElementById(`incident-${id}`);
  if (!row) return;
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row.classList.add('flash');
  setTimeout(() => row.classList.remove('flash'), 1500);
}
