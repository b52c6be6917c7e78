import './styles.css';
import { ApiFailure, api } from './api-client.js';
import { renderArticle } from './article-view.js';
import { renderArticles } from './articles-view.js';
import { byId, replace } from './dom.js';
import { renderEvents } from './events-view.js';
import { fillFilterBar, setupFilterBar, suggestTypes } from './filter-bar.js';
import { plural } from './format.js';
import { focusIncident, renderLedger } from './ledger-view.js';
import { renderMap } from './map-view.js';
import { renderNetwork } from './network-view.js';
import { renderTimeline } from './timeline-view.js';
import {
  currentState,
  filterParams,
  INCIDENT_KEYS,
  navigate,
  onState,
  startRouting,
  type ViewState,
} from './url-state.js';

let generation = 0;

function dataKey(s: ViewState): string {
  return JSON.stringify([s.filters, s.bucket]);
}

function showError(e: unknown): void {
  const msg = e instanceof ApiFailure ? `${e.message} [${e.code}]` : (e as Error).message;
  replace(byId('status'), msg);
  byId('status').className = 'error';
}

/** Renders every data view for the filters; the reader is rendered separately. */
async function renderData(state: ViewState, gen: number): Promise<void> {
  const incidentParams = filterParams(state, INCIDENT_KEYS);
  incidentParams.set('limit', '200');
  const [, incidents, campaigns] = await Promise.all([
    renderNetwork(state),
    api.incidents(incidentParams),
    api.campaigns(filterParams(state, INCIDENT_KEYS)),
    renderEvents(state),
  ]);
  if (gen !== generation) return;
  await renderTimeline(state);
  renderLedger(incidents.items, incidents.next, campaigns.items);
  renderMap(incidents.items, focusIncident);
}

async function onChange(state: ViewState, previous: ViewState | null): Promise<void> {
  const gen = ++generation;
  document.body.dataset.ready = 'false';
  fillFilterBar(state);
  replace(byId('status'));
  byId('status').className = '';
  const tasks: Promise<void>[] = [];
  if (!previous || dataKey(previous) !== dataKey(state)) tasks.push(renderData(state, gen));
  if (!previous || previous.article !== state.article || previous.event !== state.event)
    tasks.push(renderArticle(state));
  const results = await Promise.allSettled(tasks);
  for (const r of results) if (r.status === 'rejected') showError(r.reason);
  if (gen === generation) document.body.dataset.ready = 'true';
}

setupFilterBar();
document.addEventListener('keydown', (k) => {
  const s = currentState();
  if (k.key === 'Escape' && s.article) navigate({ ...s, article: null, event: null });
});
onState((s, p) => void onChange(s, p));
startRouting();
api
  .stats()
  .then((s) => {
    replace(
      byId('counts'),
      [
        plural(s.articles, 'article'),
        plural(s.events, 'event'),
        plural(s.incidents, 'incident'),
        plural(s.campaigns, 'campaign'),
      ].join(' · '),
    );
    suggestTypes(Object.keys(s.eventsByType));
  })
  .catch(showError);
renderArticles().catch(showError);
