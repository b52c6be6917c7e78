import type { CodedEvent } from '../core/records.js';
import { type Annotation, annotatedText } from './annotate-text.js';
import { type AnnotatedArticle, api } from './api-client.js';
import { byId, el, replace, safeLink } from './dom.js';
import { actorText, day, figureText } from './format.js';
import { currentState, navigate, type ViewState } from './url-state.js';

function annotations(a: AnnotatedArticle): Annotation[] {
  const out: Annotation[] = [];
  for (const m of a.mentions) {
    out.push({
      start: m.start,
      end: m.end,
      cls: 'mention',
      title: m.actor ? `${m.actor.code} ${m.actor.name}` : m.kind,
    });
  }
  for (const q of a.quotes)
    out.push({ start: q.content.start, end: q.content.end, cls: 'quote', title: `${q.kind} quote` });
  for (const k of a.markers)
    out.push({ start: k.start, end: k.end, cls: `marker marker-${k.kind}`, title: k.kind });
  return out;
}

function eventSummary(e: CodedEvent): HTMLElement {
  const killed = e.casualties?.killed;
  return el(
    'dl',
    { class: 'event-summary' },
    el('dt', {}, 'Event'),
    el(
      'dd',
      {},
      `${actorText(e.actor)} — ${e.type}${e.mode ? ` (${e.mode})` : ''} → ${actorText(e.recipient)}`,
    ),
    el('dt', {}, 'CAMEO'),
    el('dd', {}, `${e.cameo}, Goldstein ${e.goldstein}, quad ${e.quad}`),
    el('dt', {}, 'Claim status'),
    el(
      'dd',
      {},
      el('span', { class: `claim claim-${e.claim}`, id: 'claim-status' }, e.claim),
      e.claimSource ? ` according to ${actorText(e.claimSource)}` : '',
    ),
    el('dt', {}, 'Date'),
    el(
      'dd',
      {},
      e.date
        ? `${e.date.from}${e.date.to !== e.date.from ? ` – ${e.date.to}` : ''} (${e.date.granularity})`
        : 'unknown',
    ),
    el('dt', {}, 'Place'),
    el('dd', {}, e.location ? (e.location.name ?? e.location.text) : 'unknown'),
    killed ? el('dt', {}, 'Killed') : null,
    killed ? el('dd', {}, figureText(killed)) : null,
    el('dt', {}, 'Confidence'),
    el('dd', {}, `${Math.round(e.confidence * 100)}%`),
  );
}

/** Closes the reader. */
function close(): void {
  navigate({ ...currentState(), article: null, event: null });
}

/**
 * The article reader: the text rendered strictly as text nodes, with the selected event's evidence
 * as a `<mark>`, mentions, quotes and claim markers underlined, and the claim status shown.
 */
export async function renderArticle(state: ViewState): Promise<void> {
  const panel = byId('reader');
  if (!state.article) {
    panel.hidden = true;
    replace(panel);
    return;
  }
  panel.hidden = false;
  replace(panel, el('p', {}, 'Loading article…'));
  let a: AnnotatedArticle;
  try {
    a = await api.article(state.article);
  } catch (e) {
    replace(panel, el('p', { class: 'error' }, `Could not open the article: ${(e as Error).message}`));
    return;
  }
  const selected = a.events.find((e) => e.id === state.event) ?? null;
  const closeBtn = el('button', { type: 'button', class: 'close', 'aria-label': 'Close article' }, '×');
  closeBtn.addEventListener('click', close);
  const others = a.events.map((e) => {
    const b = el(
      'button',
      { type: 'button', class: `link${e.id === selected?.id ? ' current' : ''}`, 'data-event': e.id },
      `${e.type} · ${actorText(e.actor)} → ${actorText(e.recipient)} · ${e.claim}`,
    );
    b.addEventListener('click', () => navigate({ ...currentState(), event: e.id }));
    return el('li', {}, b);
  });
  const body = el('div', {
    class: 'article-text',
    id: 'article-text',
    lang: a.article.language === 'eng' ? 'en' : null,
  });
  body.appendChild(annotatedText(a.article.text, selected ? selected.evidence : null, annotations(a)));
  replace(
    panel,
    closeBtn,
    el('h2', { id: 'article-title' }, a.article.title ?? '(untitled)'),
    el(
      'p',
      { class: 'meta' },
      a.article.outlet ?? 'unknown outlet',
      ` · ${day(a.article.published) || 'no date'} · ${a.article.language} · `,
      safeLink(a.article.url, a.article.url ?? 'no URL'),
    ),
    selected ? eventSummary(selected) : null,
    el(
      'p',
      { class: 'legend' },
      el('mark', {}, 'evidence'),
      ' ',
      el('span', { class: 'mention' }, 'actor mention'),
      ' ',
      el('span', { class: 'quote' }, 'quotation'),
      ' ',
      el('span', { class: 'marker' }, 'claim marker'),
    ),
    body,
    a.events.length
      ? el('h3', {}, `Events coded in this article (${a.events.length})`)
      : el('p', { class: 'note' }, 'No events coded in this article.'),
    el('ul', { class: 'article-events' }, ...others),
  );
  document.getElementById('evidence')?.scrollIntoView({ block: 'center' });
}
