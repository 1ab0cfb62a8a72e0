import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { auditActions } from '../helpers/audit.ts';
import { hireEmployee, insertCertificate, TURNER, uploadMeritEvidence } from '../helpers/appointment-fixtures.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows } from '../../src/platform/db/client.ts';
import { systemContext } from '../../src/boot.ts';
import { expireAppointments } from '../../src/modules/appointments/index.ts';

interface FieldProblem {
  field: string;
  code: string;
  message: string;
}
const codes = (body: { errors?: FieldProblem[] }) => (body.errors ?? []).map((e) => e.code);
const merit = (evidence: string[]) => [{ kind: 'competition', description: '2024 年上海市数控车工技能大赛一等奖', evidenceFileIds: evidence }];

for (const target of dbTargets()) {
  describe(`新八级工 appointments: prerequisites, quota, terms, apprentices [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let enterpriseId: string;
    let evidence: string;
    let liId: string;
    let special: { id: string; version: number };

    before(async () => {
      server = await startTestServer(target);
      enterprise = await server.as('enterprise-admin');
      enterpriseId = await institutionIdOf(enterprise);
      evidence = await uploadMeritEvidence(enterprise, enterpriseId);
      const [li] = await rows<{ id: string }>(server.database.db, sql`select id from persons where name = '李强'`);
      liId = li!.id;
    });
    after(() => server.close());

    test('an employee with a 高级技师 certificate held four years and a merit with proof is appointed 特级技师 for three years', async () => {
      await insertCertificate(server.database, { institutionId: enterpriseId, personId: liId, issueDate: '2021-06-30' });
      const response = await enterprise.post(`/api/v1/institutions/${enterpriseId}/appointments`, { personId: liId, title: 'special', occupationCode: TURNER, merits: merit([evidence]) });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      assert.equal(response.body.status, 'active');
      assert.equal(response.body.termStart, '2026-03-02');
      assert.equal(response.body.termEnd, '2029-03-01');
      assert.match(response.body.certificateNumber, /^Y\d{21}$/);
      special = response.body;
      assert.ok((await auditActions(server.database)).includes('appointment.appointed'));
    });

    test('every unmet prerequisite is named, with the years held and the quota in numbers', async () => {
      const young = await hireEmployee(enterprise, enterpriseId, 9101, '钱新秀');
      await insertCertificate(server.database, { institutionId: enterpriseId, personId: young, issueDate: '2024-05-01' });
      const response = await enterprise.post(`/api/v1/institutions/${enterpriseId}/appointments`, { personId: young, title: 'special', occupationCode: TURNER, merits: [] });
      assert.equal(response.status, 422);
      assert.deepEqual(codes(response.body), ['heldTooShort', 'noMerit', 'quotaFull']);
      const messages = (response.body.errors as FieldProblem[]).map((e) => e.message).join('\n');
      assert.match(messages, /自 2024-05-01 起仅持有 1 年，须满 4 年（2028-05-01 起可聘）/);
      assert.match(messages, /已聘 1 人，上限 1 人（本单位持有效高级技师证书职工 2 人）/);
      const english = await enterprise.post(
        `/api/v1/institutions/${enterpriseId}/appointments`,
        { personId: young, title: 'special', occupationCode: TURNER, merits: merit([]) },
        { 'accept-language': 'en' },
      );
      assert.deepEqual(codes(english.body), ['heldTooShort', 'meritWithoutEvidence', 'quotaFull']);
      assert.match(english.body.detail, /cannot be made/);
    });

    test('someone the enterprise does not employ, without a platform certificate, is refused for both', async () => {
      const [wang] = await rows<{ id: string }>(server.database.db, sql`select id from persons where name = '王芳'`);
      const response = await enterprise.post(`/api/v1/institutions/${enterpriseId}/appointments`, { personId: wang!.id, title: 'special', occupationCode: TURNER, merits: merit([evidence]) });
      assert.equal(response.status, 422);
      assert.deepEqual(codes(response.body).slice(0, 2), ['notEmployed', 'noLevel1']);
    });

    test('an occupation whose level 1 is withdrawn has no 特级技师', async () => {
      await rows(server.database.db, sql`update occupation_levels set withdrawn_on = '2025-01-01' where occupation_code = '6-31-01-03' and level = 1`);
      const response = await enterprise.post(`/api/v1/institutions/${enterpriseId}/appointments`, { personId: liId, title: 'special', occupationCode: '6-31-01-03', merits: merit([evidence]) });
      assert.equal(response.status, 422);
      assert.equal(codes(response.body)[0], 'occupationWithoutLevel1');
    });

    test('首席技师 comes from a current 特级技师 of the enterprise', async () => {
      const other = await hireEmployee(enterprise, enterpriseId, 9102, '孙首席');
      const refused = await enterprise.post(`/api/v1/institutions/${enterpriseId}/appointments`, { personId: other, title: 'chief', occupationCode: TURNER });
      assert.equal(refused.status, 422);
      assert.deepEqual(codes(refused.body), ['notSpecial']);
      const chief = await enterprise.post(`/api/v1/institutions/${enterpriseId}/appointments`, { personId: liId, title: 'chief', occupationCode: TURNER });
      assert.equal(chief.status, 201, JSON.stringify(chief.body));
      const ended = await enterprise.post(`/api/v1/appointments/${chief.body.id}/end`, { version: chief.body.version, reason: '本人申请辞去首席技师岗位' });
      assert.equal(ended.status, 200);
      assert.equal(ended.body.status, 'terminated');
      assert.equal(ended.body.endedOn, '2026-03-02');
      const again = await enterprise.post(`/api/v1/appointments/${chief.body.id}/end`, { version: ended.body.version, reason: '再次解聘' });
      assert.equal(again.status, 409);
      const noReason = await enterprise.post(`/api/v1/appointments/${special.id}/end`, { version: special.version, reason: '' });
      assert.equal(noReason.status, 400);
    });

    test('a renewal is a new term from the day after the old one ends, prerequisites checked again', async () => {
      const stale = await enterprise.post(`/api/v1/appointments/${special.id}/renewal`, { version: special.version + 5 });
      assert.equal(stale.status, 409);
      const renewed = await enterprise.post(`/api/v1/appointments/${special.id}/renewal`, { version: special.version });
      assert.equal(renewed.status, 201, JSON.stringify(renewed.body));
      assert.equal(renewed.body.termStart, '2029-03-02');
      assert.equal(renewed.body.termEnd, '2032-03-01');
      assert.equal(renewed.body.renewsId, special.id);
      const list = await enterprise.get(`/api/v1/institutions/${enterpriseId}/appointments`);
      assert.equal(list.body.appointments.find((a: { id: string }) => a.id === special.id).status, 'renewed');
      special = renewed.body;
    });

    test('only the enterprise appoints; its district and the city read; another district is told the district', async () => {
      const social = await server.as('social-admin');
      const socialId = await institutionIdOf(social);
      const refused = await social.post(`/api/v1/institutions/${socialId}/appointments`, { personId: liId, title: 'special', occupationCode: TURNER, merits: merit([]) });
      assert.equal(refused.status, 403);
      assert.match(refused.body.detail, /不是用人单位/);
      const foreign = await social.post(`/api/v1/institutions/${enterpriseId}/appointments`, { personId: liId, title: 'special', occupationCode: TURNER, merits: merit([]) });
      assert.equal(foreign.status, 403);
      assert.equal((await (await server.as('pudong-officer')).get(`/api/v1/institutions/${enterpriseId}/appointments`)).status, 200);
      const huangpu = await (await server.as('huangpu-officer')).get(`/api/v1/institutions/${enterpriseId}/appointments`);
      assert.equal(huangpu.status, 403);
      assert.match(huangpu.body.detail, /浦东新区/);
    });

    test('the public list masks the name; the person sees their own post; the record shows it', async () => {
      const list = await server.client().get('/api/v1/public/appointments');
      assert.equal(list.status, 200);
      const entry = list.body.items.find((i: { id: string }) => i.id === special.id);
      assert.equal(entry.personName, '李*');
      assert.match(entry.institutionName, /上海浦江精密机械有限公司/);
      assert.ok(!JSON.stringify(list.body).includes('李强'));
      const mine = await (await server.as('candidate-2')).get('/api/v1/me/appointments');
      assert.ok(mine.body.appointments.some((a: { title: string; status: string }) => a.title === 'special' && a.status === 'active'));
      const record = await enterprise.get(`/api/v1/people/${liId}/appointments`);
      assert.equal(record.status, 200);
      assert.equal((await (await server.as('candidate-3')).get(`/api/v1/people/${liId}/appointments`)).status, 403);
    });

    test('an apprentice is marked, completes, and the completion is the profile’s 学徒期满 date', async () => {
      const apprentice = await hireEmployee(enterprise, enterpriseId, 9103, '周学徒', '2024-09-01');
      const started = await enterprise.post(`/api/v1/institutions/${enterpriseId}/apprenticeships`, { personId: apprentice, occupationCode: TURNER, startedOn: '2024-09-01' });
      assert.equal(started.status, 201, JSON.stringify(started.body));
      const twice = await enterprise.post(`/api/v1/institutions/${enterpriseId}/apprenticeships`, { personId: apprentice, occupationCode: TURNER, startedOn: '2024-10-01' });
      assert.equal(twice.status, 409);
      assert.match(twice.body.detail, /学徒工/);
      const early = await enterprise.post(`/api/v1/apprenticeships/${started.body.id}/completion`, { version: 1, completedOn: '2024-01-01' });
      assert.equal(early.status, 400);
      const done = await enterprise.post(`/api/v1/apprenticeships/${started.body.id}/completion`, { version: 1, completedOn: '2026-02-28' });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      const profile = await enterprise.get(`/api/v1/people/${apprentice}/profile`);
      assert.equal(profile.body.profile.apprenticeshipCompletedOn, '2026-02-28');
      const record = await enterprise.get(`/api/v1/people/${apprentice}/appointments`);
      assert.equal(record.body.apprenticeships[0].completedOn, '2026-02-28');
    });

    test('the expiry job ends terms whose last day has passed, once', async () => {
      await rows(server.database.db, sql`update appointments set term_start = '2023-03-02', term_end = '2026-03-01' where id = ${special.id}`);
      const ctx = systemContext(server.database, server.clock, 'appointment-expiry');
      assert.deepEqual(await expireAppointments(ctx), { expired: 1 });
      assert.deepEqual(await expireAppointments(ctx), { expired: 0 });
      const list = await enterprise.get(`/api/v1/institutions/${enterpriseId}/appointments`);
      assert.equal(list.body.appointments.find((a: { id: string }) => a.id === special.id).status, 'expired');
    });
  });

  describe(`新八级工 appointments: two appointments for the last post [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    test('of two appointments at once for the last 特级技师 post, one is made and the other refused with the numbers', async () => {
      const enterprise = await server.as('enterprise-admin');
      const enterpriseId = await institutionIdOf(enterprise);
      const evidence = await uploadMeritEvidence(enterprise, enterpriseId);
      const people = [await hireEmployee(enterprise, enterpriseId, 9201, '甲师傅'), await hireEmployee(enterprise, enterpriseId, 9202, '乙师傅')];
      for (const personId of people) await insertCertificate(server.database, { institutionId: enterpriseId, personId, issueDate: '2020-01-15' });
      const second = await server.as('enterprise-admin');
      const responses = await Promise.all(
        people.map((personId, i) =>
          (i === 0 ? enterprise : second).post(`/api/v1/institutions/${enterpriseId}/appointments`, { personId, title: 'special', occupationCode: TURNER, merits: merit([evidence]) }),
        ),
      );
      assert.deepEqual(responses.map((r) => r.status).sort(), [201, 422]);
      const refused = responses.find((r) => r.status === 422)!;
      assert.deepEqual(codes(refused.body), ['quotaFull']);
      const [count] = await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from appointments where status = 'active'`);
      assert.equal(count!.n, 1);
    });
  });
}
