import { DEMO_ACCOUNTS } from '../../src/seed/demo.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

for (const target of dbTargets()) {
  describe(`hash-chained audit trail [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    test('every seeded change is in the trail and the chain verifies', async () => {
      const admin = await server.as('city-admin');
      const verify = await admin.get('/api/v1/audit/verify');
      assert.equal(verify.status, 200);
      assert.equal(verify.body.ok, true);
      assert.ok(verify.body.checked >= 20);
      const events = await admin.get('/api/v1/audit/events?action=user.created&limit=200');
      assert.equal(events.body.items.length, DEMO_ACCOUNTS.length);
    });

    test('only the city reads or verifies the trail', async () => {
      for (const username of ['huangpu-officer', 'inspector-1', 'enterprise-admin']) {
        const client = await server.as(username);
        assert.equal((await client.get('/api/v1/audit/verify')).status, 403);
        assert.equal((await client.get('/api/v1/audit/events')).status, 403);
      }
    });

    test('concurrent changes never fork the chain', async () => {
      const clients = await Promise.all(['inspector-1', 'inspector-2', 'inspector-3', 'candidate-1'].map((u) => server.as(u)));
      await Promise.all(
        clients.map(async (client) => {
          const { version } = (await client.get('/api/v1/auth/me')).body.user;
          return client.patch('/api/v1/me/preferences', { locale: 'en-US', version });
        }),
      );
      const verify = await (await server.as('city-admin')).get('/api/v1/audit/verify');
      assert.equal(verify.body.ok, true);
    });

    test('an edited row is named as the first broken link', async () => {
      await server.database.db.execute(sql`update audit_events set actor_name = 'someone-else' where seq = 7`);
      const verify = await (await server.as('city-admin')).get('/api/v1/audit/verify');
      assert.equal(verify.body.ok, false);
      assert.deepEqual({ seq: verify.body.firstBroken.seq, problem: verify.body.firstBroken.problem }, { seq: 7, problem: 'hash_mismatch' });
      assert.match(verify.body.firstBroken.message, /第 7 条/);
      assert.equal(verify.body.checked, 6);
    });

    test('a deleted row is found too', async () => {
      await server.database.db.execute(sql`delete from audit_events where seq = 3`);
      const verify = await (await server.as('city-admin')).get('/api/v1/audit/verify');
      assert.equal(verify.body.ok, false);
      assert.deepEqual({ seq: verify.body.firstBroken.seq, problem: verify.body.firstBroken.problem }, { seq: 4, problem: 'missing_rows' });
    });
  });
}
