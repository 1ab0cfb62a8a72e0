import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { rows } from '../../src/platform/db/client.ts';

const ID = '11010519491231002X';

for (const target of dbTargets()) {
  describe(`people: one person per ID, personal information sealed and masked [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    test('an institution registers a person; the ID and phone are stored sealed and shown masked', async () => {
      const enterprise = await server.as('enterprise-admin');
      const created = await enterprise.post('/api/v1/people', { idType: 'resident_id', idNumber: ID.toLowerCase(), name: '张三', phone: '13812345678' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.idNumberMasked, '1101**********002X');
      assert.equal(created.body.phoneMasked, '138****5678');
      assert.equal(created.body.birthDate, '1949-12-31');
      assert.equal(created.body.gender, 'female');
      const stored = await rows<Record<string, unknown>>(server.database.db, sql`select * from persons`);
      const text = JSON.stringify(stored);
      assert.ok(!text.includes(ID) && !text.includes('13812345678'), 'no clear ID number or phone in the table');
      const trail = JSON.stringify(await rows(server.database.db, sql`select * from audit_events`));
      assert.ok(!trail.includes(ID) && !trail.includes('13812345678'), 'nor in the audit trail');
    });

    test('the same ID registered again, even concurrently, is the same person', async () => {
      const [a, b] = await Promise.all([
        (await server.as('social-admin')).post('/api/v1/people', { idType: 'resident_id', idNumber: ID, name: '张三' }),
        (await server.as('school-admin')).post('/api/v1/people', { idType: 'resident_id', idNumber: ID, name: '张三' }),
      ]);
      assert.deepEqual([a.status, b.status], [200, 200]);
      assert.equal(a.body.id, b.body.id);
      const [count] = await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from persons where name = '张三'`);
      assert.equal(count!.n, 1);
    });

    test('a wrong check digit or a future birth date is refused with nothing written', async () => {
      const enterprise = await server.as('enterprise-admin');
      const before = await auditCount(server.database);
      const wrong = await enterprise.post('/api/v1/people', { idType: 'resident_id', idNumber: '110105194912310021', name: '李四' });
      assert.equal(wrong.status, 400);
      assert.match(wrong.body.errors[0].message, /校验位不正确/);
      const passport = await enterprise.post('/api/v1/people', { idType: 'passport', idNumber: 'E12345678', name: 'John Smith', birthDate: '2099-01-01' });
      assert.equal(passport.status, 400);
      assert.match(passport.body.errors[0].message, /出生日期不能晚于今天/);
      assert.equal(await auditCount(server.database), before);
    });

    test('revealing the full ID is for those entitled, and every view is audited', async () => {
      const enterprise = await server.as('enterprise-admin');
      const person = (await enterprise.post('/api/v1/people', { idType: 'resident_id', idNumber: ID, name: '张三' })).body;
      const since = await auditCount(server.database);
      const revealed = await enterprise.post(`/api/v1/people/${person.id}/reveal`);
      assert.equal(revealed.status, 200);
      assert.deepEqual(revealed.body, { idNumber: ID, phone: '13812345678' });
      assert.deepEqual(await auditActions(server.database, since), ['person.identity_viewed']);
      assert.equal((await (await server.as('pudong-officer')).post(`/api/v1/people/${person.id}/reveal`)).status, 403);
      assert.equal((await (await server.as('social-admin')).get(`/api/v1/people/${person.id}`)).status, 403);
    });
  });
}
