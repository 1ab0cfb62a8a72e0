import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '@jiping/domain';
import { AppError, STATUS_OF, type ErrorCode } from '../errors.ts';
import { translate } from '../i18n/messages.ts';
import { databaseErrorOf } from '../db/database-error.ts';
import { problemOfDatabaseError } from '../db/constraint-errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<ErrorCode, string> = {
  VALIDATION: 'Validation failed',
  MALFORMED_BODY: 'Malformed request body',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  UNAUTHENTICATED: 'Authentication required',
  INVALID_CREDENTIALS: 'Invalid credentials',
  ACCOUNT_LOCKED: 'Account locked',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  UNPROCESSABLE: 'Unprocessable content',
  STALE_VERSION: 'Stale version',
  PRECONDITION_FAILED: 'Precondition failed',
  TOO_MANY_REQUESTS: 'Too many requests',
  SERVICE_UNAVAILABLE: 'Service unavailable',
  INTERNAL: 'Internal server error',
};

/**
 * The one place where errors become HTTP: typed domain errors, Fastify's own body errors,
 * refusals by the database (constraints, values a column cannot hold), and anything unexpected
 * (a logged 500 that shows only the request id). Logs name the SQLSTATE and constraint, never
 * the statement or its values (the logger's `err` serializer, `loggableError`, sees to that).
 */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, locale: Locale, bodyLimit: number) {
  const database = error instanceof AppError ? null : databaseErrorOf(error);
  const appError = (database && problemOfDatabaseError(database)) || toAppError(error, bodyLimit);
  if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error');
  else if (database) request.log.warn({ sqlState: database.code, constraint: database.constraint, table: database.table, column: database.column }, 'database refused the request');
  const status = STATUS_OF[appError.code];
  const params = { ...appError.params, requestId: request.id, method: request.method, url: request.url };
  const body = {
    type: `urn:jiping:problem:${appError.code.toLowerCase()}`,
    title: TITLES[appError.code],
    status,
    detail: translate(appError.messageKey, locale, params),
    code: appError.code,
    instance: request.url,
    requestId: request.id,
    ...(appError.fieldErrors.length
      ? {
          errors: appError.fieldErrors.map((fieldError) => ({
            field: fieldError.field,
            code: fieldError.code,
            message: fieldError.message ?? translate(fieldError.messageKey ?? fieldError.code, locale, fieldError.params),
          })),
        }
      : {}),
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(body);
}

function toAppError(error: unknown, bodyLimit: number): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'error.payloadTooLarge', { limit: String(bodyLimit) });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'error.unsupportedMediaType');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_BODY', 'error.emptyBody');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('MALFORMED_BODY', 'error.malformedJson');
  }
  // Fastify's JSON parser reports a SyntaxError with status 400.
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return new AppError('MALFORMED_BODY', 'error.malformedJson');
  if (fastifyError.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', 'error.payloadTooLarge', { limit: String(bodyLimit) });
  if (fastifyError.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', 'error.unsupportedMediaType');
  if (fastifyError.statusCode === 400) return new AppError('MALFORMED_BODY', 'error.malformedJson');
  return new AppError('INTERNAL', 'error.internal');
}
