import { dateText } from '../core/date-text.js';
import type { Campaign, Incident, IncidentCount, IncidentSource, StatedTotalCheck } from '../core/records.js';
import { byId, el, replace } from './dom.js';
import { actorText, day, figureText, plural, rangeText } from './format.js';
import { currentState, navigate } from './url-state.js';

function openSource(articleId: string, eventId: string): void {
  navigate({ ...currentState(), article: articleId, event: eventId });
}

function casualtyCell(c: IncidentCount | undefined): string {
  if (!c) return '—';
  // Every source gave only a floor ("at least 40"): a floor, not a count.
  if (c.open && c.low !== null) return `${c.low}+`;
  return rangeText(c.low, c.best, c.high);
}

/** One entry per article: an article that tells of the incident in two sentences is one source. */
function sourcesOnce(list: IncidentSource[]): IncidentSource[] {
  const seen = new Map<string, IncidentSource>();
  for (const s of list)
    if (!seen.has(s.articleId) || (!seen.get(s.articleId)!.killed && s.killed)) seen.set(s.articleId, s);
  return [...seen.values()];
}

const BOUND_WORDS: Record<string, string> = {
  'at-least': 'at least',
  'more-than': 'more than',
  about: 'about',
  nearly: 'nearly',
  'up-to': 'up to',
  'less-than': 'fewer than',
};

/** A stated total as the figure and its qualifier ("at least 46"), not the clipped phrase. */
function statedText(t: StatedTotalCheck): string {
  const s = t.stated;
  if (!s) return t.phrase;
  if (s.bound === 'between' || s.bound === 'vague')
    return s.high !== null ? `${s.low}–${s.high}` : `${s.low}+`;
  const words = BOUND_WORDS[s.bound];
  return words ? `${words} ${s.figure}` : String(s.figure);
}

function campaignFigureText(t: StatedTotalCheck): string {
  const c = t.campaign;
  if (!c) return '—';
  return c.low === c.high ? String(c.best) : `${c.best} (${c.low}–${c.high})`;
}

/** The running totals the articles state, one row each, beside the campaign's own figure then. */
function statedTable(c: Campaign): HTMLElement | null {
  if (!c.statedTotals.length) return null;
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: 'data stated-totals' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['As of', 'Outlet', 'Stated', 'Campaign then', 'Verdict'].map((h) => el('th', {}, h)),
        ),
      ),
      el(
        'tbody',
        {},
        ...c.statedTotals.map((t) =>
          el(
            'tr',
            { title: t.reason ?? t.phrase },
            el('td', {}, t.asOf ?? '—'),
            el('td', {}, t.outlet ?? '—'),
            el('td', { class: 'num' }, statedText(t)),
            el('td', { class: 'num' }, campaignFigureText(t)),
            el('td', {}, el('span', { class: `verdict verdict-${t.verdict ?? 'none'}` }, t.verdict ?? '—')),
          ),
        ),
      ),
    ),
  );
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
      el(
        'td',
        i.date.from === i.date.to ? {} : { class: 'imprecise', title: `known only to ${i.date.granularity}` },
        dateText(i.date, ' – '),
      ),
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
          ...sourcesOnce(i.sources).map((s) => {
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
    { class: 'data', id: 'ledger-table' },
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
    incidents.length
      ? el('div', { class: 'table-wrap' }, table)
      : el('p', { class: 'empty' }, 'No incidents match the filters.'),
    next ? el('p', { class: 'note' }, `Showing the first ${incidents.length} incidents.`) : null,
  );
  replace(
    byId('campaigns'),
    ...campaigns.map((c) =>
      el(
        'div',
        { class: 'campaign', 'data-campaign': c.id },
        el('strong', {}, c.name),
        ` — ${actorText(c.actor)}, ${plural(c.incidentIds.length, 'incident')}, ${c.date.from} to ${c.date.to}, ${c.killedSum} killed`,
        c.killed && c.killed.high !== c.killed.low
          ? ` (${c.killed.low}–${c.killed.high} counting the missing)`
          : '',
        statedTable(c),
      ),
    ),
  );
  replace(byId('ledger-caption'), `${plural(incidents.length, 'incident')}${next ? ' (first page)' : ''}`);
}

/** Scrolls the ledger to one incident and flashes it. */
export function focusIncident(id: string): void {
  const row = document.getElementById(`incident-${id}`);
  if (!row) return;
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row.classList.add('flash');
  setTimeout(() => row.classList.remove('flash'), 1500);
}
