import { endpoints } from '@jiping/contracts';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Router } from '../../platform/http/route.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { buildOpenApi } from '../../platform/http/openapi.ts';
import { APP_VERSION } from '../../platform/version.ts';
import { getHealth } from './health.ts';
import { AppError } from '../../platform/errors.ts';

const swaggerUiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const DOCS_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>技评 Jiping API 文档</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

export function systemRoutes(router: Router, { database, clock }: AppDeps) {
  router.route({
    ...endpoints.health,
    summary: '健康检查 Health',
    tags: ['system'],
    access: { public: 'load balancers and operators probe it without an account' },
    handler: async ({ reply }) => {
      const health = await getHealth(database, clock);
      if (health.status !== 'ok') reply.code(503);
      return health;
    },
  });

  // Built on first request, after every module has registered its routes.
  let openapi: unknown = null;
  router.route({
    method: 'GET',
    url: '/api/openapi.json',
    summary: 'OpenAPI 3.1 文档 OpenAPI document',
    tags: ['system'],
    access: { public: 'the API contract is public; every operation still checks access' },
    response: null,
    raw: { contentType: 'application/json' },
    handler: async ({ reply }) => {
      openapi ??= buildOpenApi(router.specs, APP_VERSION);
      return reply.type('application/json').send(openapi);
    },
  });

  router.route({
    method: 'GET',
    url: '/api/docs',
    summary: '接口文档页面 Interactive API docs',
    tags: ['system'],
    access: { public: 'reads the public OpenAPI document' },
    response: null,
    raw: { contentType: 'text/html' },
    handler: async ({ reply }) => reply.type('text/html; charset=utf-8').send(DOCS_HTML),
  });

  router.route({
    method: 'GET',
    url: '/api/docs/init.js',
    summary: '接口文档初始化脚本 Docs bootstrap script',
    tags: ['system'],
    access: { public: 'static part of the docs page' },
    response: null,
    raw: { contentType: 'text/javascript' },
    handler: async ({ reply }) => reply.type('text/javascript; charset=utf-8').send(DOCS_INIT),
  });

  router.route({
    method: 'GET',
    url: '/api/docs/assets/*',
    summary: '接口文档静态资源 Docs assets',
    tags: ['system'],
    access: { public: 'static part of the docs page' },
    response: null,
    raw: { contentType: 'application/octet-stream' },
    handler: async ({ request, reply }) => {
      const name = path.basename((request.params as { '*': string })['*']);
      if (!fs.existsSync(path.join(swaggerUiDir, name))) throw new AppError('NOT_FOUND', 'error.routeNotFound');
      return reply.sendFile(name, swaggerUiDir);
    },
  });
}
