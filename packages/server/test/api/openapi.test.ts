import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import { MODULES } from '../../src/modules/index.ts';
import { localFileStore } from '../../src/platform/files/file-store.ts';
import { loadKeyring } from '../../src/platform/crypto/keyring.ts';
import { smsSenderFrom } from '../../src/platform/sms/sms-sender.ts';
import { migrationsFolder } from '../../src/platform/db/migrate.ts';
import { downloads, endpoints, type Endpoint } from '@jiping/contracts';

describe('API contract', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('pglite');
  });
  after(() => server.close());

  test('the OpenAPI document is valid OpenAPI 3.1 and lists every route the server answers', async () => {
    const response = await server.client().get('/api/openapi.json');
    assert.equal(response.status, 200);
    const document = response.body;
    assert.equal(document.openapi, '3.1.0');
    const result = await new Validator().validate(document);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));

    const keyring = loadKeyring({ dataDir: server.config.dataDir, production: false });
    const { app, router } = await buildApp({
      config: server.config,
      database: server.database,
      clock: server.clock,
      files: localFileStore(server.config.dataDir),
      keyring,
      sms: smsSenderFrom(server.config, server.database, keyring),
      modules: MODULES,
    });
    const expected = router.specs.map((spec) => `${spec.method} ${spec.url.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{path}')}`).sort();
    const listed = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    assert.deepEqual(listed, expected);
    for (const route of ['POST /api/v1/auth/login', 'GET /api/v1/auth/me', 'GET /api/v1/audit/verify', 'GET /api/health']) {
      assert.ok(listed.includes(route), route);
    }
    await app.close();
  });

  test('every route takes its path and shapes from the contracts, and every contract is served', async () => {
    const keyring = loadKeyring({ dataDir: server.config.dataDir, production: false });
    const { app, router } = await buildApp({
      config: server.config,
      database: server.database,
      clock: server.clock,
      files: localFileStore(server.config.dataDir),
      keyring,
      sms: smsSenderFrom(server.config, server.database, keyring),
      modules: MODULES,
    });
    const declared = Object.values(endpoints).flatMap((e): Endpoint[] => ('method' in e ? [e as Endpoint] : Object.values(e as Record<string, Endpoint>)));
    const byRoute = new Map(declared.map((e) => [`${e.method} ${e.url}`, e]));
    const linked = new Set<string>(Object.values(downloads).map((d) => d.url));
    for (const spec of router.specs) {
      const key = `${spec.method} ${spec.url}`;
      if (spec.raw) {
        // Files and pages are linked, not called; the ones the web links to are declared as downloads.
        continue;
      }
      const contract = byRoute.get(key);
      assert.ok(contract, `${key} has no endpoint in packages/contracts`);
      // The same schema objects, not look-alikes: a route cannot answer a shape the client does not know.
      for (const part of ['params', 'query', 'body', 'response'] as const) assert.equal(spec[part], contract[part], `${key}: ${part} differs from its contract`);
      byRoute.delete(key);
    }
    assert.deepEqual([...byRoute.keys()], [], 'contracts without a route');
    const rawUrls = new Set(router.specs.filter((s) => s.raw).map((s) => s.url));
    for (const url of linked) assert.ok(rawUrls.has(url), `download ${url} is not served`);
    await app.close();
  });

  test('the interactive docs page is served', async () => {
    const page = await server.client().get('/api/docs');
    assert.equal(page.status, 200);
    assert.match(page.body, /swagger-ui/);
    assert.equal((await server.client().get('/api/docs/assets/swagger-ui-bundle.js')).status, 200);
  });

  test('a route registered without an access decision stops the server from starting', async () => {
    const rogue = (router: Parameters<(typeof MODULES)[number]>[0]) => {
      void router;
    };
    const { app } = await buildApp({
      config: server.config,
      database: server.database,
      clock: server.clock,
      files: localFileStore(server.config.dataDir),
      keyring: loadKeyring({ dataDir: server.config.dataDir, production: false }),
      modules: [rogue],
    });
    assert.throws(() => app.get('/api/v1/backdoor', async () => 'data'), /without an access decision/);
    await app.close();
  });

  test('health reports the database in use', async () => {
    const health = await server.client().get('/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.status, 'ok');
    assert.equal(health.body.database.kind, 'pglite');
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    assert.equal(health.body.database.migrations, journal.entries.length);
  });
});
