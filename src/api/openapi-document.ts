import { z } from 'zod';
import type { ErrorStatus } from './api-error.js';
import type { RouteDef } from './api-routes.js';
import { errorSchema } from './response-schemas.js';

type JsonSchema = Record<string, unknown>;

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: 'Bad parameter or body; `error.code` says which rule, `error.path` which input.',
  401: 'Missing or wrong bearer token.',
  403: 'Posting is disabled: the server was started without a token.',
  404: 'No such record.',
  413: 'Request body over the size limit, or an article text over the per-article limit (500 KB).',
  500: 'Internal error.',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** OpenAPI parameters from a zod object schema of query or path values. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name,
      in: where,
      required: where === 'path' || (js.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** `/api/incidents/:id` as OpenAPI spells it: `/api/incidents/{id}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Writes the OpenAPI 3.1 document of the given routes from their zod schemas. */
export function buildOpenApi(routes: RouteDef[], info: { version: string; bodyLimit: number }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const responses: Record<string, unknown> = {
      [r.response.status]: {
        description: r.response.description,
        content: { 'application/json': { schema: jsonSchema(r.response.schema, 'output') } },
      },
    };
    for (const status of [...r.errors, 500 as const]) {
      responses[status] = {
        description: ERROR_TEXT[status],
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    const op: Record<string, unknown> = {
      operationId: r.operationId,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses,
    };
    if (r.body) {
      op.requestBody = {
        required: true,
        description: `JSON, at most ${info.bodyLimit} bytes.`,
        content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
      };
    }
    if (r.auth) op.security = [{ bearer: [] }];
    const path = openApiPath(r.path);
    paths[path] = { ...(paths[path] ?? {}), [r.method]: op };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lapwing API',
      version: info.version,
      description: 'Political event data coded from news: events, incidents, actors, series and articles.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(errorSchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
