import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditCount } from '../helpers/audit.ts';

for (const target of dbTargets()) {
  describe(`bad input is refused clearly and writes nothing [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target, { bodyLimit: 4096 });
    });
    after(() => server.close());

    async function expectProblem(response: { status: number; body: any; headers: Headers }, status: number, code: string) {
      assert.equal(response.status, status, JSON.stringify(response.body));
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(response.body.code, code);
      assert.equal(response.body.status, status);
      assert.ok(response.body.detail.length > 0);
      assert.ok(response.body.requestId);
    }

    test('malformed JSON', async () => {
      const before = await auditCount(server.database);
      const response = await server.client().raw('POST', '/api/v1/auth/login', '{"username": "city-admin", ', { 'content-type': 'application/json' });
      await expectProblem(response, 400, 'MALFORMED_BODY');
      assert.equal(response.body.detail, '请求体不是合法的 JSON。');
      assert.equal(await auditCount(server.database), before);
    });

    test('wrong types and unknown fields name each field in Chinese', async () => {
      const response = await server.client().post('/api/v1/auth/login', { username: 42, password: 'x', role: 'municipal_admin' });
      await expectProblem(response, 400, 'VALIDATION');
      const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
      assert.deepEqual(fields, ['role', 'username']);
      for (const error of response.body.errors) assert.match(error.message, /[\u4e00-\u9fff]/);
    });

    test('a client cannot smuggle fields into a change (unknown keys are refused, not ignored)', async () => {
      const client = await server.as('huangpu-officer');
      const { version } = (await client.get('/api/v1/auth/me')).body.user;
      const before = await auditCount(server.database);
      const response = await client.patch('/api/v1/me/preferences', { locale: 'en-US', version, username: 'city-admin' });
      await expectProblem(response, 400, 'VALIDATION');
      assert.equal(response.body.errors[0].field, 'username');
      assert.equal(await auditCount(server.database), before);
      assert.equal((await client.get('/api/v1/auth/me')).body.user.username, 'huangpu-officer');
    });

    test('an oversized body is refused with the limit named', async () => {
      const response = await server.client().post('/api/v1/auth/login', { username: 'a', password: 'x'.repeat(10_000) });
      await expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
      assert.match(response.body.detail, /4096/);
    });

    test('a form or text body is refused: only JSON reaches a handler', async () => {
      const form = await server.client().raw('POST', '/api/v1/auth/login', 'username=a&password=b', { 'content-type': 'application/x-www-form-urlencoded' });
      await expectProblem(form, 415, 'UNSUPPORTED_MEDIA_TYPE');
      const text = await server.client().raw('POST', '/api/v1/auth/login', 'hello', { 'content-type': 'text/plain' });
      await expectProblem(text, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    test('an empty JSON body is refused as such', async () => {
      const response = await server.client().raw('POST', '/api/v1/auth/login', '', { 'content-type': 'application/json' });
      await expectProblem(response, 400, 'MALFORMED_BODY');
    });

    test('bad query parameters and path parameters', async () => {
      const client = await server.as('city-admin');
      await expectProblem(await client.get('/api/v1/institutions?limit=abc'), 400, 'VALIDATION');
      await expectProblem(await client.get('/api/v1/institutions?district=999999'), 400, 'VALIDATION');
      await expectProblem(await client.get('/api/v1/institutions?cursor=%%%'), 400, 'VALIDATION');
      await expectProblem(await client.get('/api/v1/institutions/not-a-uuid'), 400, 'VALIDATION');
      await expectProblem(await client.get('/api/v1/institutions/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    });

    test('a cross-site form post is refused before it can change anything', async () => {
      const client = await server.as('candidate-1');
      const { version } = (await client.get('/api/v1/auth/me')).body.user;
      const response = await client.patch('/api/v1/me/preferences', { locale: 'en-US', version }, { origin: 'https://evil.example' });
      await expectProblem(response, 403, 'FORBIDDEN');
    });

    test('an unknown API path is a JSON 404, and a request id comes back on every answer', async () => {
      const response = await server.client().get('/api/v1/nothing-here', { 'x-request-id': 'trace-123' });
      await expectProblem(response, 404, 'NOT_FOUND');
      assert.equal(response.headers.get('x-request-id'), 'trace-123');
      assert.equal(response.body.requestId, 'trace-123');
    });
  });
}
