import { timingSafeEqual } from 'node:crypto';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getLogger } from '../core/logger.js';
import type { Store } from '../store/store.js';
import { ApiError, fromZodError } from './api-error.js';
import { ROUTES, type RouteEnv } from './api-routes.js';
import type { ArticleCoder } from './ingest-posted.js';
import { buildOpenApi } from './openapi-document.js';
import { readStatic } from './static-files.js';

/** Default largest request body: 2 MB. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * Largest answer, in characters of JSON. Every list is paged or trimmed, so only a record with
 * enormous strings (a stored article of many megabytes, a sentence without an end) comes near it.
 */
export const MAX_ANSWER_CHARS = 8 * 1024 * 1024;

/** Options of the Hono application (the server adds the socket). */
export interface AppOptions {
  store: Store;
  token?: string;
  bodyLimit?: number;
  /** Folder of the built dashboard, or null to serve the API alone. */
  webRoot: string | null;
  version?: string;
  /** Codes posted articles off the request thread; without it they are coded inline. */
  code?: ArticleCoder;
}

/**
 * The dashboard may only load its own bundle; article text is rendered as text, and this policy
 * keeps an injected script inert even if a rendering bug let markup through.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token)
      throw new ApiError(403, 'disabled', 'posting articles is disabled: start the server with --token');
    const header = c.req.header('authorization');
    if (!header)
      throw new ApiError(
        401,
        'missing-token',
        'expected Authorization: Bearer <token>',
        'header.authorization',
      );
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m || !sameSecret(m[1]!, token)) {
      throw new ApiError(
        401,
        'bad-token',
        'the bearer token is not the one the server was started with',
        'header.authorization',
      );
    }
    await next();
  };
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) throw new ApiError(400, 'empty-body', 'expected a JSON body', 'body');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(400, 'bad-json', `body is not valid JSON: ${(e as Error).message}`, 'body');
  }
}

/** Builds the Hono application: the API routes of {@link ROUTES}, errors as JSON, and the dashboard. */
export function createApp(opts: AppOptions): Hono {
  const limit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const version = opts.version ?? '0.1.0';
  let doc: unknown;
  let queue: Promise<unknown> = Promise.resolve();
  const env: RouteEnv = {
    store: opts.store,
    startedAt: Date.now(),
    version,
    postEnabled: Boolean(opts.token),
    code: opts.code,
    openapi: () => {
      doc ??= buildOpenApi(ROUTES, { version, bodyLimit: limit });
      return doc;
    },
    exclusive: <T>(fn: () => Promise<T>) => {
      const run = queue.then(fn, fn);
      queue = run.catch(() => undefined);
      return run;
    },
  };

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', CSP);
  });

  for (const r of ROUTES) {
    const handlers: MiddlewareHandler[] = [];
    if (r.auth) handlers.push(requireToken(opts.token));
    if (r.body) {
      handlers.push(
        bodyLimit({
          maxSize: limit,
          onError: () => {
            throw new ApiError(
              413,
              'body-too-large',
              `request body is over the limit of ${limit} bytes`,
              'body',
            );
          },
        }),
      );
    }
    handlers.push(async (c) => {
      const q = r.query.safeParse(c.req.query());
      if (!q.success) throw fromZodError(q.error, 'query', 'bad-parameter');
      let params: unknown;
      if (r.params) {
        const p = r.params.safeParse(c.req.param());
        if (!p.success) throw fromZodError(p.error, 'params', 'bad-parameter');
        params = p.data;
      }
      let body: unknown;
      if (r.body) {
        const b = r.body.safeParse(await readJson(c));
        if (!b.success) throw fromZodError(b.error, 'body', 'bad-body');
        body = b.data;
      }
      const result = await r.handle({ query: q.data, params, body }, env);
      const json = JSON.stringify(result);
      if (json.length > MAX_ANSWER_CHARS) {
        throw new ApiError(
          400,
          'answer-too-large',
          `the answer would be ${json.length} characters, over the cap of ${MAX_ANSWER_CHARS}: ask for fewer items (limit=)`,
          'query.limit',
        );
      }
      c.header('Content-Type', 'application/json; charset=UTF-8');
      return c.body(json, r.response.status);
    });
    app.on(r.method.toUpperCase(), [r.path], ...(handlers as [MiddlewareHandler]));
  }

  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found', 'no such API route; see /openapi.json');
  });

  app.get('*', async (c) => {
    if (!opts.webRoot) {
      throw new ApiError(404, 'no-dashboard', 'the dashboard is not built: run npm run build:web');
    }
    const file = await readStatic(opts.webRoot, c.req.path);
    if (!file) throw new ApiError(404, 'not-found', `no file ${c.req.path}`);
    c.header('Content-Type', file.type);
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(new Uint8Array(file.body));
  });

  app.notFound(() => {
    throw new ApiError(404, 'not-found', 'no such route');
  });

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(err.toBody(), err.status);
    getLogger().error({ err, path: c.req.path }, 'request failed');
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  return app;
}
