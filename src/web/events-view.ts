import type { CodedEvent } from '../core/records.js';
import { api } from './api-client.js';
import { byId, el, replace } from './dom.js';
import { actorText } from './format.js';
import { currentState, filterParams, navigate, type ViewState } from './url-state.js';

const PAGE = 50;

function row(e: CodedEvent): HTMLTableRowElement {
  const tr = el(
    'tr',
    { class: 'event-row', tabindex: 0, 'data-event': e.id, 'data-article': e.articleId },
    el('td', {}, e.date ? e.date.from : ''),
    el('td', {}, actorText(e.actor)),
    el('td', {}, e.type, e.mode ? el('small', {}, ` ${e.mode}`) : null),
    el('td', {}, actorText(e.recipient)),
    el('td', { class: 'num' }, e.cameo),
    el('td', { class: 'num' }, e.goldstein.toFixed(1)),
    el('td', {}, el('span', { class: `claim claim-${e.claim}` }, e.claim)),
    el('td', { class: 'evidence-cell' }, e.evidence.text),
  );
  const open = () => navigate({ ...currentState(), article: e.articleId, event: e.id });
  tr.addEventListener('click', open);
  tr.addEventListener('keydown', (k) => {
    if (k.key === 'Enter') open();
  });
  return tr;
}

/** The event table, a page at a time; each row opens its article with the evidence marked. */
export async function renderEvents(state: ViewState): Promise<void> {
  const params = filterParams(state);
  params.set('limit', String(PAGE));
  params.set('order', 'desc');
  const first = await api.events(params);
  const body = el('tbody', {}, ...first.items.map(row));
  const more = el('button', { type: 'button', id: 'events-more' }, 'More events');
  let cursor = first.next;
  let shown = first.items.length;
  const caption = byId('events-caption');
  const setCaption = () => replace(caption, `${shown}${cursor ? '+' : ''} events`);
  more.hidden = !cursor;
  more.addEventListener('click', async () => {
    if (!cursor) return;
    params.set('cursor', cursor);
    const page = await api.events(params);
    for (const e of page.items) body.appendChild(row(e));
    shown += page.items.length;
    cursor = page.next;
    more.hidden = !cursor;
    setCaption();
  });
  setCaption();
  replace(
    byId('events'),
    first.items.length
      ? el(
          'table',
          { class: 'data', id: 'events-table' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ...['Date', 'Actor', 'Type', 'Recipient', 'CAMEO', 'Goldstein', 'Claim', 'Evidence'].map((h) =>
                el('th', {}, h),
              ),
            ),
          ),
          body,
        )
      : el('p', { class: 'empty' }, 'No events match the filters.'),
    more,
  );
}
