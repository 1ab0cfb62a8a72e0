import type { FastifyInstance } from 'fastify';

/**
 * One policy for the web app, the API docs and the API itself. Scripts come only from this
 * origin (Vite emits no inline script; the docs page loads its bootstrap as a file). Styles allow
 * 'unsafe-inline' because Ant Design injects its CSS-in-JS as <style> elements at run time;
 * inline styles cannot run code, so this does not reopen script injection.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** HSTS is only meaningful over TLS: sent on plain HTTP it would be ignored, or pin a host that has no certificate. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** Every response, pages, assets, API results and errors alike, leaves with the same headers. */
export function addSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    return payload;
  });
}
