import type { Decision } from '@jiping/domain';

/**
 * Typed domain errors. Services throw these; the HTTP layer maps them to problem+json in one
 * place (http/problem.ts). `messageKey` names a translated user message; `internal` is for logs.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'MALFORMED_BODY'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNPROCESSABLE'
  | 'STALE_VERSION'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL';

export const STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION: 400,
  MALFORMED_BODY: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** Well-formed, but the data cannot be stored (a reference to nothing, a broken rule). */
  UNPROCESSABLE: 422,
  STALE_VERSION: 409,
  PRECONDITION_FAILED: 412,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface FieldError {
  field: string;
  code: string;
  messageKey?: string;
  /** Already-localised message (from the schema validator). */
  message?: string;
  params?: Record<string, string>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: Record<string, string> = {},
    readonly fieldErrors: FieldError[] = [],
    internal?: string,
  ) {
    super(internal ?? `${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const notFound = (entity: string) => new AppError('NOT_FOUND', 'error.notFound', { entity });
export const staleVersion = () => new AppError('STALE_VERSION', 'error.staleVersion');
export const conflict = (messageKey: string, params?: Record<string, string>) => new AppError('CONFLICT', messageKey, params);
export const validation = (fieldErrors: FieldError[]) => new AppError('VALIDATION', 'error.validation', {}, fieldErrors);

/** Turns a policy refusal into the error the client sees (401 or 403, with the reason). */
export function assertAllowed(decision: Decision): void {
  if (decision.allowed) return;
  if (decision.status === 401) throw new AppError('UNAUTHENTICATED', decision.reason, decision.params);
  if (decision.status === 409) throw new AppError('CONFLICT', decision.reason, decision.params);
  throw new AppError('FORBIDDEN', decision.reason, decision.params);
}
