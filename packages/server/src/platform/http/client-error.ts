import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Socket } from 'node:net';
import { DEFAULT_LOCALE, negotiateLocale } from '@jiping/domain';
import { translate } from '../i18n/messages.ts';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** Node passes the bytes received so far as `rawPacket` (a Buffer, whatever Fastify's types say). */
type ClientError = Error & { code?: string; rawPacket?: unknown };

const KINDS: Record<string, { status: number; code: string; messageKey: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'HEADERS_TOO_LARGE', messageKey: 'error.headersTooLarge' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_TIMEOUT', messageKey: 'error.requestTimeout' },
};
const MALFORMED = { status: 400, code: 'MALFORMED_REQUEST', messageKey: 'error.badRequest' };

/**
 * Requests Node's HTTP parser refuses (headers too large, malformed, too slow) never reach
 * Fastify, so they would otherwise get Node's bare answer. They get a problem+json like every
 * other error, in the client's language when the part already received says it.
 */
export function answerClientError(error: ClientError, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const kind = KINDS[error.code ?? ''] ?? MALFORMED;
  const locale = localeOf(error.rawPacket) ?? DEFAULT_LOCALE;
  const requestId = randomUUID();
  const body = JSON.stringify({
    type: `urn:jiping:problem:${kind.code.toLowerCase()}`,
    title: http.STATUS_CODES[kind.status] ?? 'Bad Request',
    status: kind.status,
    detail: translate(kind.messageKey, locale, {}),
    code: kind.code,
    requestId,
  });
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    connection: 'close',
  };
  if (socket.writable) {
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${kind.status} ${http.STATUS_CODES[kind.status]}\r\n${head}\r\n${body}`);
  }
  socket.destroy(error);
}

function localeOf(rawPacket: unknown) {
  if (!Buffer.isBuffer(rawPacket)) return null;
  const match = /\r\naccept-language:[ \t]*([^\r\n]{1,200})/i.exec(rawPacket.subarray(0, 65_536).toString('latin1'));
  return match ? negotiateLocale(match[1]) : null;
}
