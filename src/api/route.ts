/**
 * The shape of one API route as data (see `api-routes.ts`): method, path, the zod schemas of its
 * inputs and answer, and its handler.
 */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import type { ErrorStatus } from './api-error.js';
import type { ArticleCoder } from './ingest-posted.js';

/** What handlers may use besides their validated input. */
export interface RouteEnv {
  store: Store;
  startedAt: number;
  version: string;
  postEnabled: boolean;
  /** The OpenAPI document, built once from this table. */
  openapi: () => unknown;
  /** Codes posted articles off the request thread (the server's coding thread); absent: inline. */
  code?: ArticleCoder;
  /** Serialises writes so that two posts never rebuild incidents at once. */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
}

/** One route of the API. Inputs are typed by the schemas through {@link route}. */
export interface RouteDef {
  method: 'get' | 'post';
  /** Hono-style path (`/api/incidents/:id`). */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  query: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** Requires the start-up bearer token. */
  auth?: boolean;
  response: { status: 200 | 201; description: string; schema: z.ZodType };
  /** Error statuses the route can answer, besides 500. */
  errors: ErrorStatus[];
  handle(input: { query: unknown; params: unknown; body: unknown }, env: RouteEnv): Promise<unknown>;
}

export interface TypedRoute<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>
  extends Omit<RouteDef, 'handle' | 'query' | 'params' | 'body'> {
  query: Q;
  params?: P;
  body?: B;
  handle(
    input: { query: z.output<Q>; params: z.output<P>; body: z.output<B> },
    env: RouteEnv,
  ): Promise<unknown>;
}

/** Declares a route with handler inputs typed by its schemas. */
export function route<
  Q extends z.ZodType,
  P extends z.ZodType = z.ZodNever,
  B extends z.ZodType = z.ZodNever,
>(def: TypedRoute<Q, P, B>): RouteDef {
  return def as unknown as RouteDef;
}
