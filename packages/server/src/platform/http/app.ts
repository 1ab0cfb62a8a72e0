import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { ANONYMOUS, DEFAULT_LOCALE, negotiateLocale, type Actor, type Locale } from '@jiping/domain';
import type { Config } from '../config.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/client.ts';
import type { FileStore } from '../files/file-store.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { ServiceContext } from '../context.ts';
import type { MailSender } from '../mail/mail-sender.ts';
import type { SmsSender } from '../sms/sms-sender.ts';
import { createMailDispatcher, type MailDispatcher } from '../mail/mail-dispatcher.ts';
import { AppError } from '../errors.ts';
import { loadActorFromSession } from '../auth/load-actor.ts';
import { SESSION_COOKIE } from '../auth/session-token.ts';
import { createRouter, ROUTE_MARK, type Router } from './route.ts';
import { sendProblem } from './problem.ts';
import { answerClientError } from './client-error.ts';
import { addSecurityHeaders, SECURITY_HEADERS } from './security-headers.ts';
import { loggableError } from '../db/database-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    locale: Locale;
    /** The request carried a session cookie that is unknown, expired or malformed. */
    sessionInvalid: boolean;
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  /** Uploaded files (evidence, attachments). */
  files: FileStore;
  /** Keys sealing personal information. */
  keyring: Keyring;
  /** Verification codes by text message; null: none can be sent (claims wait for confirmation in person). */
  sms?: SmsSender | null;
  /** SMTP (or a stand-in); null or absent: e-mail disabled, mail waits in the outbox. */
  mailSender?: MailSender | null;
  /** Where JSON log lines go (standard output when absent). */
  logStream?: { write(line: string): void };
  /** Each module adds its routes through the router, which enforces an access decision. */
  modules: Array<(router: Router, deps: AppDeps) => void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(deps: AppDeps): Promise<{ app: FastifyInstance; router: Router; mail: MailDispatcher }> {
  const { config, database, clock } = deps;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
      // Every logged error goes through this: a failed statement is logged by SQLSTATE and constraint, never with its SQL or values.
      serializers: { err: loggableError },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    bodyLimit: config.bodyLimit,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: false,
    clientErrorHandler: answerClientError,
    // URLs the router cannot read (bad percent-encoding, a parameter past its length) are refused
    // before any hook runs; they still answer problem+json in the client's language.
    frameworkErrors: (error, request, reply) => {
      const messageKey = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'error.urlParamTooLong' : 'error.badUrl';
      const locale = negotiateLocale(request.headers['accept-language']) ?? DEFAULT_LOCALE;
      // No hook runs for these, so the headers every response carries are set here.
      reply.headers(SECURITY_HEADERS);
      return sendProblem(new AppError('VALIDATION', messageKey), request, reply, locale, config.bodyLimit);
    },
  });
  addSecurityHeaders(app);

  // No route may exist without an access decision: anything registered outside the router fails at start.
  app.addHook('onRoute', (route) => {
    if (!(route.config as Record<string, unknown> | undefined)?.[ROUTE_MARK]) {
      throw new Error(`Route ${route.method} ${route.url} was registered without an access decision; use router.route()`);
    }
  });

  // JSON only: forms and text bodies cannot reach a handler (and cannot be forged cross-site).
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyCookie);
  // Uploads (imports, attachments) are multipart; each route sets its own file size limit.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 10 } });
  await app.register(fastifyStatic, { root: config.webDist, serve: false });

  app.decorateRequest('actor', null as never);
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('sessionInvalid', false);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    request.actor = ANONYMOUS;
    request.locale = negotiateLocale(request.headers['accept-language']) ?? DEFAULT_LOCALE;
    if (!request.url.startsWith('/api/')) return;
    const lookup = await loadActorFromSession(database.db, request.cookies[SESSION_COOKIE], clock.now());
    if (lookup.status === 'ok') {
      request.actor = lookup.actor;
      if (lookup.actor.locale) request.locale = lookup.actor.locale;
    } else if (lookup.status === 'invalid') {
      request.sessionInvalid = true;
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    if (!SAFE_METHODS.has(request.method) && isCrossOrigin(request)) {
      throw new AppError('FORBIDDEN', 'error.crossOrigin');
    }
  });

  app.setErrorHandler((error, request, reply) => {
    // A stale or forged cookie explains a 401 better than "please sign in".
    const unauthenticated = error instanceof AppError && error.code === 'UNAUTHENTICATED' && request.sessionInvalid;
    const mapped = unauthenticated ? new AppError('UNAUTHENTICATED', 'auth.sessionExpired') : error;
    return sendProblem(mapped, request, reply, request.locale ?? DEFAULT_LOCALE, config.bodyLimit);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(new AppError('NOT_FOUND', 'error.routeNotFound'), request, reply, request.locale ?? DEFAULT_LOCALE, config.bodyLimit));

  // Use cases that write mail wake delivery after their commit; closing the app waits for a
  // delivery in progress, so the database is never closed under it.
  const mail = createMailDispatcher({ db: database.db, clock, sender: deps.mailSender ?? null, log: app.log });
  app.addHook('onClose', () => mail.close());

  const contextOf = (request: FastifyRequest): ServiceContext => ({
    actor: request.actor,
    db: database.db,
    requestId: request.id,
    now: () => clock.now(),
    locale: request.locale,
    mail,
  });
  const router = createRouter(app, contextOf);
  for (const register of deps.modules) register(router, deps);
  return { app, router, mail };
}

function isCrossOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}
