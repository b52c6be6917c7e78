/**
 * The dashboard's state lives in the query string, so that a view can be bookmarked and shared,
 * and back/forward walk through filter changes.
 */

/** Filter parameters, named as the API names them. */
export const FILTER_KEYS = [
  'actor',
  'recipient',
  'dyad',
  'type',
  'cameoRoot',
  'claim',
  'from',
  'to',
  'place',
  'text',
] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

/** Filters of the incident ledger, the map and the campaigns: every event filter, as the events table. */
export const INCIDENT_KEYS: readonly FilterKey[] = FILTER_KEYS;

export interface ViewState {
  filters: Partial<Record<FilterKey, string>>;
  bucket: 'day' | 'week' | 'month';
  /** Article open in the reader, and the event whose evidence is highlighted. */
  article: string | null;
  event: string | null;
}

/** Reads the state from a query string. */
export function readState(search: string = window.location.search): ViewState {
  const p = new URLSearchParams(search);
  const filters: ViewState['filters'] = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k)?.trim();
    if (v) filters[k] = v;
  }
  const b = p.get('bucket');
  return {
    filters,
    bucket: b === 'day' || b === 'month' ? b : 'week',
    article: p.get('article') || null,
    event: p.get('event') || null,
  };
}

/** Writes the state as a query string (empty values left out). */
export function toSearch(state: ViewState): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = state.filters[k];
    if (v) p.set(k, v);
  }
  if (state.bucket !== 'week') p.set('bucket', state.bucket);
  if (state.article) p.set('article', state.article);
  if (state.event) p.set('event', state.event);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Query parameters for an API call from the filters, limited to `keys`. */
export function filterParams(state: ViewState, keys: readonly FilterKey[] = FILTER_KEYS): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of keys) {
    const v = state.filters[k];
    if (v) p.set(k, v);
  }
  return p;
}

type Listener = (state: ViewState, previous: ViewState | null) => void;
const listeners: Listener[] = [];
let current: ViewState | null = null;

/** Calls `fn` on every state change (navigation or back/forward). */
export function onState(fn: Listener): void {
  listeners.push(fn);
}

function emit(): void {
  const previous = current;
  current = readState();
  for (const fn of listeners) fn(current, previous);
}

/** Pushes a new state onto the history and renders it. */
export function navigate(next: ViewState): void {
  const search = toSearch(next);
  if (search !== window.location.search) {
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
  }
  emit();
}

/** The state now shown. */
export function currentState(): ViewState {
  return current ?? readState();
}

/** Starts listening to back/forward and renders the initial state. */
export function startRouting(): void {
  window.addEventListener('popstate', emit);
  emit();
}
