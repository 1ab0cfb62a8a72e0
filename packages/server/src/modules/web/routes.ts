import fs from 'node:fs';
import path from 'node:path';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * Serves the built single-page app: real files as they are, `/verify/…` as the verification
 * page, every other path as index.html so the client router can take it. Unknown /api paths
 * stay JSON 404s.
 */
export function webRoutes(router: Router, { config }: AppDeps) {
  router.route({
    method: 'GET',
    url: '/*',
    summary: 'Web 应用 Web app',
    tags: ['web'],
    access: { public: 'the login page and public portal are for everyone; data comes through the API' },
    response: null,
    raw: { contentType: 'text/html' },
    handler: async ({ request, reply }) => {
      const url = request.url.split('?')[0] ?? '/';
      if (url.startsWith('/api/')) throw new AppError('NOT_FOUND', 'error.routeNotFound');
      const file = path.normalize(decodedPath(url)).replace(/^(\.\.[/\\])+/, '');
      const full = path.join(config.webDist, file);
      if (full.startsWith(config.webDist) && file !== '/' && !file.includes('\0') && fs.existsSync(full) && fs.statSync(full).isFile()) {
        // Vite fingerprints assets, so they can be cached for good; index.html never is.
        if (file.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
        return reply.sendFile(file.slice(1));
      }
      // Certificate verification is its own small page, not the signed-in app (opened by QR on phones).
      const page = url === '/verify' || url.startsWith('/verify/') ? 'verify.html' : 'index.html';
      if (!fs.existsSync(path.join(config.webDist, page))) {
        throw new AppError('SERVICE_UNAVAILABLE', 'error.webNotBuilt');
      }
      reply.header('cache-control', 'no-cache');
      return reply.sendFile(page);
    },
  });
}

/** A path that is not valid percent-encoding names no file; the client router shows its own "not found". */
function decodedPath(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return '/';
  }
}
