import type { ArticleSummary } from './api-client.js';
import { api } from './api-client.js';
import { byId, el, replace } from './dom.js';
import { day, plural } from './format.js';
import { currentState, navigate } from './url-state.js';

/** Languages the coder reads; articles in others are stored and listed, not coded. */
const CODED = new Set(['eng', 'und']);
const MAX = 500;

let loaded: ArticleSummary[] | null = null;

function item(a: ArticleSummary): HTMLLIElement {
  const open = el('button', { type: 'button', class: 'link' }, a.title || a.snippet.slice(0, 80) || a.id);
  open.addEventListener('click', () => navigate({ ...currentState(), article: a.id, event: null }));
  return el(
    'li',
    { 'data-article': a.id, 'data-language': a.language },
    open,
    ' ',
    el('span', { class: 'note' }, [a.outlet, day(a.published)].filter(Boolean).join(' · ')),
    ' ',
    el(
      'span',
      { class: CODED.has(a.language) ? 'lang' : 'lang not-coded' },
      CODED.has(a.language) ? a.language : `${a.language}: stored, not coded`,
    ),
  );
}

function show(query: string): void {
  const all = loaded ?? [];
  const q = query.trim().toLowerCase();
  const hits = q
    ? all.filter((a) =>
        [a.title, a.outlet, a.language, a.snippet, a.url].some((v) => v?.toLowerCase().includes(q)),
      )
    : all;
  const uncoded = all.filter((a) => !CODED.has(a.language)).length;
  replace(
    byId('articles-caption'),
    `${plural(hits.length, 'article')}${q ? ` match “${query.trim()}”` : ''}; ${uncoded} stored in other languages, not coded`,
  );
  replace(
    byId('articles-list'),
    hits.length
      ? el('ul', { class: 'article-list' }, ...hits.slice(0, 100).map(item))
      : el('p', { class: 'empty' }, 'No article matches.'),
  );
}

/**
 * Every stored article, coded or not (articles in languages the coder does not read are stored
 * and flagged): a list that finds them by title, outlet, language or words of the text.
 */
export async function renderArticles(): Promise<void> {
  const input = byId('article-search') as HTMLInputElement;
  if (!loaded) {
    const params = new URLSearchParams({ limit: String(MAX) });
    loaded = (await api.articles(params)).items;
    input.addEventListener('input', () => show(input.value));
  }
  show(input.value);
}
