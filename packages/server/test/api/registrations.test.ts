import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { importFinished, openPlan } from '../helpers/plan-fixtures.ts';
import { dispatchedWorker, residentId, writeRegistrationWorkbook, type CandidateRow } from '../helpers/registration-workbook.ts';
import type { HttpClient } from '../helpers/http.ts';
import { auditCount } from '../helpers/audit.ts';
import { JOBS } from '../../src/jobs/index.ts';
import { sql } from 'drizzle-orm';
import { rows as dbRows } from '../../src/platform/db/client.ts';
import ExcelJS from '../../src/platform/files/xlsx.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/session-token.ts';

for (const target of dbTargets()) {
  describe(`registration with an explainable admission decision [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let pudong: HttpClient;
    let enterpriseId: string;
    let planId: string;
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-import-'));
    const count = async (query: string) => Number((await dbRows<{ n: number }>(server.database.db, sql.raw(query)))[0]!.n);

    before(async () => {
      server = await startTestServer(target);
      enterprise = await server.as('enterprise-admin');
      pudong = await server.as('pudong-officer');
      enterpriseId = await institutionIdOf(enterprise);
      planId = (await openPlan(enterprise, pudong, enterpriseId)).id;
    });
    after(async () => {
      await server.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    });

    test('a dispatched worker with 五级 held 4 years is admitted, and reads why', async () => {
      const worker = await server.as('candidate-2');
      const open = await worker.get('/api/v1/plans/open');
      assert.ok(open.body.items.some((p: { id: string; occupationName: string }) => p.id === planId && p.occupationName === '车工'));
      const applied = await worker.post(`/api/v1/plans/${planId}/registrations`, {});
      assert.equal(applied.status, 201, JSON.stringify(applied.body));
      assert.equal(applied.body.status, 'pending');
      assert.equal(applied.body.kind, 'promotion');
      const admission = applied.body.admission;
      assert.equal(admission.admissible, true);
      assert.equal(admission.examDate, '2026-04-01');
      assert.match(admission.summary['zh-CN'], /五级\/初级工证书后.*满 4 年/);
      assert.match(admission.relation.explanation['zh-CN'], /劳务派遣/);
      assert.equal(admission.relation.evidenceMissing, true, 'no contract uploaded yet: staff must see that');
      const passed = admission.eligibility.paths.find((p: { passed: boolean }) => p.passed);
      assert.equal(passed.id, '2018-4-level5');

      const admitted = await enterprise.post(`/api/v1/registrations/${applied.body.id}/review`, { version: applied.body.version, decision: 'admit' });
      assert.equal(admitted.status, 200, JSON.stringify(admitted.body));
      assert.equal(admitted.body.status, 'admitted');
      assert.equal(admitted.body.overridden, false);
      const mine = await worker.get('/api/v1/registrations/mine');
      assert.deepEqual(
        mine.body.items.map((r: { status: string }) => r.status),
        ['admitted'],
      );
      const notes = await worker.get('/api/v1/notifications');
      assert.ok(JSON.stringify(notes.body).includes('准予报名'));
    });

    test('an employee of another company with no entrustment is refused, with the reason; admitting anyway needs a reason and is flagged', async () => {
      const other = await server.as('candidate-3');
      const applied = await other.post(`/api/v1/plans/${planId}/registrations`, {});
      assert.equal(applied.status, 201);
      assert.equal(applied.body.status, 'ineligible');
      assert.match(applied.body.admission.summary['zh-CN'], /与本机构无在岗职工（含劳务派遣、劳务外包）、校企合作毕业学年学生或委托评价关系记录/);
      assert.equal(applied.body.admission.eligibility.eligible, true, 'the standard is met; the relation is what fails');

      const again = await other.post(`/api/v1/plans/${planId}/registrations`, {});
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /王芳 已报名本评价计划/);

      const before = await auditCount(server.database);
      const silent = await enterprise.post(`/api/v1/registrations/${applied.body.id}/review`, { version: applied.body.version, decision: 'admit' });
      assert.equal(silent.status, 400);
      assert.match(silent.body.errors[0].message, /人工放行须填写理由/);
      assert.equal(await auditCount(server.database), before);
      const forced = await enterprise.post(`/api/v1/registrations/${applied.body.id}/review`, { version: applied.body.version, decision: 'admit', reason: '委托协议原件已核验，系统补录中' });
      assert.equal(forced.body.status, 'admitted');
      assert.equal(forced.body.overridden, true);
      const stale = await enterprise.post(`/api/v1/registrations/${applied.body.id}/review`, { version: applied.body.version, decision: 'reject', reason: 'x' });
      assert.equal(stale.status, 409);
      const decided = await enterprise.post(`/api/v1/registrations/${applied.body.id}/review`, { version: forced.body.version, decision: 'reject', reason: '重复审核' });
      assert.equal(decided.status, 409);
      assert.match(decided.body.detail, /该报名当前为“准予报名”，不能再办理此项/);
      const events = await dbRows<{ action: string }>(server.database.db, sql`select action from audit_events where entity_id = ${applied.body.id} order by seq`);
      assert.deepEqual(
        events.map((r) => r.action),
        ['registration.submitted', 'registration.overridden'],
      );
    });

    test('a candidate must register their identity first; another institution cannot review', async () => {
      const newcomer = await server.as('candidate-1');
      const refused = await newcomer.post(`/api/v1/plans/${planId}/registrations`, {});
      assert.equal(refused.status, 412);
      assert.match(refused.body.detail, /请先在“我的档案”中登记身份信息/);
      const social = await server.as('social-admin');
      const list = await enterprise.get(`/api/v1/plans/${planId}/registrations`);
      const first = list.body.items[0];
      const foreign = await social.post(`/api/v1/registrations/${first.id}/review`, { version: first.version, decision: 'reject', reason: '无' });
      assert.equal(foreign.status, 403);
    });

    test('group import of 500 rows with 3 bad ones: all-or-nothing writes nothing, valid-rows writes exactly 497, a retry is idempotent', async () => {
      const rows: CandidateRow[] = Array.from({ length: 500 }, (_, i) => dispatchedWorker(1000 + i));
      const badId = residentId(5000).slice(0, 17) + (residentId(5000).endsWith('0') ? '1' : '0');
      rows[41] = { ...rows[41]!, idNumber: badId };
      rows[202] = { ...rows[202]!, relation: '临时工' };
      rows[417] = { ...rows[417]!, workFrom: '2019-01-01', workUntil: '2018-01-01' };
      const file = path.join(workDir, 'group.xlsx');
      await writeRegistrationWorkbook(file, rows);
      const content = fs.readFileSync(file);
      const before = await count(`select count(*)::int as n from registrations where plan_id = '${planId}'`);

      const strictKey = randomUUID();
      const started = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'group.xlsx', content, { mode: 'all_or_nothing' }, { 'idempotency-key': strictKey });
      assert.equal(started.status, 202, JSON.stringify(started.body));
      const strict = await importFinished(enterprise, started.body.id);
      assert.equal(strict.status, 'rejected');
      assert.equal(strict.errorRows, 3, JSON.stringify(strict.errors));
      assert.deepEqual(
        strict.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        [
          [43, '证件号码'],
          [204, '与本机构关系'],
          [419, '本职业工作终止日期'],
        ],
      );
      assert.match(strict.errors[0].message, /校验位/);
      assert.equal(await count(`select count(*)::int as n from registrations where plan_id = '${planId}'`), before, 'nothing written');
      assert.equal(await count(`select count(*)::int as n from persons where name like '测试考生%'`), 0);

      const lenientKey = randomUUID();
      const lenientStart = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'group.xlsx', content, { mode: 'valid_rows' }, { 'idempotency-key': lenientKey });
      const lenient = await importFinished(enterprise, lenientStart.body.id);
      assert.equal(lenient.status, 'completed', JSON.stringify(lenient));
      assert.equal(lenient.acceptedRows, 497);
      assert.deepEqual(
        lenient.errors.map((e: { row: number }) => e.row),
        [43, 204, 419],
      );
      const byImport = await dbRows(server.database.db, sql`select import_id, status, count(*)::int as n from registrations where plan_id = ${planId} group by 1, 2`);
      assert.equal(await count(`select count(*)::int as n from registrations where plan_id = '${planId}' and channel = 'group' and status = 'pending'`), 497, JSON.stringify(byImport));

      const retry = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'group.xlsx', content, { mode: 'valid_rows' }, { 'idempotency-key': lenientKey });
      assert.equal(retry.status, 200);
      assert.equal(retry.body.id, lenientStart.body.id);
      assert.equal(await count(`select count(*)::int as n from registrations where plan_id = '${planId}' and channel = 'group'`), 497);

      const again = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'group.xlsx', content, { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
      const duplicate = await importFinished(enterprise, again.body.id);
      assert.equal(duplicate.acceptedRows, 0);
      assert.equal(duplicate.errorRows, 500, 'the 3 bad rows and 497 people already registered');
      assert.match(duplicate.errors.find((e: { row: number }) => e.row === 2).message, /测试考生1000 已报名本评价计划/);
    });

    test('the full error report of an import lists every bad row, past the 1 000 kept on the import, as .xlsx and CSV, even with another import writing errors at the same time', async () => {
      const rows: CandidateRow[] = Array.from({ length: 1100 }, (_, i) => ({ ...dispatchedWorker(20_000 + i), relation: '临时工' }));
      const file = path.join(workDir, 'all-bad.xlsx');
      await writeRegistrationWorkbook(file, rows);
      const upload = () => enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'all-bad.xlsx', fs.readFileSync(file), { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
      const [started, alongside] = await Promise.all([upload(), upload()]);
      const [done, other] = await Promise.all([importFinished(enterprise, started.body.id), importFinished(enterprise, alongside.body.id)]);
      assert.equal(done.errorRows, 1100);
      assert.equal(other.errorRows, 1100);
      assert.equal(done.errors.length, 1000, 'the import view keeps the first 1 000');
      const [stored] = await dbRows<{ n: number; distinct: number }>(
        server.database.db,
        sql`select count(*)::int as n, count(distinct ordinal)::int as distinct from registration_import_errors where import_id in (${done.id}, ${other.id})`,
      );
      assert.deepEqual(stored, { n: 2200, distinct: 2200 }, 'every error of both imports kept, each with its own number');

      const csv = await enterprise.get(`/api/v1/registration-imports/${done.id}/errors.csv`);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      const lines = (csv.body as string)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      assert.equal(lines[0], '行号,列,错误说明');
      assert.equal(lines.length, 1101);
      assert.match(lines[1100]!, /^1101,与本机构关系,/);

      const response = await fetch(`${enterprise.baseUrl}/api/v1/registration-imports/${done.id}/errors.xlsx`, { headers: { cookie: `${SESSION_COOKIE}=${enterprise.cookie(SESSION_COOKIE)}` } });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-disposition') ?? '', /errors|%E9%94%99/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      assert.equal(sheet.rowCount, 1101);
      assert.deepEqual([sheet.getCell(1101, 1).value, sheet.getCell(1101, 2).value], [1101, '与本机构关系']);

      const outsider = await server.as('social-admin');
      assert.equal((await outsider.get(`/api/v1/registration-imports/${done.id}/errors.csv`)).status, 403);
    });

    test('a person registered by a group import who has an account sees the application and is notified', async () => {
      const secondPlan = (await openPlan(enterprise, pudong, enterpriseId, { examStart: '2026-04-09', examEnd: '2026-04-09' })).id;
      const file = path.join(workDir, 'one.xlsx');
      await writeRegistrationWorkbook(file, [{ ...dispatchedWorker(1), name: '王芳', idNumber: '310112199508200025', relation: '在岗职工', employer: '' }]);
      const started = await enterprise.upload(`/api/v1/plans/${secondPlan}/registration-imports`, 'one.xlsx', fs.readFileSync(file), { mode: 'all_or_nothing' }, { 'idempotency-key': randomUUID() });
      const done = await importFinished(enterprise, started.body.id);
      assert.equal(done.status, 'completed', JSON.stringify(done));
      const wang = await server.as('candidate-3');
      const mine = (await wang.get('/api/v1/registrations/mine')).body.items.find((r: { planId: string }) => r.planId === secondPlan);
      assert.equal(mine.channel, 'group');
      assert.match(mine.institutionName, /^上海浦江精密机械有限公司/);
      assert.equal(mine.siteName, '张江实训中心');
      assert.equal(mine.status, 'pending', 'now an employee of the enterprise, she qualifies');
      const notes = await wang.get('/api/v1/notifications');
      assert.ok(JSON.stringify(notes.body).includes('2026-04-09'), JSON.stringify(notes.body).slice(0, 500));
    });

    test('files that are not xlsx, have wrong headers, or no idempotency key are refused with a clear message', async () => {
      const notXlsx = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'list.xls', 'name,id\n张三,1', { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
      assert.equal(notXlsx.status, 415);
      assert.match(notXlsx.body.detail, /不是 Excel（\.xlsx）格式/);
      const noKey = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'list.xlsx', 'PK', { mode: 'valid_rows' });
      assert.equal(noKey.status, 400);
      assert.match(noKey.body.detail, /Idempotency-Key/);
      const file = path.join(workDir, 'headers.xlsx');
      await writeRegistrationWorkbook(file, [dispatchedWorker(1)], { headers: ['姓名', '身份证', '电话'] });
      const wrong = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'headers.xlsx', fs.readFileSync(file), { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
      const result = await importFinished(enterprise, wrong.body.id);
      assert.equal(result.status, 'rejected');
      assert.match(result.message, /表头与模板不一致，缺少列：证件类型、证件号码、与本机构关系、关系起始日期/);
    });

    test('an import left running by a stopped server is marked failed by the job, with a message to upload again', async () => {
      const [enterpriseRow] = await dbRows<{ id: string }>(server.database.db, sql`select institution_id as id from evaluation_plans where id = ${planId}`);
      const [stale] = await dbRows<{ id: string }>(
        server.database.db,
        sql`insert into registration_imports (plan_id, institution_id, idempotency_key, file_name, sha256, mode, status, created_at)
            values (${planId}, ${enterpriseRow!.id}, 'stale-key-0001', 'old.xlsx', 'x', 'valid_rows', 'running', ${new Date(server.clock.now().getTime() - 2 * 3600_000)}) returning id`,
      );
      const result = await JOBS['interrupted-imports']({ database: server.database, clock: server.clock, mail: server.mail });
      assert.equal(result.failed, 1);
      const view = (await enterprise.get(`/api/v1/registration-imports/${stale!.id}`)).body;
      assert.equal(view.status, 'failed');
      assert.match(view.message, /请重新上传/);
    });

    test('a file of 200,000 rows is refused whole', async () => {
      const file = path.join(workDir, 'huge.xlsx');
      // Only the row count matters here: the limit is checked before any row is read.
      function* many() {
        for (let i = 0; i < 200_000; i += 1) yield { name: `考生${i}` };
      }
      await writeRegistrationWorkbook(file, many());
      const started = await enterprise.upload(`/api/v1/plans/${planId}/registration-imports`, 'huge.xlsx', fs.readFileSync(file), { mode: 'valid_rows' }, { 'idempotency-key': randomUUID() });
      assert.equal(started.status, 202);
      const result = await importFinished(enterprise, started.body.id);
      assert.equal(result.status, 'rejected');
      assert.match(result.message, /超过单次导入上限 100000 行，未导入任何数据/);
      assert.equal(await count(`select count(*)::int as n from registrations where import_id = '${started.body.id}'`), 0);
    });
  });
}

for (const target of dbTargets()) {
  describe(`direct recognition (破格) needs a reason, evidence and a second approval [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    test('the institution asks with evidence; only the district, never the requester, decides; approval admits and is flagged; the evidence is named to those who may open it', async () => {
      const enterprise = await server.as('enterprise-admin');
      const pudong = await server.as('pudong-officer');
      const enterpriseId = await institutionIdOf(enterprise);
      const planId = (await openPlan(enterprise, pudong, enterpriseId, { level: 3 })).id;
      // 李强 holds 五级 only: 三级 is out of reach by the standard's conditions.
      const applied = await (await server.as('candidate-2')).post(`/api/v1/plans/${planId}/registrations`, {});
      assert.equal(applied.body.status, 'ineligible');
      assert.ok(applied.body.allowedActions.length === 1 && applied.body.allowedActions[0] === 'withdraw');
      const staffView = (await enterprise.get(`/api/v1/registrations/${applied.body.id}`)).body;
      assert.ok(staffView.allowedActions.includes('requestDirect'));

      const noEvidence = await enterprise.post(`/api/v1/registrations/${applied.body.id}/direct-recognition`, {
        version: staffView.version,
        reason: '全国技术能手，带队获市级技能大赛一等奖',
        evidenceFileIds: [],
      });
      assert.equal(noEvidence.status, 400);
      assert.match(noEvidence.body.errors[0].message, /至少一份证明材料/);
      const award = await enterprise.upload(`/api/v1/institutions/${enterpriseId}/files`, '获奖证书.pdf', new TextEncoder().encode('%PDF-1.7\n% award\n'), { purpose: 'other' });
      assert.equal(award.status, 201, JSON.stringify(award.body));
      const results = await enterprise.upload(`/api/v1/institutions/${enterpriseId}/files`, '业绩证明.pdf', new TextEncoder().encode('%PDF-1.7\n% results\n'), { purpose: 'other' });
      assert.equal(results.status, 201, JSON.stringify(results.body));
      const requested = await enterprise.post(`/api/v1/registrations/${applied.body.id}/direct-recognition`, {
        version: staffView.version,
        reason: '全国技术能手，带队获市级技能大赛一等奖',
        evidenceFileIds: [results.body.id, award.body.id],
      });
      assert.equal(requested.status, 200, JSON.stringify(requested.body));
      assert.equal(requested.body.status, 'direct_pending');
      assert.equal(requested.body.directRecognition.decision, 'pending');
      // In the order cited, by name, to the institution and the district; the candidate and the examiner get the count only.
      const named = [
        { id: results.body.id, fileName: '业绩证明.pdf' },
        { id: award.body.id, fileName: '获奖证书.pdf' },
      ];
      assert.deepEqual(requested.body.directRecognition.evidenceFiles, named);
      assert.deepEqual((await enterprise.get(`/api/v1/registrations/${applied.body.id}`)).body.directRecognition.evidenceFiles, named);
      assert.deepEqual((await pudong.get(`/api/v1/registrations/${applied.body.id}`)).body.directRecognition.evidenceFiles, named);
      const mine = (await (await server.as('candidate-2')).get('/api/v1/registrations/mine')).body.items.find((r: { id: string }) => r.id === applied.body.id);
      assert.equal(mine.directRecognition.evidenceFiles, null);
      assert.equal(mine.directRecognition.evidenceFileIds.length, 2);
      const examinerView = await (await server.as('enterprise-examiner')).get(`/api/v1/registrations/${applied.body.id}`);
      assert.equal(examinerView.status, 200, JSON.stringify(examinerView.body));
      assert.equal(examinerView.body.directRecognition.evidenceFiles, null);

      const selfApproval = await enterprise.post(`/api/v1/registrations/${applied.body.id}/direct-recognition/decision`, { version: requested.body.version, decision: 'approve' });
      assert.equal(selfApproval.status, 403);
      const otherDistrict = await (
        await server.as('huangpu-officer')
      ).post(`/api/v1/registrations/${applied.body.id}/direct-recognition/decision`, { version: requested.body.version, decision: 'approve' });
      assert.equal(otherDistrict.status, 403);
      const queue = await pudong.get('/api/v1/direct-recognitions?status=pending');
      assert.deepEqual(
        queue.body.items.map((r: { personName: string; directRecognition: { evidenceFiles: unknown } }) => [r.personName, r.directRecognition.evidenceFiles]),
        [['李强', named]],
      );
      const silentNo = await pudong.post(`/api/v1/registrations/${applied.body.id}/direct-recognition/decision`, { version: requested.body.version, decision: 'reject' });
      assert.equal(silentNo.status, 400);
      const approved = await pudong.post(`/api/v1/registrations/${applied.body.id}/direct-recognition/decision`, {
        version: requested.body.version,
        decision: 'approve',
        reason: '业绩突出，材料属实',
      });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.status, 'admitted');
      assert.equal(approved.body.overridden, true);
      assert.equal(approved.body.directRecognition.decision, 'approved');
      assert.equal(approved.body.directRecognition.decidedByName, '浦东新区人社局经办人');
      assert.deepEqual(approved.body.directRecognition.evidenceFiles, named);
      const events = await dbRows<{ action: string }>(server.database.db, sql`select action from audit_events where entity_id = ${applied.body.id} order by seq`);
      assert.deepEqual(
        events.map((e) => e.action),
        ['registration.submitted', 'registration.direct_requested', 'registration.direct_approved'],
      );
    });
  });
}

