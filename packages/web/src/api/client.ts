import type { z } from 'zod';
import type { Endpoint } from '@jiping/contracts';
import i18n from '../i18n/index.ts';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** A refused request, carrying the server's problem+json: its message is already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
    readonly body: unknown = null,
  ) {
    super(detail);
  }
}

type Schema<E, K extends string> = E extends { [P in K]: infer S extends z.ZodType } ? S : never;

/** What a call to an endpoint needs, derived from its contract: path parameters, query, body or form. */
export type CallInput<E extends Endpoint> = ([Schema<E, 'params'>] extends [never] ? unknown : { params: z.input<Schema<E, 'params'>> }) &
  ([Schema<E, 'query'>] extends [never] ? unknown : { query?: z.input<Schema<E, 'query'>> }) &
  ([Schema<E, 'body'>] extends [never] ? unknown : undefined extends z.input<Schema<E, 'body'>> ? { body?: z.input<Schema<E, 'body'>> } : { body: z.input<Schema<E, 'body'>> }) &
  (E extends { upload: true } ? { form: FormData } : unknown) & { headers?: Record<string, string> };

/** What an endpoint's body is, as a form builds it. */
export type BodyOf<E extends Endpoint> = z.input<Schema<E, 'body'>>;

/** What an endpoint answers, as its response schema says (the server parses every answer with it). */
export type ResponseOf<E extends Endpoint> = E extends { response: infer S extends z.ZodType } ? z.output<S> : void;

type Args<E extends Endpoint> = object extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>];

/** `/api/v1/plans/:id` with `{ id }` → `/api/v1/plans/…`, each segment encoded. */
export function pathOf(template: string, params: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
  const path = template.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The link to a file the server sends (a template, an attachment, an error report). */
export function hrefOf(download: { url: string }, params: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
  return pathOf(download.url, params, query);
}

/**
 * Calls one endpoint of the contracts: the path, method and shapes come from its declaration, so
 * a page never spells a URL or states a response type itself.
 */
export function call<E extends Endpoint>(endpoint: E, ...[input]: Args<E>): Promise<ResponseOf<E>> {
  // The one place the answer's type is asserted: the server parsed it with this same schema.
  return send(endpoint, (input ?? {}) as SendInput) as Promise<ResponseOf<E>>;
}

interface SendInput {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

/** `call` without the types, for helpers generic over several endpoints (paged lists). */
export function send(endpoint: Endpoint, input: SendInput): Promise<unknown> {
  return request(pathOf(endpoint.url, input.params, input.query), { method: endpoint.method, body: input.body, form: input.form, headers: input.headers });
}

async function request(path: string, init: { method: string; body?: unknown; form?: FormData; headers?: Record<string, string> }): Promise<unknown> {
  const headers: Record<string, string> = { ...init.headers, 'accept-language': i18n.language };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method: init.method,
    headers,
    credentials: 'same-origin',
    body: init.form ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const problem = (payload ?? {}) as { code?: string; detail?: string; errors?: FieldProblem[] };
    throw new ApiError(response.status, problem.code ?? 'HTTP', problem.detail ?? `${response.status} ${response.statusText}`, problem.errors ?? [], payload);
  }
  return payload;
}

/** Field errors as antd Form wants them, with the server's messages. */
export function formErrors(error: unknown): Array<{ name: (string | number)[]; errors: string[] }> {
  if (!(error instanceof ApiError)) return [];
  return error.errors.map((e) => ({ name: e.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [e.message] }));
}
