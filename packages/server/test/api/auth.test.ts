import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';

for (const target of dbTargets()) {
  describe(`sign-in and sessions [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target, { loginMaxFailures: 5, loginLockMinutes: 15 });
    });
    after(() => server.close());

    test('a demo account signs in with an httpOnly SameSite cookie and sees its own identity', async () => {
      const client = server.client();
      const login = await client.post('/api/v1/auth/login', { username: 'pudong-officer', password: DEMO_PASSWORD });
      assert.equal(login.status, 200);
      const setCookie = login.headers.getSetCookie().join('\n');
      assert.match(setCookie, /jiping_session=/);
      assert.match(setCookie, /HttpOnly/i);
      assert.match(setCookie, /SameSite=Lax/i);
      const me = await client.get('/api/v1/auth/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.user.username, 'pudong-officer');
      assert.deepEqual(
        me.body.grants.map((g: { role: string; districtName: string }) => [g.role, g.districtName]),
        [['district_officer', '浦东新区']],
      );
    });

    test('signing out ends the session on the server, not only in the browser', async () => {
      const client = await server.as('city-admin');
      const token = client.cookie('jiping_session')!;
      assert.equal((await client.post('/api/v1/auth/logout')).status, 204);
      const replay = server.client();
      replay.setCookie('jiping_session', token);
      const me = await replay.get('/api/v1/auth/me');
      assert.equal(me.status, 401);
      assert.equal(me.body.code, 'UNAUTHENTICATED');
    });

    test('a wrong password and an unknown user get the same 401 message', async () => {
      const wrong = await server.client().post('/api/v1/auth/login', { username: 'minhang-officer', password: 'nope-nope' });
      const unknown = await server.client().post('/api/v1/auth/login', { username: 'no-such-user', password: 'nope-nope' });
      assert.equal(wrong.status, 401);
      assert.equal(unknown.status, 401);
      assert.equal(wrong.body.detail, unknown.body.detail);
      assert.equal(wrong.body.detail, '用户名或密码错误。');
      assert.equal(wrong.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    });

    test('five wrong passwords in a row lock the account, even against the right password, until the lock ends', async () => {
      const client = server.client();
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        assert.equal((await client.post('/api/v1/auth/login', { username: 'inspector-3', password: `wrong-${attempt}` })).status, 401);
      }
      const fifth = await client.post('/api/v1/auth/login', { username: 'inspector-3', password: 'wrong-5' });
      assert.equal(fifth.status, 423);
      assert.equal(fifth.body.code, 'ACCOUNT_LOCKED');
      assert.match(fifth.body.detail, /账号已锁定/);
      const right = await client.post('/api/v1/auth/login', { username: 'inspector-3', password: DEMO_PASSWORD });
      assert.equal(right.status, 423);
      server.clock.advance(16 * 60_000);
      assert.equal((await client.post('/api/v1/auth/login', { username: 'inspector-3', password: DEMO_PASSWORD })).status, 200);
    });

    test('a success in between resets the count of wrong passwords', async () => {
      const client = server.client();
      for (let attempt = 1; attempt <= 4; attempt += 1) await client.post('/api/v1/auth/login', { username: 'inspector-2', password: 'wrong' });
      assert.equal((await client.post('/api/v1/auth/login', { username: 'inspector-2', password: DEMO_PASSWORD })).status, 200);
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        assert.equal((await client.post('/api/v1/auth/login', { username: 'inspector-2', password: 'wrong' })).status, 401);
      }
    });

    test('sign-ins, failures and locks are audited', async () => {
      const since = await auditCount(server.database);
      await server.client().post('/api/v1/auth/login', { username: 'school-admin', password: 'wrong' });
      await server.as('school-admin');
      assert.deepEqual(await auditActions(server.database, since), ['auth.login_failed', 'auth.login']);
    });

    test('a forged or expired cookie gets 401 "登录已过期" and the cookie is cleared', async () => {
      const client = server.client();
      client.setCookie('jiping_session', 'not-a-real-token');
      const me = await client.get('/api/v1/auth/me');
      assert.equal(me.status, 401);
      assert.match(me.body.detail, /登录已过期/);
      assert.match(me.headers.getSetCookie().join(), /jiping_session=;/);

      const expiring = await server.as('candidate-1');
      server.clock.advance(server.config.sessionHours * 3_600_000 + 1000);
      assert.equal((await expiring.get('/api/v1/auth/me')).status, 401);
    });

    test('without a session the API answers 401, not data', async () => {
      for (const path of ['/api/v1/auth/me', '/api/v1/institutions', '/api/v1/audit/verify', '/api/v1/users']) {
        const response = await server.client().get(path);
        assert.equal(response.status, 401, path);
        assert.equal(response.body.detail, '请先登录。');
      }
    });

    test('messages follow Accept-Language, and a saved language preference wins over it', async () => {
      const english = await server.client({ locale: 'en-US,en;q=0.9' }).post('/api/v1/auth/login', { username: 'x', password: 'y' });
      assert.equal(english.body.detail, 'Incorrect username or password.');

      const client = await server.as('social-admin');
      const me = await client.get('/api/v1/auth/me');
      assert.equal((await client.patch('/api/v1/me/preferences', { locale: 'en-US', version: me.body.user.version })).status, 204);
      const refused = await client.get('/api/v1/audit/verify', { 'accept-language': 'zh-CN' });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.detail, 'Only municipal administrators may read or verify the audit trail.');
    });

    test('of two saves from the same version one lands and the other is a 409, with one audit event', async () => {
      const client = await server.as('enterprise-examiner');
      const { version } = (await client.get('/api/v1/auth/me')).body.user;
      const since = await auditCount(server.database);
      const results = await Promise.all([client.patch('/api/v1/me/preferences', { locale: 'en-US', version }), client.patch('/api/v1/me/preferences', { locale: 'zh-CN', version })]);
      assert.deepEqual(results.map((r) => r.status).sort(), [204, 409]);
      const conflict = results.find((r) => r.status === 409)!;
      assert.equal(conflict.body.code, 'STALE_VERSION');
      assert.deepEqual(await auditActions(server.database, since), ['user.preferences_updated']);
    });
  });
}
