/**
 * Every API route as data: method, path, the zod schemas of its inputs and answer, and its handler.
 * The Hono app is wired from this table and the OpenAPI document is written from it, so a route
 * cannot exist without being documented.
 */
import { z } from 'zod';
import type { Article } from '../core/records.js';
import { InvalidCursorError } from '../store/cursor.js';
import { ApiError } from './api-error.js';
import { PAGED_ROUTES, trimmedArticleAnswer, withSourcesLink } from './paged-routes.js';
import {
  actorsQuery,
  articleQuery,
  articlesQuery,
  campaignsQuery,
  emptyQuery,
  eventsQuery,
  idParams,
  incidentQuery,
  incidentsQuery,
  networkQuery,
  postArticlesBody,
  seriesQuery,
  toEventFilter,
  toIncidentFilter,
} from './query-schemas.js';
import {
  actorActivitySchema,
  articleSchema,
  campaignSchema,
  eventSchema,
  healthSchema,
  incidentSchema,
  networkSchema,
  pageOf,
  postResultSchema,
  seriesSchema,
  statsSchema,
  trimmedArticleSchema,
} from './response-schemas.js';
import { type RouteDef, type RouteEnv, route } from './route.js';

export type { RouteDef, RouteEnv };

/** An article without its text, for lists: a snippet and the length instead. */
export const articleSummarySchema = articleSchema.omit({ text: true }).extend({
  chars: z.number().int(),
  snippet: z.string().describe('First 240 characters of the text.'),
});

function summarise(a: Article): z.infer<typeof articleSummarySchema> {
  const { text, ...rest } = a;
  return { ...rest, chars: text.length, snippet: text.slice(0, 240) };
}

/** Stores answer a foreign or altered cursor with InvalidCursorError: the client's mistake. */
async function withCursor<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof InvalidCursorError) {
      throw new ApiError(
        400,
        'bad-cursor',
        `${e.message} (use the "next" of a previous page)`,
        'query.cursor',
      );
    }
    throw e;
  }
}

