import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.ts';
import { createAndSubmit, institutionIdOf } from '../helpers/filing-fixtures.ts';
import { openPlan } from '../helpers/plan-fixtures.ts';
import { residentId } from '../helpers/registration-workbook.ts';
import { insertSession, seat, userIdOf } from '../helpers/staffing-fixtures.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows } from '../../src/platform/db/client.ts';
import { systemContext } from '../../src/boot.ts';
import { checkStaffingForStart } from '../../src/modules/staffing/index.ts';

interface Staff {
  id: string;
  name: string;
  kind: string;
  active: boolean;
  version: number;
  person: { name: string; idNumberMasked: string } | null;
  account: { username: string } | null;
}
interface Problem {
  rule: string;
  message: { 'zh-CN': string; 'en-US': string };
  staffName: string | null;
}

const LI_QIANG_ID = '310115199203150011';

for (const target of dbTargets()) {
  describe(`staffing: staff from the filing, assignments under the rules, conflicts of interest [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let pudong: HttpClient;
    let enterpriseId: string;
    let planId: string;
    let registrationLi: string;
    /** Theory 09:00–11:00 and skill 13:00–16:00 on 2026-04-01, 李强 seated in both. */
    let theory: string;
    let skill: string;
    const staff = new Map<string, Staff>();

    const staffList = async (client: HttpClient, institutionId: string) => {
      const response = await client.get(`/api/v1/institutions/${institutionId}/staff`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return response.body.items as Staff[];
    };
    const gate = (sessionId: string) => checkStaffingForStart(systemContext(server.database, server.clock, 'session-start'), sessionId);
    const assign = (sessionId: string, name: string, duty: string, client = enterprise) => client.post(`/api/v1/exam-sessions/${sessionId}/staff`, { staffId: staff.get(name)!.id, duty });
    const rulesOf = (problems: Problem[]) => problems.map((p) => p.rule);

    before(async () => {
      server = await startTestServer(target);
      enterprise = await server.as('enterprise-admin');
      pudong = await server.as('pudong-officer');
      enterpriseId = await institutionIdOf(enterprise);
      planId = (await openPlan(enterprise, pudong, enterpriseId)).id;
      const li = await server.as('candidate-2');
      const applied = await li.post(`/api/v1/plans/${planId}/registrations`, {});
      assert.equal(applied.status, 201, JSON.stringify(applied.body));
      const admitted = await enterprise.post(`/api/v1/registrations/${applied.body.id}/review`, { version: applied.body.version, decision: 'admit' });
      assert.equal(admitted.status, 200, JSON.stringify(admitted.body));
      registrationLi = applied.body.id;
      theory = await insertSession(server.database, planId, { component: 'theory', room: '理论考场 301' });
      skill = await insertSession(server.database, planId, { component: 'skill', room: '数控实操车间', startsAt: '2026-04-01T05:00:00.000Z', endsAt: '2026-04-01T08:00:00.000Z' });
      await seat(server.database, theory, registrationLi, 1);
      await seat(server.database, skill, registrationLi, 1);
      for (const member of await staffList(enterprise, enterpriseId)) staff.set(member.name, member);
    });
    after(() => server.close());

    test('the filing in force names the staff; the demo links them to accounts, and 孙国华 to a person; the district reads them, another district is refused', async () => {
      assert.deepEqual(
        [...staff.values()].map((s) => [s.name, s.kind, s.active, s.account?.username ?? null]),
        [
          ['孙国华', 'examiner', true, 'enterprise-examiner'],
          ['吴秀兰', 'examiner', true, 'enterprise-examiner-3'],
          ['周建平', 'examiner', true, 'enterprise-examiner-2'],
          ['郑质量', 'supervisor', true, 'enterprise-supervisor'],
        ],
      );
      assert.deepEqual([staff.get('孙国华')!.person?.name, staff.get('孙国华')!.person?.idNumberMasked], ['孙国华', '3101**********0031']);
      assert.equal(staff.get('周建平')!.person, null);
      assert.equal((await pudong.get(`/api/v1/institutions/${enterpriseId}/staff`)).status, 200);
      const huangpu = await (await server.as('huangpu-officer')).get(`/api/v1/institutions/${enterpriseId}/staff`);
      assert.equal(huangpu.status, 403);
      assert.match(huangpu.body.detail, /浦东新区/);
      assert.equal((await (await server.as('social-admin')).get(`/api/v1/institutions/${enterpriseId}/staff`)).status, 403);
    });

    test('a person is linked by ID number with the filed name; another name, or a known ID number under another name, is refused without disclosure', async () => {
      const zhou = staff.get('周建平')!;
      const otherName = await enterprise.post(`/api/v1/staff/${zhou.id}/person`, { version: zhou.version, person: { idType: 'resident_id', idNumber: LI_QIANG_ID, name: '李强' } });
      assert.equal(otherName.status, 400);
      assert.match(otherName.body.errors[0].message, /备案的姓名“周建平”/);
      const known = await enterprise.post(`/api/v1/staff/${zhou.id}/person`, { version: zhou.version, person: { idType: 'resident_id', idNumber: LI_QIANG_ID, name: '周建平' } });
      assert.equal(known.status, 400);
      assert.equal(known.body.errors[0].code, 'name_mismatch');
      assert.ok(!JSON.stringify(known.body).includes('李强'), 'the recorded name stays unsaid');
      const linked = await enterprise.post(`/api/v1/staff/${zhou.id}/person`, { version: zhou.version, person: { idType: 'resident_id', idNumber: residentId(41, '310115'), name: '周建平' } });
      assert.equal(linked.status, 200, JSON.stringify(linked.body));
      assert.equal(linked.body.person.name, '周建平');
      assert.match(linked.body.person.idNumberMasked, /^3101\*+\d{3}[\dX]$/);
      staff.set('周建平', linked.body);
      const stale = await enterprise.post(`/api/v1/staff/${zhou.id}/person`, { version: zhou.version, person: { idType: 'resident_id', idNumber: residentId(41, '310115'), name: '周建平' } });
      assert.equal(stale.status, 409);
    });

    test("a session's staffing lists every rule it breaks, and the start gate says the same", async () => {
      const view = await enterprise.get(`/api/v1/exam-sessions/${skill}/staffing`);
      assert.equal(view.status, 200, JSON.stringify(view.body));
      assert.deepEqual(view.body.requirement, { duty: 'examiner', required: 3, odd: true });
      assert.deepEqual(view.body.duties, ['examiner', 'internal_supervisor']);
      assert.deepEqual(rulesOf(view.body.problems), ['examiners', 'internalSupervisor']);
      assert.match(view.body.problems[0].message['zh-CN'], /本场 1 名考生需 3 名，现有 0 名/);
      assert.deepEqual(view.body.allowedActions, ['assign']);
      const verdict = await gate(skill);
      assert.equal(verdict.ok, false);
      assert.deepEqual(
        verdict.problems.map((p) => p.rule),
        ['examiners', 'internalSupervisor'],
      );
      assert.match(verdict.problems[1]!.message['en-US'], /internal quality supervisor/);
    });

    test('an examiner with a declared conflict with 李强 is refused with the rule and both names (the candidate masked), and nothing is written', async () => {
      const zhou = await server.as('enterprise-examiner-2');
      const mine = await zhou.get('/api/v1/me/staffing');
      assert.deepEqual(
        mine.body.memberships.map((m: { name: string }) => m.name),
        ['周建平'],
      );
      const declared = await zhou.post('/api/v1/me/conflicts', { registrationId: registrationLi, kind: 'master_apprentice', note: '带教三年' });
      assert.equal(declared.status, 201, JSON.stringify(declared.body));
      assert.deepEqual([declared.body.staffName, declared.body.personName, declared.body.declaredAs], ['周建平', '李强', 'staff']);
      const before = await auditCount(server.database);
      const refused = await assign(skill, '周建平', 'examiner');
      assert.equal(refused.status, 422, JSON.stringify(refused.body));
      assert.equal(refused.body.detail, '不能安排：周建平 与考生 李* 已申报师徒关系，须回避。');
      assert.equal(refused.body.errors[0].code, 'declaredConflict');
      assert.equal(await auditCount(server.database), before, 'a refusal writes nothing');
      const english = server.client({ locale: 'en-US' });
      await english.post('/api/v1/auth/login', { username: 'enterprise-admin', password: DEMO_PASSWORD });
      const refusedEn = await english.post(`/api/v1/exam-sessions/${skill}/staff`, { staffId: staff.get('周建平')!.id, duty: 'examiner' });
      assert.match(refusedEn.body.detail, /^Cannot assign: 周建平 has a declared tie with candidate 李\* \(master and apprentice\)/);
      assert.deepEqual((await enterprise.get(`/api/v1/exam-sessions/${skill}/staffing`)).body.assignments, []);
      // Declared again (by the institution this time): the tie on record, not a second one.
      const again = await enterprise.post(`/api/v1/institutions/${enterpriseId}/conflicts`, { staffId: staff.get('周建平')!.id, registrationId: registrationLi, kind: 'master_apprentice' });
      assert.equal(again.status, 201);
      assert.equal(again.body.id, declared.body.id);
    });

    test('colleagues examine each other at an enterprise; duties follow the component and the kind of staff; one room at a time', async () => {
      const sun = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: '310115197806120031', name: '孙国华' },
        kind: 'employee',
        employmentType: 'direct',
        validFrom: '2010-01-01',
      });
      assert.equal(sun.status, 201, JSON.stringify(sun.body));
      for (const [name, duty] of [
        ['孙国华', 'examiner'],
        ['吴秀兰', 'examiner'],
        ['郑质量', 'internal_supervisor'],
      ] as const) {
        const assigned = await assign(skill, name, duty);
        assert.equal(assigned.status, 200, `${name}: ${JSON.stringify(assigned.body)}`);
      }
      const view = (await enterprise.get(`/api/v1/exam-sessions/${skill}/staffing`)).body;
      assert.deepEqual(
        view.assignments.map((a: { name: string; duty: string }) => `${a.name}:${a.duty}`),
        ['孙国华:examiner', '吴秀兰:examiner', '郑质量:internal_supervisor'],
      );
      assert.deepEqual(rulesOf(view.problems), ['examiners'], 'two of the three examiners a skill session needs');

      const supervisorAsExaminer = await assign(theory, '郑质量', 'invigilator');
      assert.equal(supervisorAsExaminer.status, 422);
      assert.equal(supervisorAsExaminer.body.errors[0].code, 'wrongDuty');
      assert.match(supervisorAsExaminer.body.detail, /监考人员须由备案的考评员担任，郑质量 是质量督导员/);
      const examinerInTheory = await assign(theory, '孙国华', 'examiner');
      assert.equal(examinerInTheory.status, 422);
      assert.match(examinerInTheory.body.detail, /理论知识考试不设考评员/);
      assert.equal((await assign(skill, '孙国华', 'examiner')).status, 409);
      assert.equal((await assign(theory, '孙国华', 'invigilator')).status, 200, 'the theory session ends before the skill session starts');
      const overlapping = await insertSession(server.database, planId, { component: 'skill', room: '数控实操车间', startsAt: '2026-04-01T06:00:00.000Z', endsAt: '2026-04-01T07:00:00.000Z' });
      const twice = await assign(overlapping, '孙国华', 'examiner');
      assert.equal(twice.status, 409);
      assert.match(twice.body.detail, /孙国华 在同一时段已安排在 数控实操车间（2026-04-01 13:00 开考）/);
      const unknown = await enterprise.post(`/api/v1/exam-sessions/${skill}/staff`, { staffId: '00000000-0000-4000-8000-000000000000', duty: 'examiner' });
      assert.equal(unknown.status, 400);
      const external = await assign(skill, '郑质量', 'external_supervisor');
      assert.equal(external.status, 400);
      assert.equal((await (await server.as('enterprise-examiner')).post(`/api/v1/exam-sessions/${skill}/staff`, { staffId: staff.get('周建平')!.id, duty: 'examiner' })).status, 403);
      await server.database.db.execute(sql`delete from exam_sessions where id = ${overlapping}`);
    });

    test('the district of the plan dispatches the external supervisor to every session; the institution and other districts may not', async () => {
      const inspector = await userIdOf(server.database, 'inspector-1');
      assert.equal((await enterprise.post(`/api/v1/plans/${planId}/external-supervisor`, { userId: inspector })).status, 403);
      const huangpu = await (await server.as('huangpu-officer')).post(`/api/v1/plans/${planId}/external-supervisor`, { userId: inspector });
      assert.equal(huangpu.status, 403);
      const choices = await pudong.get(`/api/v1/plans/${planId}/staffing`);
      assert.deepEqual(
        choices.body.dispatchable.map((a: { username: string }) => a.username),
        ['inspector-1', 'inspector-2', 'inspector-3', 'pudong-officer'],
      );
      assert.deepEqual(choices.body.staff, [], 'the district does not pick the institution’s staff');
      const otherDistrict = await pudong.post(`/api/v1/plans/${planId}/external-supervisor`, { userId: await userIdOf(server.database, 'huangpu-officer') });
      assert.equal(otherDistrict.status, 400);
      const dispatched = await pudong.post(`/api/v1/plans/${planId}/external-supervisor`, { userId: inspector });
      assert.equal(dispatched.status, 200, JSON.stringify(dispatched.body));
      for (const session of dispatched.body.sessions) {
        assert.deepEqual(
          session.assignments.filter((a: { duty: string }) => a.duty === 'external_supervisor').map((a: { name: string }) => a.name),
          ['督导员 陈明'],
        );
      }
      const replaced = await pudong.post(`/api/v1/plans/${planId}/external-supervisor`, { userId: await userIdOf(server.database, 'inspector-2') });
      assert.equal(replaced.status, 200);
      assert.deepEqual(
        replaced.body.sessions[0].assignments.filter((a: { duty: string }) => a.duty === 'external_supervisor').map((a: { name: string }) => a.name),
        ['督导员 刘芳'],
      );
      const assignment = replaced.body.sessions[0].assignments.find((a: { duty: string }) => a.duty === 'external_supervisor');
      assert.equal(
        (await enterprise.request('DELETE', `/api/v1/exam-sessions/${replaced.body.sessions[0].id}/staff/${assignment.id}`, undefined, {})).status,
        404,
        'the institution cannot remove the district’s supervisor',
      );
      assert.ok((await auditActions(server.database)).includes('plan.external_supervisor_dispatched'));
    });

    test('a candidate names a member of their plan’s staff they have a tie with; the gate then lists it against that member', async () => {
      const li = await server.as('candidate-2');
      const offered = await li.get(`/api/v1/registrations/${registrationLi}/staff`);
      assert.equal(offered.status, 200);
      assert.deepEqual(
        offered.body.staff.map((s: { name: string }) => s.name),
        ['孙国华', '吴秀兰', '周建平', '郑质量'],
      );
      assert.equal((await (await server.as('candidate-3')).get(`/api/v1/registrations/${registrationLi}/staff`)).status, 403);
      assert.equal((await (await server.as('candidate-3')).post(`/api/v1/registrations/${registrationLi}/conflicts`, { staffId: staff.get('吴秀兰')!.id, kind: 'relative' })).status, 403);
      const declared = await li.post(`/api/v1/registrations/${registrationLi}/conflicts`, { staffId: staff.get('吴秀兰')!.id, kind: 'relative', note: '表姐' });
      assert.equal(declared.status, 201, JSON.stringify(declared.body));
      assert.equal(declared.body.declaredAs, 'candidate');
      const verdict = await gate(skill);
      assert.equal(verdict.ok, false);
      assert.deepEqual(
        verdict.problems.map((p) => [p.rule, p.staff ?? null]),
        [
          ['examiners', null],
          ['declaredConflict', '吴秀兰'],
        ],
      );
      assert.equal(verdict.problems[1]!.message['zh-CN'], '吴秀兰 与考生 李* 已申报近亲属，须回避。');
      const listed = await enterprise.get(`/api/v1/institutions/${enterpriseId}/conflicts`);
      assert.deepEqual(listed.body.items.map((c: { staffName: string; declaredAs: string }) => `${c.staffName}:${c.declaredAs}`).sort(), ['吴秀兰:candidate', '周建平:staff']);
      const removed = await enterprise.request(
        'DELETE',
        `/api/v1/exam-sessions/${skill}/staff/${(await enterprise.get(`/api/v1/exam-sessions/${skill}/staffing`)).body.assignments.find((a: { name: string }) => a.name === '吴秀兰').id}`,
        undefined,
        {},
      );
      assert.equal(removed.status, 200);
      assert.deepEqual(rulesOf(removed.body.problems), ['examiners']);
    });

    test('with the examiners and the supervisor its rules ask for, a session may start', async () => {
      const empty = await insertSession(server.database, planId, { component: 'skill', room: '数控实操车间', startsAt: '2026-04-02T01:00:00.000Z', endsAt: '2026-04-02T04:00:00.000Z' });
      for (const [name, duty] of [
        ['孙国华', 'examiner'],
        ['周建平', 'examiner'],
        ['吴秀兰', 'examiner'],
        ['郑质量', 'internal_supervisor'],
      ] as const) {
        assert.equal((await assign(empty, name, duty)).status, 200, name);
      }
      assert.deepEqual(await gate(empty), { ok: true, problems: [] });

      // The city raises the 四级 车工 minimum from a date before the exam: the same staffing falls short.
      const city = await server.as('city-admin');
      const rules = {
        default: { invigilatorRatio: 15, invigilatorMinimum: 2, examinerRatio: 5, examinerMinimum: 3, examinerOdd: true, panelMinimum: 3, panelOdd: true, internalSupervisorMinimum: 1 },
      };
      const bad = await city.post('/api/v1/parameters', {
        key: 'staffing.rules',
        value: { ...rules, overrides: [{ occupationCode: '6-18-01-01', level: 4, rules: { examinerRatio: 0 } }] },
        effectiveFrom: '2026-03-10',
        reason: '调整',
      });
      assert.equal(bad.status, 400);
      const shape = await city.post('/api/v1/parameters', { key: 'staffing.rules', value: 5, effectiveFrom: '2026-03-10', reason: '调整' });
      assert.equal(shape.status, 400);
      const set = await city.post('/api/v1/parameters', {
        key: 'staffing.rules',
        value: { ...rules, overrides: [{ occupationCode: '6-18-01-01', level: 4, rules: { examinerMinimum: 5 } }] },
        effectiveFrom: '2026-03-10',
        reason: '车工四级加强考评',
      });
      assert.equal(set.status, 201, JSON.stringify(set.body));
      const view = (await enterprise.get(`/api/v1/exam-sessions/${empty}/staffing`)).body;
      assert.deepEqual(view.requirement, { duty: 'examiner', required: 5, odd: true });
      assert.deepEqual(rulesOf(view.problems), ['examiners']);
      assert.equal((await gate(empty)).ok, false);
    });

    test('an amendment that no longer names an examiner makes them inactive: the sessions they serve in list it', async () => {
      const filings = await enterprise.get('/api/v1/filings');
      const inForce = filings.body.items.find((f: { status: string; kind: string }) => f.status === 'approved' && f.kind === 'initial');
      const detail = (await enterprise.get(`/api/v1/filings/${inForce.id}`)).body;
      const content = { ...detail.content, examiners: detail.content.examiners.filter((e: { name: string }) => e.name !== '吴秀兰') };
      const scope = detail.scope.map((s: { occupationCode: string; workType: string; level: number }) => ({ occupationCode: s.occupationCode, workType: s.workType, level: s.level }));
      const amendment = await enterprise.post(`/api/v1/institutions/${enterpriseId}/amendments`, { scope, content });
      assert.equal(amendment.status, 201, JSON.stringify(amendment.body));
      const submitted = await enterprise.post(`/api/v1/filings/${amendment.body.id}/submit`, { version: amendment.body.version });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      const approved = await pudong.post(`/api/v1/filings/${amendment.body.id}/approve`, { version: submitted.body.version, reason: '同意' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      const after = await staffList(enterprise, enterpriseId);
      assert.deepEqual(
        after.map((s) => [s.name, s.active]),
        [
          ['孙国华', true],
          ['周建平', true],
          ['郑质量', true],
          ['吴秀兰', false],
        ],
      );
      assert.equal(after.at(-1)!.account?.username, 'enterprise-examiner-3', 'kept with its links');
      const plan = (await enterprise.get(`/api/v1/plans/${planId}/staffing`)).body;
      const rules = plan.sessions.map((s: { problems: Problem[] }) => rulesOf(s.problems));
      assert.ok(
        plan.sessions.some((s: { problems: Problem[] }) => s.problems.some((p) => p.rule === 'notNamed' && p.staffName === '吴秀兰')),
        JSON.stringify(rules),
      );
      assert.ok(!plan.staff.some((s: { name: string }) => s.name === '吴秀兰'), 'no longer offered');
      const later = await insertSession(server.database, planId, { component: 'skill', room: '数控实操车间', startsAt: '2026-04-03T01:00:00.000Z', endsAt: '2026-04-03T04:00:00.000Z' });
      const refused = await assign(later, '吴秀兰', 'examiner');
      assert.equal(refused.status, 422);
      assert.equal(refused.body.errors[0].code, 'notNamed');
      assert.equal((await enterprise.post(`/api/v1/staff/${staff.get('吴秀兰')!.id}/account-link`, { version: after.at(-1)!.version, username: 'enterprise-examiner-3' })).status, 409, 'nor linked');
      const [row] = await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from audit_events where action = 'staff.synced'`);
      assert.ok(row!.n >= 2, 'the first approval and the amendment each synced the staff');
    });
  });

  describe(`staffing at a social organisation: accounts, qualifications, colleagues found from the records [${target}]`, () => {
    let server: TestServer;
    let social: HttpClient;
    let socialId: string;
    const staff = new Map<string, Staff>();

    before(async () => {
      server = await startTestServer(target);
      social = await server.as('social-admin');
      socialId = await institutionIdOf(social);
      const filing = await createAndSubmit(social, socialId);
      const approved = await (await server.as('huangpu-officer')).post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode: '0601', siteSequence: '000006' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      for (const member of (await social.get(`/api/v1/institutions/${socialId}/staff`)).body.items as Staff[]) staff.set(member.name, member);
    });
    after(() => server.close());

    test('approving the filing makes its examiners and supervisor the staff', () => {
      assert.deepEqual([...staff.keys()].sort(), ['张师傅', '李师傅', '王师傅', '赵督导'].sort());
    });

    test('an account is created with an initial password shown once, which signs in; only this institution’s examiner accounts can be linked', async () => {
      const wang = staff.get('王师傅')!;
      assert.equal((await (await server.as('enterprise-admin')).post(`/api/v1/staff/${wang.id}/account`, { version: wang.version, username: 'social-wang' })).status, 403);
      const created = await social.post(`/api/v1/staff/${wang.id}/account`, { version: wang.version, username: 'social-wang' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.username, 'social-wang');
      assert.match(created.body.initialPassword, /^[a-zA-Z2-9]{14}$/);
      assert.equal(created.body.staff.account.displayName, '王师傅');
      const login = await server.client().post('/api/v1/auth/login', { username: 'social-wang', password: created.body.initialPassword });
      assert.equal(login.status, 200);
      const signedIn = server.client();
      await signedIn.post('/api/v1/auth/login', { username: 'social-wang', password: created.body.initialPassword });
      const me = (await signedIn.get('/api/v1/auth/me')).body;
      assert.deepEqual(
        me.grants.map((g: { role: string; institutionId: string }) => [g.role, g.institutionId]),
        [['examiner', socialId]],
      );
      assert.deepEqual(
        me.workspaces[0].menus.map((m: { key: string }) => m.key),
        ['dashboard', 'my-sessions', 'conflicts', 'scoring', 'profile'],
      );
      const list = await social.get(`/api/v1/institutions/${socialId}/staff`);
      assert.ok(!JSON.stringify(list.body).includes(created.body.initialPassword), 'never shown again');
      const [stored] = await rows<{ hash: string }>(server.database.db, sql`select password_hash as hash from users where username = 'social-wang'`);
      assert.match(stored!.hash, /^\$argon2id\$/);
      assert.equal((await social.post(`/api/v1/staff/${wang.id}/account`, { version: created.body.staff.version, username: 'social-wang-2' })).status, 409);
      const li = staff.get('李师傅')!;
      const taken = await social.post(`/api/v1/staff/${li.id}/account`, { version: li.version, username: 'social-wang' });
      assert.equal(taken.status, 409);
      const foreign = await social.post(`/api/v1/staff/${li.id}/account-link`, { version: li.version, username: 'enterprise-examiner' });
      const missing = await social.post(`/api/v1/staff/${li.id}/account-link`, { version: li.version, username: 'no-such-user' });
      assert.equal(foreign.status, 422);
      assert.equal(missing.status, 422);
      assert.equal(foreign.body.detail.replace('enterprise-examiner', 'X'), missing.body.detail.replace('no-such-user', 'X'), 'the same answer whether or not the account exists');
      const linked = await social.post(`/api/v1/staff/${li.id}/account-link`, { version: li.version, username: 'social-examiner' });
      assert.equal(linked.status, 200, JSON.stringify(linked.body));
      assert.equal(linked.body.account.username, 'social-examiner');
    });

    test('at a social organisation an examiner who works for the candidate’s employer is refused as a colleague; an unqualified one as unqualified', async () => {
      const enterprise = await server.as('enterprise-admin');
      const huangpu = await server.as('huangpu-officer');
      // 李强 lives in Shanghai: the association may evaluate him.
      const relation = await social.post(`/api/v1/institutions/${socialId}/relations`, {
        person: { idType: 'resident_id', idNumber: LI_QIANG_ID, name: '李强' },
        kind: 'shanghai_household',
        validFrom: '2000-01-01',
      });
      assert.equal(relation.status, 201, JSON.stringify(relation.body));
      const plan = await openPlan(social, huangpu, socialId, { siteName: '西藏中路考点', rooms: ['实操车间 A'], expectedCandidates: 8, examiners: ['王师傅'], internalSupervisor: '赵督导' });
      const applied = await (await server.as('candidate-2')).post(`/api/v1/plans/${plan.id}/registrations`, {});
      assert.equal(applied.status, 201, JSON.stringify(applied.body));
      const admitted = await social.post(`/api/v1/registrations/${applied.body.id}/review`, { version: applied.body.version, decision: 'admit', reason: '核准' });
      assert.equal(admitted.status, 200, JSON.stringify(admitted.body));
      const session = await insertSession(server.database, plan.id, { component: 'skill', room: '实操车间 A' });
      await seat(server.database, session, applied.body.id, 1);

      // 王师傅 works at the enterprise that employs 李强 (dispatched there): the enterprise's records say so.
      const wang = staff.get('王师傅')!;
      const idNumber = residentId(77, '310101');
      const linked = await social.post(`/api/v1/staff/${wang.id}/person`, {
        version: (await social.get(`/api/v1/institutions/${socialId}/staff`)).body.items.find((s: Staff) => s.name === '王师傅').version,
        person: { idType: 'resident_id', idNumber, name: '王师傅' },
      });
      assert.equal(linked.status, 200, JSON.stringify(linked.body));
      const before = await social.post(`/api/v1/exam-sessions/${session}/staff`, { staffId: wang.id, duty: 'examiner' });
      assert.equal(before.status, 200, 'no record of a tie yet');
      await social.request('DELETE', `/api/v1/exam-sessions/${session}/staff/${before.body.assignments[0].id}`, undefined, {});
      const employed = await (
        await server.as('enterprise-admin')
      ).post(`/api/v1/institutions/${await institutionIdOf(enterprise)}/relations`, {
        person: { idType: 'resident_id', idNumber, name: '王师傅' },
        kind: 'employee',
        employmentType: 'direct',
        validFrom: '2015-01-01',
      });
      assert.equal(employed.status, 201, JSON.stringify(employed.body));
      const refused = await social.post(`/api/v1/exam-sessions/${session}/staff`, { staffId: wang.id, duty: 'examiner' });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.errors[0].code, 'colleague');
      assert.match(refused.body.detail, /王师傅 与考生 李\* 是同一单位的职工（同事关系），须回避/);

      const unqualified = await social.post(`/api/v1/exam-sessions/${session}/staff`, { staffId: staff.get('张师傅')!.id, duty: 'examiner' });
      assert.equal(unqualified.status, 422);
      assert.equal(unqualified.body.errors[0].code, 'unqualified');
      assert.match(unqualified.body.detail, /张师傅 未在现行备案中登记 6-18-01-01 四级\/中级工的考评资格/);
    });
  });
}
