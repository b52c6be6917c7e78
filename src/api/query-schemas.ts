/**
 * Zod schemas of every query string, path parameter and request body the API accepts. The same
 * schemas validate requests and write the OpenAPI document, so the two cannot drift apart.
 */

import { z } from 'zod';
import { PLOVER_TYPES } from '../coding/ontology-schema.js';
import type { ClaimStatus } from '../core/records.js';
import { normaliseDate } from '../ingest/normalise-date.js';
import { ARTICLE_LAYERS } from '../store/article-layers.js';
import type { EventFilter, IncidentFilter } from '../store/store.js';

/** Every PLOVER claim status, in the order the codebook lists them. */
export const CLAIM_STATUSES = [
  'asserted',
  'attributed',
  'alleged',
  'denied',
  'hypothetical',
  'future',
  'negated',
] as const satisfies readonly ClaimStatus[];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a calendar date');

/** Free text with a length cap, so a filter cannot carry a megabyte. */
const shortText = (what: string) =>
  z.string().trim().min(1, `${what} is empty`).max(200, `${what} is too long`);

/** An actor code prefix: letters, digits and `-` (CAMEO uses `---` for an unknown country). */
const actorCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{2,20}$/, 'expected an actor code prefix such as USA or COLGOV')
  .transform((s) => s.toUpperCase());

const limit = (max: number, dflt: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a positive integer')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`))
    .default(dflt)
    .describe(`Page size, 1 to ${max} (default ${dflt}).`);

/** How many sources of each incident an answer lists, `0` to `max` (default `dflt`). */
const sourcesParam = (max: number, dflt: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max, `must be at most ${max}`))
    .default(dflt)
    .describe(
      `Sources listed per incident, 0 to ${max} (default ${dflt}); \`sourceCount\` and \`sourcesNext\` give the rest.`,
    );

const cursor = z
  .string()
  .min(1)
  .max(500)
  .optional()
  .describe('Opaque cursor from the previous page (`next`).');

/** The filters common to events, series, actors and the network. */
export const eventFilterShape = {
  actor: shortText('actor').optional().describe('Actor code prefix or name substring, on either side.'),
  recipient: shortText('recipient').optional().describe('Recipient code prefix or name substring.'),
  dyad: z
    .string()
    .transform((s) => s.split(',').map((p) => p.trim()))
    .pipe(z.tuple([actorCode, actorCode], { error: 'expected two actor codes as A,B' }))
    .optional()
    .describe('Two actor code prefixes `A,B`: events between them, either direction.'),
  type: z
    .string()
    .trim()
    .regex(/^[A-Za-z_]{2,40}$/, 'expected a PLOVER event type such as ASSAULT')
    .transform((s) => s.toUpperCase())
    .refine((s) => (PLOVER_TYPES as readonly string[]).includes(s), {
      error: (i) => `unknown PLOVER type ${String(i.input)}: expected one of ${PLOVER_TYPES.join(', ')}`,
    })
    .optional()
    .describe(`PLOVER event type: ${PLOVER_TYPES.join(', ')}.`),
  cameoRoot: z
    .string()
    .regex(/^\d{2}$/, 'expected a two-digit CAMEO root such as 19')
    .refine((s) => Number(s) >= 1 && Number(s) <= 20, 'CAMEO roots run from 01 to 20')
    .optional()
    .describe('CAMEO root code, two digits.'),
  claim: z
    .string()
    .transform((s) => s.split(',').map((p) => p.trim().toLowerCase()))
    // `all`, as on the command line: every status, negated and hypothetical included.
    .transform((list) => (list.includes('all') ? [...CLAIM_STATUSES] : list))
    .pipe(
      z
        .array(
          z.enum(CLAIM_STATUSES, { error: `expected claim statuses among ${CLAIM_STATUSES.join(', ')}` }),
        )
        .min(1),
    )
    .optional()
    .describe('Comma list of claim statuses, or `all`. Default: all but negated and hypothetical.'),
  from: isoDate.optional().describe('First day, inclusive (event date, else publication date).'),
  to: isoDate.optional().describe('Last day, inclusive.'),
  place: shortText('place').optional().describe('Place name substring or country code.'),
  text: shortText('text').optional().describe('Substring of the evidence sentence.'),
  articleId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,80}$/, 'expected an article id')
    .optional()
    .describe('Only events of this article.'),
};

/** Rejects a date range that ends before it starts. */
function orderedDates(v: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.from > v.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `'to' (${v.to}) is before 'from' (${v.from})` });
  }
}

/** `GET /api/events`: the event filters, sort order and a page. */
export const eventsQuery = z
  .strictObject({
    ...eventFilterShape,
    order: z
      .enum(['asc', 'desc'], { error: 'expected asc or desc' })
      .optional()
      .default('asc')
      .describe('By event date then id: asc (oldest first, default) or desc (newest first).'),
    limit: limit(500, 50),
    cursor,
  })
  .superRefine(orderedDates);

/** `GET /api/series`: the event filters and a bucket size. */
export const seriesQuery = z
  .strictObject({
    ...eventFilterShape,
    bucket: z
      .enum(['day', 'week', 'month'], { error: 'expected day, week or month' })
      .optional()
      .default('week')
      .describe('Bucket size (default week).'),
    imprecise: z
      .enum(['true', 'false'], { error: 'expected true or false' })
      .optional()
      .describe('`true`: also count, per bucket, the events known only to a month or a range of days.'),
  })
  .superRefine(orderedDates);

/** `GET /api/actors`: the event filters and how many actors. */
export const actorsQuery = z
  .strictObject({ ...eventFilterShape, limit: limit(500, 50) })
  .superRefine(orderedDates);

