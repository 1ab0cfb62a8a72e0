import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { WorkbenchView } from '@jiping/contracts';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { createAndSubmit, institutionIdOf } from '../helpers/filing-fixtures.ts';
import { enterprisePlan, importFinished, openPlan } from '../helpers/plan-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook } from '../helpers/registration-workbook.ts';
import type { HttpClient } from '../helpers/http.ts';

type Workspace = WorkbenchView['workspace'];

for (const target of dbTargets()) {
  describe(`workbench: what waits for each user, counted in their scope only [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let pudong: HttpClient;
    let enterpriseId: string;
    const ids: Record<string, string> = {};
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-workbench-'));

    async function workbench(username: string, workspace: Workspace): Promise<WorkbenchView> {
      const response = await (await server.as(username)).get(`/api/v1/workbench?workspace=${workspace}`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return response.body as WorkbenchView;
    }
    const counts = (view: WorkbenchView) => Object.fromEntries(view.tasks.map((t) => [t.task, t.count]));
    const group = (view: WorkbenchView, task: string) => view.tasks.find((t) => t.task === task)!;

    before(async () => {
      server = await startTestServer(target);
      enterprise = await server.as('enterprise-admin');
      pudong = await server.as('pudong-officer');
      enterpriseId = await institutionIdOf(enterprise);

      // Filings submitted to 黄浦 (the association) and 闵行 (the school).
      ids.socialFiling = (await createAndSubmit(await server.as('social-admin'), await institutionIdOf(await server.as('social-admin')))).id;
      const school = await server.as('school-admin');
      ids.schoolFiling = (await createAndSubmit(school, await institutionIdOf(school))).id;

      // 浦江精密 (浦东): one plan filed, one returned, one open with 李强's application, one 三级 plan for 破格.
      const draft = async (examStart: string, overrides: Record<string, unknown> = {}) => {
        const created = await enterprise.post(`/api/v1/institutions/${enterpriseId}/plans`, enterprisePlan({ examStart, examEnd: examStart, ...overrides }));
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const filed = await enterprise.post(`/api/v1/plans/${created.body.id}/file`, { version: created.body.version });
        assert.equal(filed.status, 200, JSON.stringify(filed.body));
        return filed.body as { id: string; version: number };
      };
      ids.filedPlan = (await draft('2026-04-01')).id;
      const toReturn = await draft('2026-04-08');
      const returned = await pudong.post(`/api/v1/plans/${toReturn.id}/return`, { version: toReturn.version, reason: '考评员名单不全' });
      assert.equal(returned.status, 200, JSON.stringify(returned.body));
      ids.returnedPlan = toReturn.id;
      ids.openPlan = (await openPlan(enterprise, pudong, enterpriseId, { examStart: '2026-04-15', examEnd: '2026-04-15' })).id;
      const li = await server.as('candidate-2');
      const applied = await li.post(`/api/v1/plans/${ids.openPlan}/registrations`, {});
      assert.equal(applied.body.status, 'pending', JSON.stringify(applied.body));
      ids.liApplication = applied.body.id;

      const level3 = (await openPlan(enterprise, pudong, enterpriseId, { level: 3, examStart: '2026-04-22', examEnd: '2026-04-22' })).id;
      const ineligible = await li.post(`/api/v1/plans/${level3}/registrations`, {});
      assert.equal(ineligible.body.status, 'ineligible');
      const staffView = (await enterprise.get(`/api/v1/registrations/${ineligible.body.id}`)).body;
      const award = await enterprise.upload(`/api/v1/institutions/${enterpriseId}/files`, '获奖证书.pdf', new TextEncoder().encode('%PDF-1.7\n% award\n'), { purpose: 'other' });
      const requested = await enterprise.post(`/api/v1/registrations/${ineligible.body.id}/direct-recognition`, {
        version: staffView.version,
        reason: '全国技术能手，带队获市级技能大赛一等奖',
        evidenceFileIds: [award.body.id],
      });
      assert.equal(requested.body.status, 'direct_pending', JSON.stringify(requested.body));
      ids.direct = ineligible.body.id;

      // A group import refused for a bad row: nothing written, the institution must upload again.
      const file = path.join(workDir, 'group.xlsx');
      await writeRegistrationWorkbook(file, [dispatchedWorker(1), { ...dispatchedWorker(2), relation: '临时工' }]);
      const started = await enterprise.upload(
        `/api/v1/plans/${ids.openPlan}/registration-imports`,
        '三月名单.xlsx',
        fs.readFileSync(file),
        { mode: 'all_or_nothing' },
        { 'idempotency-key': randomUUID() },
      );
      assert.equal((await importFinished(enterprise, started.body.id)).status, 'rejected');
      ids.failedImport = started.body.id;

      // 赵敏 has no phone on record: her claim waits at the 浦东 counter or at 浦江精密, which employs her.
      const claimed = await (await server.as('candidate-4')).post('/api/v1/people/me/identity-claim', { idType: 'resident_id', idNumber: '310115198801010049', name: '赵敏' });
      assert.equal(claimed.body.status, 'pending_in_person');
    });
    after(async () => {
      await server.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    });

    test('a district officer sees only their district: filings, plans, 破格 and identity claims, with working-day deadlines', async () => {
      const view = await workbench('pudong-officer', 'government');
      assert.deepEqual(counts(view), { filing_review: 0, plan_acknowledge: 1, direct_decision: 1, identity_claim: 1, results_review: 0, objection_open: 0, inspection_publication_overdue: 0 });
      const plan = group(view, 'plan_acknowledge').items[0]!;
      assert.equal(plan.id, ids.filedPlan);
      assert.match(plan.subject, /^上海浦江精密机械有限公司/);
      // To be acknowledged before the exam on 1 April: 21 working days after 2 March up to 31 March.
      assert.equal(plan.dueDate, '2026-03-31');
      assert.equal(plan.workingDaysLeft, 21);
      assert.equal(plan.path, '/government/plans');
      assert.equal(group(view, 'direct_decision').items[0]!.id, ids.direct);
      assert.equal(group(view, 'identity_claim').items[0]!.subject, '赵敏');

      const huangpu = await workbench('huangpu-officer', 'government');
      assert.deepEqual(counts(huangpu), { filing_review: 1, plan_acknowledge: 0, direct_decision: 0, identity_claim: 0, results_review: 0, objection_open: 0, inspection_publication_overdue: 0 });
      const filing = group(huangpu, 'filing_review').items[0]!;
      assert.equal(filing.id, ids.socialFiling);
      assert.equal(filing.path, `/government/filings/${ids.socialFiling}`);
      assert.equal(filing.dueDate, null);
      assert.deepEqual(counts(await workbench('minhang-officer', 'government')), {
        filing_review: 1,
        plan_acknowledge: 0,
        direct_decision: 0,
        identity_claim: 0,
        results_review: 0,
        objection_open: 0,
        inspection_publication_overdue: 0,
      });
    });

    test('the city sees every district', async () => {
      assert.deepEqual(counts(await workbench('city-admin', 'government')), {
        filing_review: 2,
        plan_acknowledge: 1,
        direct_decision: 1,
        identity_claim: 1,
        results_review: 0,
        objection_open: 0,
        national_export_overdue: 0,
        inspection_publication_overdue: 0,
      });
    });

    test("an institution sees its returned plans, applications to decide, refused imports and its people's claims, and no other institution's", async () => {
      const view = await workbench('enterprise-admin', 'institution');
      assert.deepEqual(counts(view), { plan_returned: 1, registration_review: 1, import_failed: 1, identity_claim: 1, results_publish: 0, objection_answer: 0, results_submit: 0 });
      const returned = group(view, 'plan_returned').items[0]!;
      assert.equal(returned.id, ids.returnedPlan);
      // Filed again with 10 working days' notice before 8 April, counted around 清明 (6 April): 24 March at the latest.
      assert.equal(returned.dueDate, '2026-03-24');
      assert.equal(returned.workingDaysLeft, 16);
      const application = group(view, 'registration_review').items[0]!;
      assert.equal(application.subject, '李强');
      assert.equal(application.path, `/institution/plans/${ids.openPlan}/registrations`);
      assert.equal(application.dueDate, '2026-04-14');
      const failed = group(view, 'import_failed').items[0]!;
      assert.equal(failed.subject, '三月名单.xlsx');
      assert.equal(failed.status, 'rejected');

      for (const other of ['social-admin', 'school-admin']) {
        assert.deepEqual(
          counts(await workbench(other, 'institution')),
          { plan_returned: 0, registration_review: 0, import_failed: 0, identity_claim: 0, results_publish: 0, objection_answer: 0, results_submit: 0 },
          other,
        );
      }
    });

    test('a candidate sees their applications and what comes next; an unverified one is told to verify first', async () => {
      const li = await workbench('candidate-2', 'candidate');
      assert.deepEqual(counts(li), { my_registration: 2 });
      const [first, second] = group(li, 'my_registration').items;
      assert.deepEqual([first!.status, first!.examStart, first!.path], ['pending', '2026-04-15', '/candidate/my-registrations']);
      assert.equal(second!.status, 'direct_pending');
      const newcomer = await workbench('candidate-1', 'candidate');
      assert.deepEqual(counts(newcomer), { identity_unverified: 1 });
      assert.equal(group(newcomer, 'identity_unverified').items[0]!.status, 'none');
      assert.equal(group(await workbench('candidate-4', 'candidate'), 'identity_unverified').items[0]!.status, 'pending_in_person');
    });

    test('decisions leave the lists: an admitted application and a refused import once a corrected one completes', async () => {
      const pending = (await enterprise.get(`/api/v1/registrations/${ids.liApplication}`)).body;
      assert.equal((await enterprise.post(`/api/v1/registrations/${ids.liApplication}/review`, { version: pending.version, decision: 'admit' })).status, 200);
      const file = path.join(workDir, 'fixed.xlsx');
      await writeRegistrationWorkbook(file, [dispatchedWorker(1)]);
      const retried = await enterprise.upload(
        `/api/v1/plans/${ids.openPlan}/registration-imports`,
        '三月名单（改）.xlsx',
        fs.readFileSync(file),
        { mode: 'valid_rows' },
        { 'idempotency-key': randomUUID() },
      );
      assert.equal((await importFinished(enterprise, retried.body.id)).status, 'completed');
      const view = await workbench('enterprise-admin', 'institution');
      // 李强 was admitted; the one waiting now is the worker the corrected file brought.
      assert.deepEqual(
        group(view, 'registration_review').items.map((i) => i.subject),
        ['测试考生1'],
      );
      assert.equal(counts(view).import_failed, 0);
      assert.equal(group(await workbench('candidate-2', 'candidate'), 'my_registration').items[0]!.status, 'admitted');
    });

    test('people with nothing to decide get an empty workbench, and signing in is required', async () => {
      // The industry officer's only task is the inspection results its department has yet to publish: none.
      assert.deepEqual(counts(await workbench('industry-officer', 'government')), { inspection_publication_overdue: 0 });
      assert.deepEqual((await workbench('enterprise-examiner', 'examiner')).tasks, []);
      assert.equal((await server.client().get('/api/v1/workbench?workspace=government')).status, 401);
      assert.equal((await enterprise.get('/api/v1/workbench?workspace=nowhere')).status, 400);
    });
  });
}
