import { z, type ZodType } from 'zod';
import { Problem } from '@jiping/contracts';
import type { AnyRouteSpec } from './route.ts';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parametersOf(schema: ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

/** The OpenAPI 3.1 document, generated from the same route specs that validate requests. */
export function buildOpenApi(specs: readonly AnyRouteSpec[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const problemRef = { $ref: '#/components/schemas/Problem' };
  const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemRef } } });
  for (const spec of specs) {
    const path = spec.url.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{path}');
    const isPublic = typeof spec.access !== 'function';
    const status = String(spec.response === null ? (spec.status ?? 204) : (spec.status ?? 200));
    const responses: Record<string, unknown> = {
      [status]: spec.raw
        ? { description: 'OK', content: { [spec.raw.contentType]: {} } }
        : spec.response === null
          ? { description: 'No content' }
          : { description: 'OK', content: { 'application/json': { schema: schemaOf(spec.response, 'output') } } },
    };
    if (spec.params || spec.query || spec.body) responses['400'] = problemResponse('Invalid input');
    if (!isPublic) {
      responses['401'] = problemResponse('Not signed in');
      responses['403'] = problemResponse('Out of scope, with the reason');
    }
    const pathParameters = spec.params
      ? parametersOf(spec.params, 'path')
      : [...spec.url.matchAll(/:(\w+)|\*$/g)].map((match) => ({ name: match[1] ?? 'path', in: 'path', required: true, schema: { type: 'string' } }));
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: spec.tags,
      operationId: `${spec.method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      ...(isPublic ? { security: [] } : {}),
      parameters: [...pathParameters, ...parametersOf(spec.query, 'query')],
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '技评 Jiping API',
      version,
      description: '上海市职业技能等级认定平台接口。错误均以 RFC 9457 application/problem+json 返回。',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Problem: schemaOf(Problem, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jiping_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
