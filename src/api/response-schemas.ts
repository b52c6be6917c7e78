/**
 * Zod schemas of the API's answers, mirroring the records of `src/core/records.ts`. They are used
 * only to write the OpenAPI document; the handlers return the store's records as they are.
 */
import { z } from 'zod';
import { CLAIM_STATUSES } from './query-schemas.js';

const span = { start: z.number().int(), end: z.number().int() };
const nullableString = z.string().nullable();

const dateRange = z.object({
  from: z.string(),
  to: z.string(),
  granularity: z.enum(['day', 'week', 'month', 'season', 'year', 'range']),
});

const actorRef = z.object({
  code: z.string().describe('CAMEO-style code, e.g. USAGOV.'),
  country: nullableString,
  sector: nullableString,
  name: z.string(),
  entityId: z.string().optional(),
  rules: z.array(z.string()).optional(),
});

const eventActor = actorRef.extend({
  text: z.string(),
  span: z.object(span).optional(),
  refersTo: z.object({ text: z.string(), span: z.object(span) }).optional(),
});

const casualtyRange = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  best: z.number().nullable(),
  qualifier: nullableString.optional(),
  phrase: z.string(),
  span: z.object(span).optional(),
  cumulative: z.boolean().optional(),
  nationality: z.string().optional(),
});

const place = z.object({
  text: z.string(),
  name: nullableString,
  country: nullableString,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  kind: z.enum(['city', 'country', 'region', 'sea', 'unknown']),
  geonameId: z.number().optional(),
  span: z.object(span).optional(),
});

/** Answer shape: article. */
export const articleSchema = z.object({
  id: z.string(),
  text: z.string(),
  title: nullableString,
  outlet: nullableString,
  published: nullableString,
  url: nullableString,
  language: z.string(),
  origin: z.string(),
  format: z.string(),
});

/** Answer shape: event. */
export const eventSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  sentence: z.number().int(),
  type: z.string().describe('PLOVER 1.0 event type.'),
  mode: nullableString,
  context: nullableString,
  cameo: z.string(),
  goldstein: z.number(),
  quad: z.number().int().min(1).max(4),
  actor: eventActor,
  recipient: eventActor.nullable(),
  claim: z.enum(CLAIM_STATUSES),
  claimSource: eventActor.nullable().optional(),
  evidence: z.object({ ...span, text: z.string() }).describe('Offsets into the article text.'),
  sentenceText: z.string(),
  date: dateRange.nullable(),
  location: place.nullable(),
  casualties: z
    .object({
      killed: casualtyRange.optional(),
      injured: casualtyRange.optional(),
      survivors: casualtyRange.optional(),
      arrested: casualtyRange.optional(),
      missing: casualtyRange.optional(),
      killedTotal: casualtyRange.optional(),
    })
    .optional(),
  confidence: z.number(),
  rules: z.array(z.string()),
});

const lowBestHigh = z.object({
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
});

const incidentSource = z.object({
  articleId: z.string(),
  eventId: z.string(),
  outlet: nullableString,
  url: nullableString,
  published: nullableString,
  killed: casualtyRange.optional(),
  evidence: z.string(),
});

/** Answer shape: incident. */
export const incidentSchema = z.object({
  id: z.string(),
  type: z.string(),
  cameo: z.string(),
  date: dateRange,
  reported: nullableString,
  location: place.nullable(),
  actors: z.array(actorRef),
  recipients: z.array(actorRef),
  casualties: z.object({
    killed: lowBestHigh.optional(),
    injured: lowBestHigh.optional(),
    survivors: lowBestHigh.optional(),
    missing: lowBestHigh.optional(),
  }),
  grade: z.enum(['confirmed', 'fair', 'weak', 'contested']),
  campaignId: nullableString.optional(),
  sources: z.array(incidentSource),
  sourceCount: z.number().int().optional().describe('How many sources the incident has in all.'),
  sourcesNext: z
    .string()
    .nullable()
    .optional()
    .describe(
      'Path of the next page of sources (`/api/incidents/{id}/sources?...`), null when all are listed.',
    ),
});

/** Answer shape: a page of an incident's sources. */
export const sourcesPageSchema = z.object({
  items: z.array(incidentSource),
  total: z.number().int(),
  next: z.string().nullable().describe('Path of the next page, null on the last.'),
});

const campaignKilled = z.object({
  low: z.number(),
  best: z.number(),
  high: z.number(),
  incidents: z.number().int(),
  missing: z.number(),
});

/** Answer shape: campaign. */
export const campaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  actor: actorRef,
  targetSector: nullableString,
  type: z.string(),
  incidentIds: z.array(z.string()),
  date: z.object({ from: z.string(), to: z.string() }),
  killedSum: z.number(),
  running: z
    .array(
      z.object({
        incidentId: z.string(),
        date: z.string(),
        killed: z.number().nullable(),
        total: z.number(),
      }),
    )
    .optional()
    .describe('Running total of killed, one step per incident in date order.'),
  killed: campaignKilled
    .optional()
    .describe('Killed total as a range; the high counts the missing presumed dead.'),
  statedTotals: z.array(
    z.object({
      articleId: z.string(),
      outlet: nullableString.optional(),
      asOf: nullableString,
      min: z.number().nullable(),
      phrase: z.string(),
      delta: z.number().nullable().describe('Stated figure minus the campaign best figure as of asOf.'),
      stated: z
        .object({ figure: z.number(), low: z.number(), high: z.number().nullable(), bound: z.string() })
        .optional()
        .describe('The stated figure as a range read from its qualifier.'),
      campaign: campaignKilled
        .extend({ sameDay: z.enum(['included', 'excluded', 'none']), through: z.string().optional() })
        .optional()
        .describe('The campaign figure as of asOf it is compared with.'),
      verdict: z.enum(['matches', 'within-range', 'disagrees']).optional(),
      reason: z.string().optional(),
    }),
  ),
});