/** The API, in the order the OpenAPI document lists it. */
export const ROUTES: RouteDef[] = [
  route({
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    summary: 'Liveness and what the server runs on.',
    tag: 'meta',
    query: emptyQuery,
    response: { status: 200, description: 'The server is up.', schema: healthSchema },
    errors: [400],
    async handle(_in, env) {
      return {
        status: 'ok',
        version: env.version,
        dialect: env.store.caps.dialect,
        uptimeSeconds: Math.round((Date.now() - env.startedAt) / 1000),
        postEnabled: env.postEnabled,
      };
    },
  }),
  route({
    method: 'get',
    path: '/api/stats',
    operationId: 'getStats',
    summary: 'Counts of what the store holds.',
    tag: 'meta',
    query: emptyQuery,
    response: { status: 200, description: 'Store counts.', schema: statsSchema },
    errors: [400],
    async handle(_in, env) {
      return env.store.stats();
    },
  }),
  route({
    method: 'get',
    path: '/api/events',
    operationId: 'listEvents',
    summary: 'Coded events matching the filters, a page at a time.',
    tag: 'events',
    query: eventsQuery,
    response: { status: 200, description: 'A page of events.', schema: pageOf(eventSchema) },
    errors: [400],
    async handle({ query }, env) {
      return withCursor(() =>
        env.store.queryEvents(toEventFilter(query), {
          limit: query.limit,
          cursor: query.cursor ?? null,
          order: query.order,
        }),
      );
    },
  }),
  route({
    method: 'get',
    path: '/api/incidents',
    operationId: 'listIncidents',
    summary: 'The incident ledger: merged real-world incidents with casualty ranges and sources.',
    tag: 'incidents',
    query: incidentsQuery,
    response: { status: 200, description: 'A page of incidents.', schema: pageOf(incidentSchema) },
    errors: [400],
    async handle({ query }, env) {
      const { limit, cursor, sources } = query;
      // One incident may cite hundreds of reports: each lists its first few and links the rest.
      const page = await withCursor(() =>
        env.store.queryIncidents(toIncidentFilter(query), {
          limit,
          cursor: cursor ?? null,
          maxSources: sources,
        }),
      );
      return { items: page.items.map(withSourcesLink), next: page.next };
    },
  }),
  route({
    method: 'get',
    path: '/api/incidents/:id',
    operationId: 'getIncident',
    summary: 'One incident with its first sources (all of them up to 500) and a link to page the rest.',
    tag: 'incidents',
    query: incidentQuery,
    params: idParams,
    response: { status: 200, description: 'The incident.', schema: incidentSchema },
    errors: [400, 404],
    async handle({ params, query }, env) {
      const hit = await env.store.getIncident(params.id, { maxSources: query.sources });
      if (!hit) throw new ApiError(404, 'not-found', `no incident ${params.id}`, 'params.id');
      return withSourcesLink(hit);
    },
  }),
  route({
    method: 'get',
    path: '/api/campaigns',
    operationId: 'listCampaigns',
    summary:
      'Campaigns: repeated incidents of one actor in one theatre; with filters, those with a matching incident.',
    tag: 'incidents',
    query: campaignsQuery,
    response: {
      status: 200,
      description: 'Every campaign with an incident that matches the filters.',
      schema: z.object({ items: z.array(campaignSchema) }),
    },
    errors: [400],
    async handle({ query }, env) {
      const all = await env.store.listCampaigns();
      const filter = toIncidentFilter(query);
      if (!Object.keys(filter).length) return { items: all };
      const hit = new Set<string>();
      let cursor: string | null = null;
      do {
        const page = await env.store.queryIncidents(filter, { limit: 500, cursor });
        for (const i of page.items) if (i.campaignId) hit.add(i.campaignId);
        cursor = page.next;
      } while (cursor);
      return { items: all.filter((c) => hit.has(c.id)) };
    },
  }),
  route({
    method: 'get',
    path: '/api/actors',
    operationId: 'listActors',
    summary: 'Actor codes with their activity as actor and as recipient.',
    tag: 'actors',
    query: actorsQuery,
    response: {
      status: 200,
      description: 'Most active actors first.',
      schema: z.object({ items: z.array(actorActivitySchema) }),
    },
    errors: [400],
    async handle({ query }, env) {
      return { items: await env.store.actorActivity(toEventFilter(query), query.limit) };
    },
  }),
  route({
    method: 'get',
    path: '/api/network',
    operationId: 'getNetwork',
    summary: 'Who acts on whom: directed edges weighted by events, with summed Goldstein.',
    tag: 'actors',
    query: networkQuery,
    response: { status: 200, description: 'Nodes and edges.', schema: networkSchema },
    errors: [400],
    async handle({ query }, env) {
      const edges = await env.store.actorNetwork(toEventFilter(query), query.limit);
      // Display names by primary-key lookup of the codes on the edges: no second aggregate.
      const names = await env.store.actorNames(edges.flatMap((e) => [e.source, e.target]));
      const nodes = new Map<string, { id: string; name: string; events: number; goldstein: number }>();
      for (const e of edges) {
        for (const id of [e.source, e.target]) {
          const n = nodes.get(id) ?? { id, name: names.get(id) ?? id, events: 0, goldstein: 0 };
          n.events += e.events;
          n.goldstein += e.goldstein;
          nodes.set(id, n);
        }
      }
      return { nodes: [...nodes.values()], edges };
    },
  }),
  route({
    method: 'get',
    path: '/api/series',
    operationId: 'getSeries',
    summary: 'Time series of events, Goldstein and PLOVER intensity per day, week or month.',
    tag: 'events',
    query: seriesQuery,
    response: { status: 200, description: 'One point per bucket with events.', schema: seriesSchema },
    errors: [400],
    async handle({ query }, env) {
      const points = await env.store.dyadSeries(toEventFilter(query), query.bucket, {
        imprecise: query.imprecise === 'true',
      });
      return { bucket: query.bucket, points };
    },
  }),
  route({
    method: 'get',
    path: '/api/articles',
    operationId: 'listArticles',
    summary: 'Stored articles (metadata and a snippet), a page at a time.',
    tag: 'articles',
    query: articlesQuery,
    response: { status: 200, description: 'A page of articles.', schema: pageOf(articleSummarySchema) },
    errors: [400],
    async handle({ query }, env) {
      const page = await withCursor(() =>
        env.store.listArticles({
          limit: query.limit,
          cursor: query.cursor ?? null,
          language: query.language,
        }),
      );
      return { items: page.items.map(summarise), next: page.next };
    },
  }),
  route({
    method: 'get',
    path: '/api/articles/:id',
    operationId: 'getArticle',
    summary:
      "One article: text with the first sentences, mentions, quotes, markers, quantities, dates and events (limit per layer), each layer's size and a link to page it.",
    tag: 'articles',
    query: articleQuery,
    params: idParams,
    response: { status: 200, description: 'The annotated article.', schema: trimmedArticleSchema },
    errors: [400, 404],
    async handle({ params, query }, env) {
      const trimmed = await env.store.getArticleTrimmed(params.id, query.limit);
      if (!trimmed) throw new ApiError(404, 'not-found', `no article ${params.id}`, 'params.id');
      return trimmedArticleAnswer(trimmed, query.limit);
    },
  }),
  route({
    method: 'post',
    path: '/api/articles',
    operationId: 'postArticles',
    summary: 'Ingests one article or an array of them: runs the pipeline, stores, rebuilds incidents.',
    tag: 'articles',
    query: emptyQuery,
    body: postArticlesBody,
    auth: true,
    response: { status: 201, description: 'What happened to each article.', schema: postResultSchema },
    errors: [400, 401, 403, 413],
    async handle({ body }, env) {
      // The pipeline (language models, knowledge base) loads on first post, so `serve` starts fast.
      const [{ articleFromPost }, { ingestPosted }] = await Promise.all([
        import('./posted-article.js'),
        import('./ingest-posted.js'),
      ]);
      const list = Array.isArray(body) ? body : [body];
      const articles = list.map((p, i) => articleFromPost(p, Array.isArray(body) ? i : null));
      return env.exclusive(async () => {
        const { results, incidents } = await ingestPosted(env.store, articles, env.code);
        const total = incidents ?? (await env.store.stats()).incidents;
        return { results, incidents: total };
      });
    },
  }),
  route({
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This API as an OpenAPI 3.1 document.',
    tag: 'meta',
    query: emptyQuery,
    response: {
      status: 200,
      description: 'The OpenAPI document.',
      schema: z.looseObject({ openapi: z.string() }),
    },
    errors: [400],
    async handle(_in, env) {
      return env.openapi();
    },
  }),
  ...PAGED_ROUTES,
];
