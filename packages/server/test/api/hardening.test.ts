import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditCount } from '../helpers/audit.ts';
import { INT4_MAX } from '@jiping/contracts';

function assertSecurityHeaders(headers: Headers, what: string) {
  const csp = headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'(;|$)/, `${what}: scripts only from this origin`);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/, what);
  assert.match(csp, /frame-ancestors 'none'/, what);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(headers.get('x-frame-options'), 'DENY', what);
  assert.match(headers.get('referrer-policy') ?? '', /^(no-referrer|strict-origin-when-cross-origin)$/, what);
  // Plain HTTP: HSTS would be ignored, or pin a host without a certificate.
  assert.equal(headers.get('strict-transport-security'), null, what);
}

/** Node's fetch refuses some requests outright; this sends exactly the bytes given. */
function rawRequest(port: number, headers: Record<string, string>, path = '/api/health'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

for (const target of dbTargets()) {
  describe(`hostile input and browser hardening [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    test('a NUL byte in a search is refused in Chinese, naming the parameter, for every list that searches', async () => {
      const admin = await server.as('city-admin');
      const anonymous = server.client();
      const institution = (await admin.get('/api/v1/institutions')).body.items[0].id;
      const cases: Array<[typeof admin, string, string]> = [
        [anonymous, '/api/v1/public/institutions?q=%00', 'q'],
        [anonymous, '/api/v1/public/institutions?occupation=%00', 'occupation'],
        [admin, '/api/v1/institutions?q=a%00b', 'q'],
        [admin, '/api/v1/districts/310115/institutions?q=%00', 'q'],
        [admin, '/api/v1/users?q=%00', 'q'],
        [admin, `/api/v1/institutions/${institution}/relations?q=%00`, 'q'],
        [admin, '/api/v1/audit/events?action=%00', 'action'],
        [admin, '/api/v1/audit/events?entityType=x%1B', 'entityType'],
      ];
      for (const [client, url, field] of cases) {
        const response = await client.get(url);
        assert.equal(response.status, 400, `${url}: ${JSON.stringify(response.body)}`);
        assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.equal(response.body.code, 'VALIDATION');
        assert.deepEqual(
          response.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
          [[field, 'control_character']],
          url,
        );
        assert.equal(response.body.errors[0].message, '不能包含控制字符（如 NUL 等不可见字符）。');
      }
      const english = await server.client({ locale: 'en' }).get('/api/v1/public/institutions?q=%00');
      assert.equal(english.body.errors[0].message, 'Must not contain control characters (such as NUL).');
    });

    test('control characters in a body are refused and change nothing; line breaks in text are kept', async () => {
      const client = await server.as('candidate-1');
      const { version } = (await client.get('/api/v1/auth/me')).body.user;
      const before = await auditCount(server.database);
      const refused = await client.patch('/api/v1/me/preferences', { locale: null, email: 'a\u0000@example.com', version });
      assert.equal(refused.status, 400);
      assert.deepEqual(
        refused.body.errors.map((e: { field: string }) => e.field),
        ['email'],
      );
      assert.equal(await auditCount(server.database), before);
      // A line break is not a control character for a body: it fails only on the e-mail format.
      const multiline = await client.patch('/api/v1/me/preferences', { locale: null, email: 'a\n@example.com', version });
      assert.equal(multiline.status, 400);
      assert.notEqual(multiline.body.errors[0].code, 'control_character');
    });

    test('a version past the database integer is a field error, not a server error', async () => {
      const client = await server.as('city-admin');
      const institution = (await client.get('/api/v1/institutions')).body.items[0].id;
      for (const [url, method, body] of [
        ['/api/v1/me/preferences', 'PATCH', { locale: null, version: 8836521543073792 }],
        [`/api/v1/institutions/${institution}/demonstration`, 'PUT', { demonstration: true, version: 8836521543073792, reason: '示范' }],
        [`/api/v1/institutions/${institution}/demonstration`, 'PUT', { demonstration: true, version: 2_147_483_648, reason: '示范' }],
      ] as const) {
        const response = await client.request(method, url, body, {});
        assert.equal(response.status, 400, `${method} ${url}: ${JSON.stringify(response.body)}`);
        assert.deepEqual(
          response.body.errors.map((e: { field: string }) => e.field),
          ['version'],
        );
        assert.match(response.body.errors[0].message, /[\u4e00-\u9fff]/);
      }
    });

    test('every number a client may send has the bounds of a database integer', async () => {
      const document = (await server.client().get('/api/openapi.json')).body;
      const unbounded: string[] = [];
      let checked = 0;
      const visit = (schema: unknown, where: string) => {
        if (Array.isArray(schema)) schema.forEach((item, index) => visit(item, `${where}[${index}]`));
        if (schema === null || typeof schema !== 'object') return;
        const node = schema as Record<string, unknown>;
        if ((node.type === 'integer' || node.type === 'number') && !('const' in node)) {
          checked += 1;
          const inRange = (value: unknown) => typeof value === 'number' && Math.abs(value) <= INT4_MAX;
          if (!inRange(node.maximum) || !inRange(node.minimum)) unbounded.push(where);
        }
        for (const [key, value] of Object.entries(node)) visit(value, `${where}.${key}`);
      };
      for (const [path, operations] of Object.entries<Record<string, { parameters?: unknown; requestBody?: unknown }>>(document.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          visit(operation.parameters, `${method} ${path} parameters`);
          visit(operation.requestBody, `${method} ${path} body`);
        }
      }
      assert.ok(checked > 10, `only ${checked} numbers found in the document`);
      assert.deepEqual(unbounded, []);
    });

    test('every kind of response carries the security headers', async () => {
      const client = server.client();
      const responses = {
        api: await client.get('/api/health'),
        'api error': await client.get('/api/v1/auth/me'),
        'unknown api route': await client.get('/api/v1/nothing-here'),
        'web page': await client.get('/filings/anything'),
        'docs page': await client.get('/api/docs'),
        'docs script': await client.get('/api/docs/init.js'),
        'docs asset': await client.get('/api/docs/assets/swagger-ui.css'),
        'unreadable url': await client.get('/api/v1/institutions/%E0%A4%A'),
      };
      for (const [what, response] of Object.entries(responses)) assertSecurityHeaders(response.headers, what);
      assert.equal(responses['unreadable url'].status, 400);
      assert.equal(responses['unreadable url'].body.code, 'VALIDATION');
      assert.match(responses['unreadable url'].body.detail, /百分号编码/);
      // The docs page loads its scripts as files, which the policy allows.
      assert.doesNotMatch(responses['docs page'].body, /<script>(?!<\/script>)/);
    });

    test("headers too large are answered as a problem in the client's language", async () => {
      const port = Number(new URL(server.baseUrl).port);
      const chinese = await rawRequest(port, { cookie: `big=${'x'.repeat(40_000)}` });
      assert.equal(chinese.status, 431);
      assert.match(String(chinese.headers['content-type']), /^application\/problem\+json/);
      assert.equal(chinese.headers['x-content-type-options'], 'nosniff');
      const body = JSON.parse(chinese.body);
      assert.equal(body.status, 431);
      assert.equal(body.code, 'HEADERS_TOO_LARGE');
      assert.match(body.detail, /请求头过大/);
      assert.ok(body.requestId);
      const english = JSON.parse((await rawRequest(port, { 'accept-language': 'en', cookie: `big=${'x'.repeat(40_000)}` })).body);
      assert.match(english.detail, /headers are too large/);
      // The server keeps answering afterwards.
      assert.equal((await server.client().get('/api/health')).status, 200);
    });
  });
}
