import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { addDays, shanghaiDate } from '@jiping/domain';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { certificates } from '../../src/platform/db/schema.ts';
import { demoCertificateHints } from '../../src/seed/demo-certificates.ts';
import { systemContext } from '../../src/boot.ts';

interface Listed {
  id: string;
  number: string;
  holderName: string;
  status: string;
  level: number;
  issueDate: string;
  planId: string;
}

for (const target of dbTargets()) {
  describe(`the demo's earlier 车工 五级 exam with its certificates [${target}]`, () => {
    let server: TestServer;
    let listed: Listed[];

    before(async () => {
      server = await startTestServer(target, {}, '2026-03-02T02:00:00.000Z', { demoExam: true, demoCertificates: true });
      const admin = await server.as('enterprise-admin');
      const response = await admin.get('/api/v1/certificates?limit=200');
      assert.equal(response.status, 200, JSON.stringify(response.body));
      listed = response.body.items;
    });
    after(async () => server?.close());

    test('浦江精密 lists four 五级 certificates issued weeks before the demo was loaded, 徐鹏’s revoked', () => {
      assert.deepEqual(listed.map((c) => [c.holderName, c.level, c.status]).sort(), [
        ['何佳', 5, 'valid'],
        ['徐鹏', 5, 'revoked'],
        ['赵敏', 5, 'valid'],
        ['陈静', 5, 'valid'],
      ]);
      for (const c of listed) {
        assert.ok(c.issueDate < addDays('2026-03-02', -21), `issued ${c.issueDate}, well before the demo day`);
        assert.match(c.number, /^Y150131150001[0-9]{2}5[0-9]{6}$/);
      }
    });

    test('every certificate is sealed as a credential, and the revocation carries its reason and the enterprise as authority', async () => {
      const rows = await server.database.db.select().from(certificates).where(eq(certificates.planId, listed[0]!.planId));
      assert.equal(rows.length, 4);
      for (const row of rows) assert.notEqual(row.credential, null, `${row.holderName}'s credential`);
      const revoked = rows.find((r) => r.status === 'revoked')!;
      assert.equal(revoked.holderName, '徐鹏');
      assert.equal(revoked.revokedByAuthority, 'issuer');
      assert.match(revoked.revocationReason!, /代考/);
      assert.ok(shanghaiDate(revoked.revokedAt!) > revoked.issueDate && revoked.revokedAt! < server.clock.now());
    });

    test('the public verification page tells the revoked one from a valid one by number alone', async () => {
      const anyone = server.client();
      const revoked = listed.find((c) => c.status === 'revoked')!;
      const valid = listed.find((c) => c.holderName === '陈静')!;
      const a = await anyone.get(`/api/v1/public/certificates/${revoked.number}`);
      assert.equal(a.status, 200);
      assert.equal(a.body.status, 'revoked');
      assert.equal(a.body.holderName, '徐*');
      const b = await anyone.get(`/api/v1/public/certificates/${valid.number}`);
      assert.equal(b.body.status, 'valid');
      assert.equal(b.body.level, 5);
    });

    test('the plan ran its course: results final, and today’s 四级 exam is still there', async () => {
      const admin = await server.as('enterprise-admin');
      const results = await admin.get(`/api/v1/plans/${listed[0]!.planId}/results`);
      assert.equal(results.status, 200, JSON.stringify(results.body));
      assert.ok(results.body.publication.finalAt, 'recorded final');
      const examiner = await server.as('enterprise-examiner');
      const sessions = (await examiner.get('/api/v1/exam-sessions/mine')).body.items as Array<{ level: number; startsAt: string }>;
      assert.deepEqual(
        sessions.filter((s) => shanghaiDate(new Date(s.startsAt)) === '2026-03-02').map((s) => s.level),
        [4, 4],
      );
    });

    test('start-up names the certificates to try, as they stand', async () => {
      const hints = await demoCertificateHints(systemContext(server.database, server.clock, 'test'));
      assert.deepEqual(
        hints.map((h) => [h.holderName, h.status]),
        [
          ['陈静', 'valid'],
          ['赵敏', 'valid'],
          ['徐鹏', 'revoked'],
          ['何佳', 'valid'],
        ],
      );
    });
  });
}
