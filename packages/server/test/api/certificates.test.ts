import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { planWithCandidates, type CandidatesPlan } from '../helpers/results-fixtures.ts';
import { certificatesOf, finalPlan, issueFor, type FinalPlan } from '../helpers/certificate-fixtures.ts';
import { rows } from '../../src/platform/db/client.ts';

/** The demo enterprise's filing: employer (Y), institution code 1501, Shanghai 31, site 150001. */
const ENTERPRISE_PREFIX = 'Y150131150001';

for (const target of dbTargets()) {
  describe(`certificates: issuance, lists, revocation and correction [${target}]`, () => {
    let server: TestServer;
    let pending: CandidatesPlan;
    // A: 李强 and worker 2 passed, worker 1 failed. C: 李强 and 49 workers, all passed.
    let planA: FinalPlan;
    let planC: FinalPlan;
    const as = (username: string) => server.as(username);
    const count = async (query: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(server.database.db, query))[0]!.n);
    const written = async (planId: string) => ({
      certificates: await count(sql`select count(*) as n from certificates where plan_id = ${planId}`),
      batches: await count(sql`select count(*) as n from certificate_batches where plan_id = ${planId}`),
      events: await count(sql`select count(*) as n from certificate_events e join certificates c on c.id = e.certificate_id where c.plan_id = ${planId}`),
    });
    const nothing = { certificates: 0, batches: 0, events: 0 };

    before(async () => {
      server = await startTestServer(target);
      pending = await planWithCandidates(server, { exam: '2026-04-28', workers: 0 });
      planA = await finalPlan(server, { workers: 2, firstWorker: 1, failing: 1 });
      planC = await finalPlan(server, { workers: 49, firstWorker: 10 });
    });
    after(() => server.close());

    test('50 issues at once for one institution take serials 1 to 50: none repeated, none skipped', async () => {
      assert.equal(planC.passed.length, 50);
      const enterprise = await as('enterprise-admin');
      const responses = await Promise.all(planC.passed.map((c) => enterprise.post(`/api/v1/plans/${planC.planId}/certificates`, { registrationIds: [c.registrationId] })));
      assert.deepEqual(
        responses.map((r) => r.status),
        responses.map(() => 201),
        JSON.stringify(responses.find((r) => r.status !== 201)?.body),
      );
      const serials = await rows<{ serial: number; number: string; status_list_index: number }>(
        server.database.db,
        sql`select serial, number, status_list_index from certificates where plan_id = ${planC.planId} order by serial`,
      );
      assert.deepEqual(
        serials.map((s) => Number(s.serial)),
        Array.from({ length: 50 }, (_, i) => i + 1),
      );
      assert.deepEqual(
        serials.map((s) => s.number),
        serials.map((s) => `${ENTERPRISE_PREFIX}264${String(s.serial).padStart(6, '0')}`),
      );
      assert.equal(new Set(serials.map((s) => s.status_list_index)).size, 50, 'each certificate has its own place in the status list');
      assert.equal((await written(planC.planId)).events, 50);
    });

    test('nothing is issued while results are not final, for a failed result, by anyone but the institution, or for someone outside the results', async () => {
      const enterprise = await as('enterprise-admin');
      const early = await enterprise.post(`/api/v1/plans/${pending.planId}/certificates`, {});
      assert.equal(early.status, 409);
      assert.match(early.body.detail, /评价结果尚未确定/);
      assert.deepEqual(await written(pending.planId), nothing);

      const failed = await enterprise.post(`/api/v1/plans/${planA.planId}/certificates`, { registrationIds: [planA.passed[0]!.registrationId, planA.failed[0]!.registrationId] });
      assert.equal(failed.status, 409);
      assert.match(failed.body.detail, new RegExp(`${planA.failed[0]!.name}.*不合格.*未颁发任何证书`));
      const stranger = await enterprise.post(`/api/v1/plans/${planA.planId}/certificates`, { registrationIds: [pending.candidates[0]!.registrationId] });
      assert.equal(stranger.status, 400);
      assert.match(stranger.body.errors[0].message, /不在该计划公示的评价结果中/);
      for (const username of ['social-admin', 'pudong-officer', 'city-admin', 'candidate-2']) {
        const refused = await (await as(username)).post(`/api/v1/plans/${planA.planId}/certificates`, {});
        assert.equal(refused.status, 403, username);
        assert.match(refused.body.detail, /谁评价、谁发证/);
      }
      assert.deepEqual(await written(planA.planId), nothing);
    });

    test('nothing is issued when the filing lacks the bureau segments, is not in force on the issue date, or does not cover the occupation, 工种 and level', async () => {
      const enterprise = await as('enterprise-admin');
      const [filing] = await rows<{ id: string; institution_code: string; valid_until: string }>(
        server.database.db,
        sql`select f.id, f.institution_code, f.valid_until::text from filings f join evaluation_plans p on p.filing_id = f.id where p.id = ${planA.planId}`,
      );
      const cases: Array<[string, ReturnType<typeof sql>, ReturnType<typeof sql>, RegExp]> = [
        [
          'segments',
          sql`update filings set institution_code = null where id = ${filing!.id}`,
          sql`update filings set institution_code = ${filing!.institution_code} where id = ${filing!.id}`,
          /缺少.*机构代码或站点序号/,
        ],
        [
          'ended',
          sql`update filings set valid_until = '2026-05-10' where id = ${filing!.id}`,
          sql`update filings set valid_until = ${filing!.valid_until} where id = ${filing!.id}`,
          /发证日 2026-05-11 不在有效期内/,
        ],
        ['expired', sql`update filings set status = 'expired' where id = ${filing!.id}`, sql`update filings set status = 'approved' where id = ${filing!.id}`, /没有有效的备案/],
        [
          'scope',
          sql`update filing_scope set work_type = '普通车工' where filing_id = ${filing!.id} and occupation_code = '6-18-01-01' and work_type = '数控车工' and level = 4`,
          sql`update filing_scope set work_type = '数控车工' where filing_id = ${filing!.id} and occupation_code = '6-18-01-01' and work_type = '普通车工' and level = 4`,
          /工种“数控车工”、四级\/中级工不在本机构备案的评价范围内/,
        ],
      ];
      for (const [name, breakIt, mendIt, message] of cases) {
        await rows(server.database.db, breakIt);
        const refused = await enterprise.post(`/api/v1/plans/${planA.planId}/certificates`, {});
        await rows(server.database.db, mendIt);
        assert.equal(refused.status, 412, `${name}: ${JSON.stringify(refused.body)}`);
        assert.match(refused.body.detail, message, name);
      }
      assert.deepEqual(await written(planA.planId), nothing);
    });

    test('the institution issues for every passed candidate: numbered by the national rule, the holder and the institution copied as filed, each issue recorded and audited; never twice', async () => {
      const batch = await issueFor(server, planA.planId);
      assert.deepEqual([batch.requested, batch.issued, batch.status], [2, 2, 'done']);
      const issued = await certificatesOf(server, planA.planId);
      assert.deepEqual(issued.map((c) => c.holderName).sort(), planA.passed.map((c) => c.name).sort());
      const [institution] = await rows<{ name: string }>(server.database.db, sql`select i.name from institutions i join evaluation_plans p on p.institution_id = i.id where p.id = ${planA.planId}`);
      for (const c of issued) {
        assert.match(c.number, new RegExp(`^${ENTERPRISE_PREFIX}264\\d{6}$`));
        assert.deepEqual([c.status, c.workType, c.institutionName, c.issueDate], ['valid', '数控车工', institution!.name, '2026-05-11']);
        assert.match(c.idNumberMasked, /^\d{4}\*+\d{3}[\dX]$/);
      }
      assert.deepEqual(await written(planA.planId), { certificates: 2, batches: 1, events: 2 });
      assert.equal(await count(sql`select count(*) as n from audit_events where entity_type = 'certificate_batch' and entity_id = ${batch.id}`), 3, 'started, issued, done');

      const enterprise = await as('enterprise-admin');
      const again = await enterprise.post(`/api/v1/plans/${planA.planId}/certificates`, {});
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /均已发证/);
      const twice = await enterprise.post(`/api/v1/plans/${planA.planId}/certificates`, { registrationIds: [planA.passed[0]!.registrationId] });
      assert.equal(twice.status, 409);
      assert.match(twice.body.detail, /已颁发证书（编号 Y\d{21}），不能重复发证/);
      assert.deepEqual(await written(planA.planId), { certificates: 2, batches: 1, events: 2 });
      const view = (await enterprise.get(`/api/v1/plans/${planA.planId}/certificates`)).body;
      assert.equal(view.final, true);
      assert.equal(view.canIssue, false);
      assert.equal(view.candidates.filter((c: { certificate: unknown }) => c.certificate).length, 2);
    });

    test('lists and details: the institution and its supervisors in scope; the holder only their own; a name or an ID number opens nothing', async () => {
      const enterprise = await as('enterprise-admin');
      const first = await enterprise.get(`/api/v1/certificates?planId=${planC.planId}&limit=20`);
      assert.equal(first.body.items.length, 20);
      const second = await enterprise.get(`/api/v1/certificates?planId=${planC.planId}&limit=40&cursor=${first.body.nextCursor}`);
      assert.equal(second.body.items.length, 30);
      assert.equal(second.body.nextCursor, null);
      assert.equal(new Set([...first.body.items, ...second.body.items].map((c: { id: string }) => c.id)).size, 50);
      const one = first.body.items[3];
      const byNumber = await enterprise.get(`/api/v1/certificates?number=${one.number}`);
      assert.deepEqual(
        byNumber.body.items.map((c: { id: string }) => c.id),
        [one.id],
      );
      const badNumber = await enterprise.get('/api/v1/certificates?number=X12');
      assert.equal(badNumber.status, 400);

      for (const username of ['city-admin', 'pudong-officer', 'industry-officer', 'inspector-1']) {
        const client = await as(username);
        assert.equal((await client.get(`/api/v1/certificates?planId=${planA.planId}`)).body.items.length, 2, username);
        assert.equal((await client.get(`/api/v1/certificates/${one.id}`)).status, 200, username);
      }
      for (const username of ['huangpu-officer', 'social-admin']) {
        const client = await as(username);
        assert.equal((await client.get(`/api/v1/certificates?planId=${planA.planId}`)).body.items.length, 0, username);
        assert.equal((await client.get(`/api/v1/certificates/${one.id}`)).status, 403, username);
      }
      const huangpu = await (await as('huangpu-officer')).get(`/api/v1/certificates/${one.id}`);
      assert.match(huangpu.body.detail, /浦东新区/);

      const li = await as('candidate-2');
      const mine = (await li.get('/api/v1/certificates/mine')).body.items as Array<{ id: string; holderName: string }>;
      assert.equal(mine.length, 2, '李强 holds one certificate from each plan');
      assert.ok(mine.every((c) => c.holderName === '李强'));
      const detail = await li.get(`/api/v1/certificates/${mine[0]!.id}`);
      assert.equal(detail.status, 200);
      assert.equal(detail.body.verifyPath, `/verify/${detail.body.number}`);
      assert.deepEqual(detail.body.allowedActions, ['download'], 'the holder downloads, and changes nothing');
      const other = await as('candidate-1');
      assert.deepEqual((await other.get('/api/v1/certificates/mine')).body.items, []);
      assert.equal((await other.get(`/api/v1/certificates/${mine[0]!.id}`)).status, 403);
      assert.equal((await other.get('/api/v1/certificates')).status, 403, 'a candidate has no certificates list to search');
    });

    test('revocation: by the issuer or the city with a reason, recorded, audited and told to the holder; a revoked certificate cannot be revoked again', async () => {
      const enterprise = await as('enterprise-admin');
      const [a, b] = (await certificatesOf(server, planA.planId)).sort((x, y) => x.number.localeCompare(y.number));
      const detail = (await enterprise.get(`/api/v1/certificates/${a!.id}`)).body;
      assert.deepEqual(detail.allowedActions, ['download', 'revoke', 'correct']);
      const short = await enterprise.post(`/api/v1/certificates/${a!.id}/revoke`, { version: detail.version, reason: '错' });
      assert.equal(short.status, 400);
      assert.equal(short.body.errors[0].field, 'reason');
      for (const username of ['pudong-officer', 'social-admin', 'candidate-2']) {
        assert.equal((await (await as(username)).post(`/api/v1/certificates/${a!.id}/revoke`, { version: detail.version, reason: '核查发现问题' })).status, 403, username);
      }
      const stale = await enterprise.post(`/api/v1/certificates/${a!.id}/revoke`, { version: detail.version + 1, reason: '考试作弊，经查属实' });
      assert.equal(stale.status, 409);
      const revoked = await enterprise.post(`/api/v1/certificates/${a!.id}/revoke`, { version: detail.version, reason: '考试作弊，经查属实' });
      assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
      assert.deepEqual([revoked.body.status, revoked.body.revokedByAuthority, revoked.body.revocationReason], ['revoked', 'issuer', '考试作弊，经查属实']);
      assert.deepEqual(
        revoked.body.history.map((h: { kind: string }) => h.kind),
        ['issued', 'revoked'],
      );
      const again = await enterprise.post(`/api/v1/certificates/${a!.id}/revoke`, { version: revoked.body.version, reason: '重复撤销测试' });
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /已撤销.*不能再撤销或更正/);
      assert.equal(await count(sql`select count(*) as n from audit_events where action = 'certificate.revoked' and entity_id = ${a!.id}`), 1);

      const city = await as('city-admin');
      const cityDetail = (await city.get(`/api/v1/certificates/${b!.id}`)).body;
      assert.deepEqual(cityDetail.allowedActions, ['revoke'], 'the city revokes but does not download documents carrying the full ID number');
      const byCity = await city.post(`/api/v1/certificates/${b!.id}/revoke`, { version: cityDetail.version, reason: '市局查实冒名顶替' });
      assert.equal(byCity.status, 200);
      assert.equal(byCity.body.revokedByAuthority, 'city');
      const holder = [a!, b!].find((c) => c.holderName === '李强')!;
      const notices = (await (await as('candidate-2')).get('/api/v1/notifications')).body as Array<{ kind: string; title: string; body: string }>;
      const notice = notices.find((n) => n.kind === 'certificate.revoked');
      assert.ok(notice, 'the holder is told');
      assert.match(notice.title, new RegExp(holder.number));
      assert.match(notice.body, /撤销理由：/);
      assert.equal((await enterprise.get(`/api/v1/certificates?planId=${planA.planId}&status=revoked`)).body.items.length, 2);
    });

    test('correction: the issuer replaces a certificate by a new one from the corrected record; old and new both stay visible, linked, with the reason', async () => {
      const enterprise = await as('enterprise-admin');
      const worker = planC.passed.find((c) => c.name !== '李强')!;
      const [old] = (await certificatesOf(server, planC.planId)).filter((c) => c.holderName === worker.name);
      let detail = (await enterprise.get(`/api/v1/certificates/${old!.id}`)).body;
      const unchanged = await enterprise.post(`/api/v1/certificates/${old!.id}/correct`, { version: detail.version, reason: '姓名有误，予以更正' });
      assert.equal(unchanged.status, 409);
      assert.match(unchanged.body.detail, /无需更正/);
      const unfiled = await enterprise.post(`/api/v1/certificates/${old!.id}/correct`, { version: detail.version, reason: '工种有误，予以更正', workType: '普通车工' });
      assert.equal(unfiled.status, 412);
      assert.match(unfiled.body.detail, /不在本机构备案的评价范围内/);
      assert.equal((await (await as('city-admin')).post(`/api/v1/certificates/${old!.id}/correct`, { version: detail.version, reason: '姓名有误，予以更正' })).status, 403);

      await rows(server.database.db, sql`update persons set name = ${`${worker.name}新`} where id = (select person_id from certificates where id = ${old!.id})`);
      const corrected = await enterprise.post(`/api/v1/certificates/${old!.id}/correct`, { version: detail.version, reason: '姓名有误，予以更正' });
      assert.equal(corrected.status, 201, JSON.stringify(corrected.body));
      assert.notEqual(corrected.body.number, old!.number);
      assert.equal(corrected.body.holderName, `${worker.name}新`);
      assert.deepEqual(corrected.body.replaces, { id: old!.id, number: old!.number });
      assert.equal(corrected.body.serial, 53, 'a new serial, after the 52 the institution has given this year');
      detail = (await enterprise.get(`/api/v1/certificates/${old!.id}`)).body;
      assert.equal(detail.status, 'replaced');
      assert.deepEqual(detail.replacedBy, { id: corrected.body.id, number: corrected.body.number });
      assert.deepEqual(
        detail.history.map((h: { kind: string; number: string; reason: string }) => [h.kind, h.number, h.reason]),
        [
          ['issued', old!.number, ''],
          ['replaced', old!.number, '姓名有误，予以更正'],
          ['issued', corrected.body.number, ''],
        ],
      );
      const replacedAgain = await enterprise.post(`/api/v1/certificates/${old!.id}/revoke`, { version: detail.version, reason: '已换发的证书不能撤销' });
      assert.equal(replacedAgain.status, 409);
      assert.match(replacedAgain.body.detail, /已更正换发/);
      assert.equal((await enterprise.get(`/api/v1/certificates?planId=${planC.planId}&status=replaced`)).body.items.length, 1);
      assert.equal((await enterprise.get(`/api/v1/certificates?planId=${planC.planId}`)).body.items.length, 50, 'paged at 50 by default');
      assert.equal(await count(sql`select count(*) as n from certificates where plan_id = ${planC.planId}`), 51);
    });
  });
}
