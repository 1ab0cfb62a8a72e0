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

export async function api<T>(path: string, init: { method?: string; body?: unknown; form?: FormData; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { ...init.headers, 'accept-language': i18n.language };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    body: init.form ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const type = response.headers.get('content-type') ?? '';
  const payload = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const problem = (payload ?? {}) as { code?: string; detail?: string; errors?: FieldProblem[] };
    throw new ApiError(response.status, problem.code ?? 'HTTP', problem.detail ?? `${response.status} ${response.statusText}`, problem.errors ?? [], payload);
  }
  return payload as T;
}

/** Field errors as antd Form wants them, with the server's messages. */
export function formErrors(error: unknown): Array<{ name: (string | number)[]; errors: string[] }> {
  if (!(error instanceof ApiError)) return [];
  return error.errors.map((e) => ({ name: e.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [e.message] }));
}

/**
 * Field errors of a nested form whose root is one key of the request body (e.g. the profile of
 * `{version, profile}`): the prefix is dropped so the errors land on the form's own fields.
 */
export function formErrorsUnder(error: unknown, prefix: string): Array<{ name: (string | number)[]; errors: string[] }> {
  return formErrors(error).map((e) => (e.name[0] === prefix ? { ...e, name: e.name.slice(1) } : e));
}