/** `GET /api/network`: the event filters and how many edges. */
export const networkQuery = z
  .strictObject({
    ...eventFilterShape,
    limit: limit(1000, 150).describe('Most edges returned (default 150).'),
  })
  .superRefine(orderedDates);

const { articleId: _articleId, ...incidentFilterShape } = eventFilterShape;

/**
 * `GET /api/incidents`: the event filters and a page. `actor`, `type`, `place`, `from` and `to`
 * apply to the incident; `recipient`, `dyad`, `cameoRoot`, `claim` and `text` keep the incidents
 * with at least one source event that matches them, as the events table shows.
 */
export const incidentsQuery = z
  .strictObject({
    ...incidentFilterShape,
    campaignId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,80}$/, 'expected a campaign id')
      .optional()
      .describe('Only incidents of this campaign.'),
    limit: limit(500, 50),
    cursor,
    sources: sourcesParam(100, 10),
  })
  .superRefine(orderedDates);

/** `GET /api/campaigns`: the event filters; a campaign is listed when one of its incidents matches. */
export const campaignsQuery = z.strictObject({ ...incidentFilterShape }).superRefine(orderedDates);

/** The incident-store filter of validated incident query values. */
export function toIncidentFilter(q: FilterInput & { campaignId?: string }): IncidentFilter {
  const f: IncidentFilter = {};
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.actor) f.actor = q.actor;
  if (q.type) f.type = q.type;
  if (q.place) f.place = q.place;
  if (q.campaignId) f.campaignId = q.campaignId;
  const events = toEventFilter({
    recipient: q.recipient,
    dyad: q.dyad,
    cameoRoot: q.cameoRoot,
    claim: q.claim,
    text: q.text,
  });
  if (Object.keys(events).length) f.events = events;
  return f;
}

/** `GET /api/articles`: a page, optionally of one language. */
export const articlesQuery = z.strictObject({
  limit: limit(500, 50),
  cursor,
  language: z
    .string()
    .regex(/^[a-z]{3}$/, 'expected an ISO 639-3 code such as eng')
    .optional()
    .describe('ISO 639-3 language code.'),
});

/** Routes that take no query parameters reject any, so that a typo is not silently ignored. */
export const emptyQuery = z.strictObject({});

/** Path parameter `:id` of one record. */
export const idParams = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'expected an id of letters, digits, _ and -'),
});

/** ISO 8601 date or date-time as a client posts it; the calendar check is `normaliseDate`'s. */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const postedArticle = z
  .strictObject({
    text: z.string().min(1, 'text is empty').optional().describe('Plain text of the article.'),
    html: z.string().min(1, 'html is empty').optional().describe('HTML page; its main text is extracted.'),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(200).optional(),
    date: z
      .string()
      .refine(
        (s) => ISO_DATE_TIME.test(s) && normaliseDate(s) !== null,
        'expected an ISO 8601 date or date-time (YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])',
      )
      .optional()
      .describe('Publication date, ISO 8601.'),
    url: z.url({ error: 'expected an absolute URL' }).max(2000).optional(),
  })
  .refine((a) => a.text !== undefined || a.html !== undefined, { error: 'one of text or html is required' });

/** One article as a client posts it. */
export type PostedArticle = z.infer<typeof postedArticle>;

/** `POST /api/articles`: one article or an array of up to 100. */
export const postArticlesBody = z.union([postedArticle, z.array(postedArticle).min(1).max(100)], {
  error:
    'expected an article object {text|html, title?, outlet?, date?, url?} or an array of 1 to 100 of them',
});

type FilterInput = { [K in keyof typeof eventFilterShape]?: z.output<(typeof eventFilterShape)[K]> };

/** The store's EventFilter from validated query values (dropping what is not a filter). */
export function toEventFilter(q: FilterInput): EventFilter {
  const f: EventFilter = {};
  if (q.actor) f.actor = q.actor;
  if (q.recipient) f.recipient = q.recipient;
  if (q.dyad) f.dyad = [q.dyad[0], q.dyad[1]];
  if (q.type) f.type = q.type;
  if (q.cameoRoot) f.cameoRoot = q.cameoRoot;
  if (q.claim) f.claim = q.claim;
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.place) f.place = q.place;
  if (q.text) f.text = q.text;
  if (q.articleId) f.articleId = q.articleId;
  return f;
}

/** `GET /api/incidents/:id`: how many of its sources to list. */
export const incidentQuery = z.strictObject({ sources: sourcesParam(500, 100) });

/** Where a page of a long list starts. */
const offset = z
  .string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform(Number)
  .pipe(z.number().int().min(0).max(100_000_000))
  .default(0)
  .describe('Items to skip (from the `next` link of the previous page).');

/** `GET /api/incidents/:id/sources`: a page of an incident's sources. */
export const incidentSourcesQuery = z.strictObject({ offset, limit: limit(500, 100) });

/** `GET /api/articles/:id`: how many items of each annotation layer to include. */
export const articleQuery = z.strictObject({
  limit: limit(1000, 200).describe(
    'Items of each layer (sentences, mentions, events...) included, 1 to 1000 (default 200); `layers` links the rest.',
  ),
});

/** Path parameters of one layer of one article. */
export const layerParams = z.strictObject({
  id: idParams.shape.id,
  layer: z.enum(ARTICLE_LAYERS, { error: `expected one of ${ARTICLE_LAYERS.join(', ')}` }),
});

/** `GET /api/articles/:id/layers/:layer`: a page of the layer. */
export const layerQuery = z.strictObject({ offset, limit: limit(1000, 200) });
