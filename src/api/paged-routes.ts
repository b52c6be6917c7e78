/**
 * The pages of lists that grow without bound inside one record: the annotation layers of a long
 * article and the sources of an incident many outlets reported. The record's own answer carries
 * the first items, each list's size and the path of its next page; these routes serve the rest.
 */
import type { Incident } from '../core/records.js';
import type { TrimmedArticle } from '../store/store.js';
import { ApiError } from './api-error.js';
import { idParams, incidentSourcesQuery, layerParams, layerQuery } from './query-schemas.js';
import { layerPageSchema, sourcesPageSchema } from './response-schemas.js';
import { type RouteDef, route } from './route.js';

/** Path of the page of `path` starting at `offset`, or null past the end. */
function nextPage(path: string, offset: number, limit: number, total: number): string | null {
  return offset < total ? `${path}?offset=${offset}&limit=${limit}` : null;
}

/** An incident as the API answers it: `sourceCount` and the path of the sources not listed. */
export function withSourcesLink(i: Incident): Incident & { sourcesNext?: string | null } {
  if (i.sourceCount === undefined) return i;
  const path = `/api/incidents/${encodeURIComponent(i.id)}/sources`;
  return { ...i, sourcesNext: nextPage(path, i.sources.length, 100, i.sourceCount) };
}

/** The article answer: the trimmed layers, and for each its size and the path of its next page. */
export function trimmedArticleAnswer(t: TrimmedArticle, limit: number) {
  const base = `/api/articles/${encodeURIComponent(t.coded.article.id)}/layers`;
  const layers = Object.fromEntries(
    Object.entries(t.totals).map(([layer, total]) => {
      const returned = (t.coded[layer as keyof typeof t.totals] as unknown[]).length;
      return [layer, { total, returned, next: nextPage(`${base}/${layer}`, returned, limit, total) }];
    }),
  );
  return { ...t.coded, layers };
}

/** The routes that page long lists, listed in the OpenAPI document after the others. */
export const PAGED_ROUTES: RouteDef[] = [
  route({
    method: 'get',
    path: '/api/articles/:id/layers/:layer',
    operationId: 'getArticleLayer',
    summary:
      'A page of one annotation layer of an article: sentences, mentions, events, quotes, markers, quantities, dates, or tokens (when the store keeps them).',
    tag: 'articles',
    query: layerQuery,
    params: layerParams,
    response: { status: 200, description: 'A page of the layer.', schema: layerPageSchema },
    errors: [400, 404],
    async handle({ params, query }, env) {
      const slice = await env.store.getArticleLayer(params.id, params.layer, query);
      if (!slice) throw new ApiError(404, 'not-found', `no article ${params.id}`, 'params.id');
      const path = `/api/articles/${encodeURIComponent(params.id)}/layers/${params.layer}`;
      const end = query.offset + slice.items.length;
      return {
        layer: params.layer,
        items: slice.items,
        total: slice.total,
        next: slice.items.length ? nextPage(path, end, query.limit, slice.total) : null,
      };
    },
  }),
  route({
    method: 'get',
    path: '/api/incidents/:id/sources',
    operationId: 'getIncidentSources',
    summary: 'A page of the sources of one incident, in the order the ledger lists them.',
    tag: 'incidents',
    query: incidentSourcesQuery,
    params: idParams,
    response: { status: 200, description: 'A page of sources.', schema: sourcesPageSchema },
    errors: [400, 404],
    async handle({ params, query }, env) {
      const page = await env.store.incidentSources(params.id, query);
      if (!page) throw new ApiError(404, 'not-found', `no incident ${params.id}`, 'params.id');
      const path = `/api/incidents/${encodeURIComponent(params.id)}/sources`;
      const end = query.offset + page.items.length;
      return {
        items: page.items,
        total: page.total,
        next: page.items.length ? nextPage(path, end, query.limit, page.total) : null,
      };
    },
  }),
];
