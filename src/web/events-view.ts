import { dateText } from '../core/date-text.js';
import type { CodedEvent } from '../core/records.js';
import { api } from './api-client.js';
import { byId, el, replace } from './dom.js';
import { actorText, plural } from './format.js';
import { currentState, filterParams, navigate, type ViewState } from './url-state.js';

const PAGE = 50;

/** The evidence sentence with the event's words marked (offsets are into the article text). */
function evidenceSentence(e: CodedEvent): HTMLElement {
  const s = e.sentenceText;
  const at = s.indexOf(e.evidence.text);
  if (!e.evidence.text || at < 0) return el('span', { class: 'sentence' }, s || e.evidence.text);
  return el(
    'span',
    { class: 'sentence' },
    s.slice(0, at),
    el('mark', {}, e.evidence.text),
    s.slice(at + e.evidence.text.length),
  );
}

function row(e: CodedEvent): HTMLTableRowElement {
  const exact = !e.date || e.date.from === e.date.to;
  const tr = el(
    'tr',
    { class: 'event-row', tabindex: 0, 'data-event': e.id, 'data-article': e.articleId },
    el(
      'td',
      exact
        ? {}
        : {
            class: 'imprecise',
            title: `known only to ${e.date!.granularity}: ${e.date!.from} to ${e.date!.to}`,
          },
      e.date ? dateText(e.date, ' – ') : '',
    ),
    el('td', {}, actorText(e.actor)),
    el('td', {}, e.type, e.mode ? el('small', {}, ` ${e.mode}`) : null),
    el('td', {}, actorText(e.recipient)),
    el('td', { class: 'num' }, e.cameo),
    el('td', { class: 'num' }, e.goldstein.toFixed(1)),
    el('td', {}, el('span', { class: `claim claim-${e.claim}` }, e.claim)),
    el('td', { class: 'claim-source' }, e.claimSource ? actorText(e.claimSource) : '—'),
    el('td', { class: 'evidence-cell' }, evidenceSentence(e)),
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
  const setCaption = () => replace(caption, `${plural(shown, 'event')}${cursor ? ' (more below)' : ''}`);
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
          'div',
          { class: 'table-wrap' },
          el(
            'table',
            { class: 'data', id: 'events-table' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                ...[
                  'Date',
                  'Actor',
                  'Type',
                  'Recipient',
                  'CAMEO',
                  'Goldstein',
                  'Claim',
                  'On whose word',
                  'Evidence sentence',
                ].map((h) => el('th', {}, h)),
              ),
            ),
            body,
          ),
        )
      : el('p', { class: 'empty' }, 'No events match the filters.'),
    more,
  );
}