/** Answer shape: actorActivity. */
export const actorActivitySchema = z.object({
  code: z.string(),
  name: z.string(),
  asActor: z.number().int(),
  asRecipient: z.number().int(),
  goldsteinSum: z.number(),
  first: nullableString,
  last: nullableString,
});

/** Answer shape: network. */
export const networkSchema = z.object({
  nodes: z.array(
    z.object({ id: z.string(), name: z.string(), events: z.number().int(), goldstein: z.number() }),
  ),
  edges: z.array(
    z.object({ source: z.string(), target: z.string(), events: z.number().int(), goldstein: z.number() }),
  ),
});

/** Answer shape: series. */
export const seriesSchema = z.object({
  bucket: z.enum(['day', 'week', 'month']),
  points: z.array(
    z.object({
      period: z.string(),
      events: z.number().int(),
      goldstein: z.number(),
      intensity: z.number(),
      conflict: z.number().int(),
      cooperation: z.number().int(),
      impreciseConflict: z
        .number()
        .int()
        .optional()
        .describe('With imprecise=true: conflict events here known only to a month or a range.'),
      impreciseCooperation: z.number().int().optional(),
    }),
  ),
});

const sentence = z.object({
  ...span,
  index: z.number().int(),
  text: z.string(),
  paragraph: z.number().int(),
});
const mention = z.object({
  ...span,
  id: z.string(),
  sentence: z.number().int(),
  text: z.string(),
  kind: z.string(),
  title: z.string().optional(),
  antecedent: z.string().optional(),
  canonical: z.string().optional(),
  actor: actorRef.optional(),
});
const quote = z.object({
  ...span,
  sentence: z.number().int(),
  kind: z.enum(['direct', 'reported']),
  content: z.object(span),
  speaker: z.string().optional(),
  verb: z.string().optional(),
});
const marker = z.object({ ...span, sentence: z.number().int(), kind: z.string(), text: z.string() });
const quantity = z.object({
  ...span,
  sentence: z.number().int(),
  text: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  best: z.number().nullable(),
  qualifier: nullableString,
});
const dateMention = z.object({ ...span, sentence: z.number().int(), text: z.string(), range: dateRange });

/** Answer shape: annotatedArticle. */
export const annotatedArticleSchema = z.object({
  article: articleSchema,
  sentences: z.array(sentence),
  mentions: z.array(mention),
  quotes: z.array(quote),
  markers: z.array(marker),
  quantities: z.array(quantity),
  dates: z.array(dateMention),
  events: z.array(eventSchema),
});

const layerInfo = z.object({
  total: z.number().int(),
  returned: z.number().int(),
  next: z.string().nullable().describe('Path of the next page of this layer, null when all are here.'),
});

/** Answer shape: an annotated article, each layer trimmed to the first `limit` items. */
export const trimmedArticleSchema = annotatedArticleSchema.extend({
  layers: z
    .object({
      sentences: layerInfo,
      mentions: layerInfo,
      events: layerInfo,
      quotes: layerInfo,
      markers: layerInfo,
      quantities: layerInfo,
      dates: layerInfo,
    })
    .describe("Each layer's size, how many items are here, and the next page."),
});

const token = z.object({ ...span, text: z.string() }).loose();

/** Answer shape: a page of one annotation layer of an article. */
export const layerPageSchema = z.object({
  layer: z.enum(['sentences', 'mentions', 'events', 'quotes', 'markers', 'quantities', 'dates', 'tokens']),
  items: z.union([
    z.array(sentence),
    z.array(mention),
    z.array(eventSchema),
    z.array(quote),
    z.array(marker),
    z.array(quantity),
    z.array(dateMention),
    z.array(z.array(token)),
  ]),
  total: z.number().int(),
  next: z.string().nullable().describe('Path of the next page, null on the last.'),
});

/** A page of items with the cursor to the next page (null on the last page). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next: z.string().nullable() });
}

/** Answer shape: postResult. */
export const postResultSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      outcome: z.enum(['stored', 'duplicate', 'failed']),
      message: z.string().optional(),
      language: z.string(),
      events: z.number().int(),
    }),
  ),
  incidents: z.number().int().describe('Incidents in the ledger after the rebuild.'),
});

/** Answer shape: health. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  uptimeSeconds: z.number(),
  postEnabled: z.boolean(),
});

/** Answer shape: stats. */
export const statsSchema = z.object({
  articles: z.number().int(),
  articlesByLanguage: z.record(z.string(), z.number().int()),
  sentences: z.number().int(),
  mentions: z.number().int(),
  events: z.number().int(),
  eventsByType: z.record(z.string(), z.number().int()),
  incidents: z.number().int(),
  campaigns: z.number().int(),
  runs: z.number().int(),
});

/** Answer shape: error. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string().describe('Stable machine-readable code.'),
    message: z.string(),
    path: z.string().optional().describe('The input it concerns, e.g. query.limit.'),
  }),
});
