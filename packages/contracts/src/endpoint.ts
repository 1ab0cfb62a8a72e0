import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * One JSON endpoint: its method, its path template (`:name` segments filled from `params`) and
 * the schemas of what goes in and comes out. The server registers its route from this object and
 * the web client calls through it, so the two cannot disagree on a path or a shape.
 */
export interface Endpoint {
  method: HttpMethod;
  url: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** `null`: the endpoint answers 204 without a body. */
  response: z.ZodType | null;
  /** The body is multipart form data (a file and a few fields), not JSON. */
  upload?: true;
}

export const endpoint = <const E extends Endpoint>(e: E): E => e;

/** One endpoint per action of a family that differs only in its last path segment. */
export function family<const A extends string, const E extends Endpoint>(actions: readonly A[], make: (action: A) => E): Record<A, E> {
  return Object.fromEntries(actions.map((a) => [a, make(a)])) as Record<A, E>;
}
