import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import type { Actor, Decision } from '@jiping/domain';
import type { ServiceContext } from '../context.ts';
import { assertAllowed } from '../errors.ts';
import { parseInput } from '../parse-input.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Who may call an endpoint. Either a policy gate (a pure function of the actor) or an explicit
 * `public` with the reason it needs no login; there is no third option, so a route cannot be
 * registered without a decision (the app also refuses any route that bypasses this helper).
 */
export type Access = { public: string } | ((actor: Actor) => Decision);

export interface RouteSpec<P, Q, B, R> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: Access;
  params?: ZodType<P>;
  query?: ZodType<Q>;
  body?: ZodType<B>;
  /** The response is an allowlist: only what this schema names leaves the server. `null` = 204. */
  response: ZodType<R> | null;
  status?: number;
  /** The body is multipart form data, read by the handler itself (declared by the endpoint's contract). */
  upload?: true;
  /** Non-JSON responses (files, HTML) describe themselves and bypass output mapping. */
  raw?: { contentType: string };
  handler(input: { ctx: ServiceContext; params: P; query: Q; body: B; request: FastifyRequest; reply: FastifyReply }): Promise<R>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteSpec = RouteSpec<any, any, any, any>;

export interface Router {
  route<P = undefined, Q = undefined, B = undefined, R = unknown>(spec: RouteSpec<P, Q, B, R>): void;
  readonly specs: readonly AnyRouteSpec[];
}

export const ROUTE_MARK = 'jipingRoute';

export function createRouter(app: FastifyInstance, contextOf: (request: FastifyRequest) => ServiceContext): Router {
  const specs: AnyRouteSpec[] = [];
  return {
    specs,
    route(spec) {
      specs.push(spec as AnyRouteSpec);
      app.route({
        method: spec.method,
        url: spec.url,
        config: { [ROUTE_MARK]: true },
        handler: async (request, reply) => {
          const ctx = contextOf(request);
          if (typeof spec.access === 'function') assertAllowed(spec.access(ctx.actor));
          const params = parse(spec.params, request.params, 'params', ctx);
          const query = parse(spec.query, request.query, 'query', ctx);
          const body = parse(spec.body, request.body, 'body', ctx);
          const result = await spec.handler({ ctx, params, query, body, request, reply });
          if (spec.raw) return reply;
          // A handler may set another status itself (503 unhealthy, 422 report); otherwise the spec's.
          const status = reply.statusCode !== 200 ? reply.statusCode : spec.status;
          if (spec.response === null) return reply.code(status ?? 204).send();
          return reply.code(status ?? 200).send(spec.response.parse(result));
        },
      });
    },
  };
}

function parse<T>(schema: ZodType<T> | undefined, value: unknown, where: 'params' | 'query' | 'body', ctx: ServiceContext): T {
  if (!schema) return undefined as T;
  return parseInput(schema, value, ctx.locale, where);
}