for (const target of dbTargets()) {
  describe(`occupation eligibility rules: template and overrides as data [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    test('the city overrides a level for one occupation; new applications follow it, decided ones keep theirs', async () => {
      const enterprise = await server.as('enterprise-admin');
      const pudong = await server.as('pudong-officer');
      const city = await server.as('city-admin');
      const enterpriseId = await institutionIdOf(enterprise);
      const publicView = await server.client().get('/api/v1/catalogue/occupations/6-18-01-01/eligibility');
      assert.equal(publicView.status, 200);
      assert.equal(publicView.body.ruleSet.id, 'national-2018');
      assert.deepEqual(
        publicView.body.ruleSet.levels['4'].map((p: { id: string }) => p.id),
        ['2018-4-level5', '2018-4-work', '2018-4-diploma'],
      );

      const firstPlan = (await openPlan(enterprise, pudong, enterpriseId)).id;
      const worker = await server.as('candidate-2');
      const before = await worker.post(`/api/v1/plans/${firstPlan}/registrations`, {});
      assert.equal(before.body.admission.admissible, true);

      const stricter = {
        version: publicView.body.version,
        standardVersion: '2018',
        relatedOccupationCodes: ['6-31-01-03'],
        relatedMajors: ['数控技术应用'],
        levels: { '4': [{ id: 'turning-4-level5-6y', label: { 'zh-CN': '取得五级证书后满 6 年', 'en-US': 'Six years after level 5' }, all: [{ kind: 'holdsLevel', level: 5, years: 6 }] }] },
      };
      assert.equal((await enterprise.put('/api/v1/catalogue/occupations/6-18-01-01/eligibility', stricter)).status, 403);
      const badPredicate = await city.put('/api/v1/catalogue/occupations/6-18-01-01/eligibility', {
        ...stricter,
        levels: { '4': [{ id: 'x', label: { 'zh-CN': 'x', 'en-US': 'x' }, all: [{ kind: 'holdsLevel', level: 7, years: 6 }] }] },
      });
      assert.equal(badPredicate.status, 400);
      const self = await city.put('/api/v1/catalogue/occupations/6-18-01-01/eligibility', { ...stricter, relatedOccupationCodes: ['6-18-01-01'] });
      assert.equal(self.status, 400);
      assert.match(self.body.errors[0].message, /不能包含本职业自身/);
      const saved = await city.put('/api/v1/catalogue/occupations/6-18-01-01/eligibility', stricter);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body.overriddenLevels, [4]);
      assert.equal((await city.put('/api/v1/catalogue/occupations/6-18-01-01/eligibility', stricter)).status, 409, 'stale version');

      const secondPlan = (await openPlan(enterprise, pudong, enterpriseId, { examStart: '2026-04-08', examEnd: '2026-04-08' })).id;
      const after = await worker.post(`/api/v1/plans/${secondPlan}/registrations`, {});
      assert.equal(after.body.status, 'ineligible');
      assert.match(after.body.admission.summary['zh-CN'], /取得五级证书后满 6 年/);
      assert.equal((await worker.get(`/api/v1/registrations/${before.body.id}`)).body.admission.admissible, true, 'a decided application keeps its rules');
    });
  });
}
