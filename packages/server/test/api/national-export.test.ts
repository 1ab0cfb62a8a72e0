import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import type { HttpClient } from '../helpers/http.ts';
import { LI_QIANG_ID, type CandidatesPlan } from '../helpers/results-fixtures.ts';
import { finalPlan, issueCertificates, revokeCertificate, type IssuedCertificate } from '../helpers/export-fixtures.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { filings } from '../../src/platform/db/schema.ts';
import { insertFinalPlans } from '../helpers/supervision-fixtures.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/session-token.ts';
import { systemContext } from '../../src/boot.ts';
import { runDailyExport } from '../../src/modules/national-export/index.ts';

/** Shanghai 10:00 on a date. */
const at = (date: string) => `${date}T02:00:00.000Z`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

for (const target of dbTargets()) {
  describe(`national export: batches, files, receipts, deadlines and the renewal precondition [${target}]`, () => {
    let server: TestServer;
    let plan: CandidatesPlan;
    let issued: IssuedCertificate[];
    let first: { id: string; version: number };
    let firstCsv: Uint8Array;
    let firstJson: string;
    const as = (username: string) => server.as(username);
    const city = () => as('city-admin');
    const download = async (client: HttpClient, id: string, format: 'csv' | 'json') => {
      const response = await fetch(`${server.baseUrl}/api/v1/national-export/batches/${id}/export.${format}`, { headers: { cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}` } });
      return { status: response.status, type: response.headers.get('content-type'), digest: response.headers.get('x-content-sha256'), bytes: new Uint8Array(await response.arrayBuffer()) };
    };
    const exportTask = async () => {
      const view = (await (await city()).get('/api/v1/workbench?workspace=government')).body;
      return view.tasks.find((t: { task: string }) => t.task === 'national_export_overdue');
    };

    before(async () => {
      server = await startTestServer(target);
      // Exam Tuesday 14 April 2026, publicity 15–21 April, final on the 22nd; 李强 and one worker pass, the other fails the theory.
      plan = await finalPlan(server, {
        exam: '2026-04-14',
        publicity: { startsOn: '2026-04-15', endsOn: '2026-04-21', finalOn: '2026-04-22' },
        workers: 2,
        marks: (p) => {
          const [li, w1, w2] = [p.candidates.find((c) => c.name === '李强')!, ...p.candidates.filter((c) => c.name !== '李强')];
          return { [li.registrationId]: { theory: 85.5, skill: 72 }, [w1!.registrationId]: { theory: 80, skill: 90 }, [w2!.registrationId]: { theory: 55, skill: 90 } };
        },
      });
      const passed = plan.candidates.filter((c) => c.name === '李强' || c === plan.candidates.filter((x) => x.name !== '李强')[0]).map((c) => c.name);
      // Issued Wednesday 29 April: five working days are 30 April, then (1–5 May off) 6, 7, 8 and the worked Saturday 9 May.
      issued = await issueCertificates(server, plan, passed, new Date('2026-04-29T10:00:00+08:00'));
    });
    after(() => server.close());

    test('waiting changes are due five working days after they happen, across Labour Day and its worked Saturday; overdue ones reach the city’s workbench', async () => {
      server.clock.set(at('2026-05-09'));
      let overview = (await (await city()).get('/api/v1/national-export')).body;
      assert.equal(overview.dueWorkingDays, 5);
      assert.deepEqual(overview.waiting, { count: 2, overdue: 0, earliestDueOn: '2026-05-09' });
      assert.equal(overview.canPrepare, true);
      assert.equal((await exportTask()).count, 0, 'due today is not overdue');

      server.clock.set(at('2026-05-11'));
      overview = (await (await city()).get('/api/v1/national-export')).body;
      assert.deepEqual(overview.waiting, { count: 2, overdue: 2, earliestDueOn: '2026-05-09' });
      const task = await exportTask();
      assert.equal(task.count, 1);
      assert.equal(task.items[0].subject, '2 条证书变更逾期未组批上报');
      assert.equal(task.items[0].dueDate, '2026-05-09');
      assert.equal(task.items[0].overdue, true);
      assert.equal(task.items[0].path, '/government/national-export');

      for (const [username, status] of [
        ['pudong-officer', 403],
        ['enterprise-admin', 403],
        ['inspector-1', 403],
      ] as const) {
        const refused = await (await as(username)).get('/api/v1/national-export');
        assert.equal(refused.status, status, username);
        assert.match(refused.body.detail, /只有市级管理员/);
      }
      assert.equal((await server.client().get('/api/v1/national-export')).status, 401);
      const pudongMenus = (await (await as('pudong-officer')).get('/api/v1/auth/me')).body.workspaces.flatMap((w: { menus: Array<{ key: string }> }) => w.menus.map((m) => m.key));
      assert.ok(!pudongMenus.includes('national-export'));
      const cityMenus = (await (await city()).get('/api/v1/auth/me')).body.workspaces.flatMap((w: { menus: Array<{ key: string }> }) => w.menus.map((m) => m.key));
      assert.ok(cityMenus.includes('national-export'));
    });

    test('the city prepares one batch of every waiting change in event order; nothing waiting is refused and takes no number', async () => {
      const client = await city();
      assert.equal((await (await as('pudong-officer')).post('/api/v1/national-export/batches')).status, 403);
      const auditBefore = await auditCount(server.database);
      const prepared = await client.post('/api/v1/national-export/batches');
      assert.equal(prepared.status, 201, JSON.stringify(prepared.body));
      assert.equal(prepared.body.sequence, 1);
      assert.equal(prepared.body.rowCount, 2);
      assert.equal(prepared.body.status, 'prepared');
      assert.equal(prepared.body.dueOn, '2026-05-09');
      assert.equal(prepared.body.overdue, true);
      assert.deepEqual(prepared.body.allowedActions, ['download']);
      assert.deepEqual(await auditActions(server.database, auditBefore), ['national_export.prepared']);
      first = prepared.body;

      const again = await client.post('/api/v1/national-export/batches');
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /没有待上报的证书变更/);
      const overview = (await client.get('/api/v1/national-export')).body;
      assert.deepEqual(overview.waiting, { count: 0, overdue: 0, earliestDueOn: null });
      assert.equal(overview.overdueBatches, 1);
      assert.equal(overview.canPrepare, false);
      assert.deepEqual(
        overview.batches.map((b: { sequence: number }) => b.sequence),
        [1],
      );

      const detail = (await client.get(`/api/v1/national-export/batches/${first.id}`)).body;
      assert.deepEqual(
        detail.items.map((i: { certificateNumber: string; changeKind: string; dueOn: string }) => [i.certificateNumber, i.changeKind, i.dueOn]),
        issued.map((c) => [c.number, 'issued', '2026-05-09']),
      );
      assert.ok(!JSON.stringify(detail).includes(LI_QIANG_ID), 'the page never shows an ID number');
      assert.equal((await (await as('pudong-officer')).get(`/api/v1/national-export/batches/${first.id}`)).status, 403);

      const task = await exportTask();
      assert.equal(task.count, 1);
      assert.equal(task.items[0].subject, '第 1 批（2 条）');
      assert.equal(task.items[0].path, `/government/national-export/${first.id}`);
    });

    test('the files carry the national certificate content with full ID numbers for the city only, every download audited, and a re-export gives the same bytes', async () => {
      for (const refused of ['pudong-officer', 'enterprise-admin', 'candidate-2']) assert.equal((await download(await as(refused), first.id, 'csv')).status, 403, refused);
      const client = await city();
      const auditBefore = await auditCount(server.database);
      const csv = await download(client, first.id, 'csv');
      assert.equal(csv.status, 200);
      assert.equal(csv.type, 'text/csv; charset=utf-8');
      assert.deepEqual([...csv.bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark, so Excel reads the Chinese');
      const lines = new TextDecoder().decode(csv.bytes.slice(3)).split('\r\n');
      assert.equal(
        lines[0],
        '变更序号,变更类型,变更时间,证书编号,证书状态,姓名,证件类型,证件号码,职业编码,职业名称,工种,等级,评价机构,发证日期,撤销日期,撤销原因,原证书编号,更正后证书编号,理论知识成绩,操作技能成绩,综合评审成绩,评价计划编号,备案编号',
      );
      assert.equal(lines.length, 4, 'header, two rows, final line break');
      const li = lines.find((l) => l.includes(issued.find((c) => c.name === '李强')!.number))!.split(',');
      assert.equal(li[1], 'issued');
      assert.equal(li[2], '2026-04-29T10:00:00+08:00');
      assert.equal(li[4], 'valid');
      assert.equal(li[5], '李强');
      assert.equal(li[6], 'resident_id');
      assert.equal(li[7], LI_QIANG_ID);
      assert.equal(li[8], '6-18-01-01');
      assert.equal(li[11], '4');
      assert.equal(li[13], '2026-04-29');
      assert.deepEqual([li[18], li[19], li[20]], ['85.50', '72.00', '']);
      assert.equal(li[21], plan.planId);
      assert.match(li[22]!, /^沪评备2026115\d{4}$/);
      assert.equal(csv.digest, sha256(csv.bytes));

      const batch = (await client.get(`/api/v1/national-export/batches/${first.id}`)).body;
      assert.equal(batch.status, 'exported');
      assert.equal(batch.csvDigest, sha256(csv.bytes));
      assert.deepEqual(batch.allowedActions, ['download', 'acknowledge', 'reject']);

      const again = await download(client, first.id, 'csv');
      assert.deepEqual(again.bytes, csv.bytes, 'byte-identical re-export');
      const json = await download(client, first.id, 'json');
      assert.equal(json.type, 'application/json; charset=utf-8');
      assert.equal(sha256(json.bytes), batch.jsonDigest);
      firstJson = new TextDecoder().decode(json.bytes);
      const document = JSON.parse(firstJson);
      assert.equal(document.format, 'jiping-national-export/1');
      assert.deepEqual(
        { ...document.batch, preparedAt: undefined },
        { sequence: 1, attempt: 1, retryOfSequence: null, firstEventId: batch.firstEventId, lastEventId: batch.lastEventId, rowCount: 2, preparedAt: undefined },
      );
      assert.equal(document.records.find((r: { holderName: string }) => r.holderName === '李强').idNumber, LI_QIANG_ID);
      assert.deepEqual(new TextDecoder().decode((await download(client, first.id, 'json')).bytes), firstJson);
      firstCsv = csv.bytes;

      const actions = await auditActions(server.database, auditBefore);
      assert.deepEqual(actions, ['national_export.exported', 'national_export.downloaded', 'national_export.downloaded', 'national_export.downloaded', 'national_export.downloaded']);
    });

    test('a rejection is recorded with its reason and the same changes go again as a new attempt; the receipt closes it, late when after the due date', async () => {
      const client = await city();
      const batch = (await client.get(`/api/v1/national-export/batches/${first.id}`)).body;
      const noReason = await client.post(`/api/v1/national-export/batches/${first.id}/reject`, { version: batch.version, reason: ' ' });
      assert.equal(noReason.status, 400);
      const rejected = await client.post(`/api/v1/national-export/batches/${first.id}/reject`, { version: batch.version, reason: '证件号码校验未通过，请核对后重报' });
      assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
      assert.equal(rejected.body.rejected.status, 'rejected');
      assert.equal(rejected.body.rejected.retriedBySequence, 2);
      const retry = rejected.body.retry;
      assert.deepEqual([retry.sequence, retry.attempt, retry.retryOfSequence, retry.rowCount, retry.status, retry.dueOn], [2, 2, 1, 2, 'prepared', '2026-05-09']);
      assert.equal((await client.post(`/api/v1/national-export/batches/${first.id}/reject`, { version: rejected.body.rejected.version, reason: '再次' })).status, 409, 'a rejected batch is closed');
      assert.equal((await client.post('/api/v1/national-export/batches')).status, 409, 'the changes are in the new attempt, not waiting');

      const early = await client.post(`/api/v1/national-export/batches/${retry.id}/acknowledge`, { version: retry.version, reference: 'QG-1', acknowledgedOn: '2026-05-11' });
      assert.equal(early.status, 409, 'a batch is acknowledged only once it was exported');
      assert.match(early.body.detail, /待导出/);

      const retryCsv = await download(client, retry.id, 'csv');
      assert.deepEqual(retryCsv.bytes, firstCsv, 'the same records, the same bytes');
      assert.deepEqual((await download(client, first.id, 'csv')).bytes, firstCsv, 'the rejected attempt still downloads as it was sent');
      const retryJson = JSON.parse(new TextDecoder().decode((await download(client, retry.id, 'json')).bytes));
      assert.deepEqual([retryJson.batch.sequence, retryJson.batch.attempt, retryJson.batch.retryOfSequence], [2, 2, 1]);
      assert.deepEqual(retryJson.records, JSON.parse(firstJson).records);

      const exported = (await client.get(`/api/v1/national-export/batches/${retry.id}`)).body;
      const future = await client.post(`/api/v1/national-export/batches/${retry.id}/acknowledge`, { version: exported.version, reference: 'QG-1', acknowledgedOn: '2026-05-12' });
      assert.equal(future.status, 400);
      assert.equal(future.body.errors[0].field, 'acknowledgedOn');
      assert.equal((await client.post(`/api/v1/national-export/batches/${retry.id}/acknowledge`, { version: exported.version - 1, reference: 'QG-1', acknowledgedOn: '2026-05-11' })).status, 409);
      const auditBefore = await auditCount(server.database);
      const acknowledged = await client.post(`/api/v1/national-export/batches/${retry.id}/acknowledge`, { version: exported.version, reference: 'QG-2026-0001', acknowledgedOn: '2026-05-11' });
      assert.equal(acknowledged.status, 200, JSON.stringify(acknowledged.body));
      assert.deepEqual([acknowledged.body.status, acknowledged.body.ackReference, acknowledged.body.overdue, acknowledged.body.late], ['acknowledged', 'QG-2026-0001', false, true]);
      assert.deepEqual(await auditActions(server.database, auditBefore), ['national_export.acknowledged']);
      assert.equal((await exportTask()).count, 0);
      assert.equal((await client.get('/api/v1/national-export')).body.overdueBatches, 0);
    });

    test('a renewal is refused while certificate changes of the term are not acknowledged, with the reason on its page; the daily job batches them', async () => {
      server.clock.set(at('2026-05-12'));
      const enterprise = await as('enterprise-admin');
      const institutionId = await institutionIdOf(enterprise);
      // The filing in force runs out in a month: inside the renewal window.
      await server.database.db
        .update(filings)
        .set({ validUntil: '2026-06-10' })
        .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), eq(filings.status, 'approved')));
      await revokeCertificate(server, issued[1]!.certificateId, new Date('2026-05-12T09:30:00+08:00'), '考试作弊，依规撤销');

      const renewal = await enterprise.post(`/api/v1/institutions/${institutionId}/renewals`);
      assert.equal(renewal.status, 201, JSON.stringify(renewal.body));
      const refused = await enterprise.post(`/api/v1/filings/${renewal.body.id}/submit`, { version: renewal.body.version });
      assert.equal(refused.status, 412);
      assert.match(refused.body.detail, /仍有 1 条证书数据未完成全国联网上报并取得回执/);
      // The other conditions of a renewal are listed with it: one plan run to final results of the six needed.
      assert.deepEqual(
        refused.body.errors.map((e: { code: string }) => e.code),
        ['final_plans', 'certificates_exported'],
      );
      const page = (await enterprise.get(`/api/v1/filings/${renewal.body.id}`)).body;
      assert.equal(page.status, 'draft', 'a refused submission changes nothing');
      assert.equal(page.renewalExportBlock.count, 1);
      assert.equal(page.renewalExportBlock.until, '2026-05-12');

      const job = systemContext(server.database, server.clock, 'national-export');
      assert.deepEqual(await runDailyExport(job), { prepared: [3] });
      assert.deepEqual(await runDailyExport(job), { prepared: [] }, 'once a day');
      const client = await city();
      const third = (await client.get('/api/v1/national-export')).body.batches[0];
      assert.deepEqual([third.sequence, third.rowCount, third.dueOn], [3, 1, '2026-05-19']);
      const csv = new TextDecoder().decode((await download(client, third.id, 'csv')).bytes);
      const row = csv.split('\r\n')[1]!.split(',');
      assert.deepEqual([row[1], row[3], row[4], row[14], row[15]], ['revoked', issued[1]!.number, 'revoked', '2026-05-12', '考试作弊，依规撤销']);

      const exported = (await client.get(`/api/v1/national-export/batches/${third.id}`)).body;
      assert.equal((await client.post(`/api/v1/national-export/batches/${third.id}/acknowledge`, { version: exported.version, reference: 'QG-2026-0002', acknowledgedOn: '2026-05-12' })).status, 200);
      assert.equal((await enterprise.get(`/api/v1/filings/${renewal.body.id}`)).body.renewalExportBlock, null);
      const stillShort = await enterprise.post(`/api/v1/filings/${renewal.body.id}/submit`, { version: renewal.body.version });
      assert.equal(stillShort.status, 412, 'exported, but still one plan of six');
      assert.deepEqual(
        stillShort.body.errors.map((e: { code: string }) => e.code),
        ['final_plans'],
      );
      const [inForce] = await server.database.db
        .select({ id: filings.id })
        .from(filings)
        .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial')));
      await insertFinalPlans(server.database, { filingId: inForce!.id, count: 5, examStart: '2026-03-10' });
      const submitted = await enterprise.post(`/api/v1/filings/${renewal.body.id}/submit`, { version: renewal.body.version });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      assert.equal(submitted.body.status, 'submitted');
    });
  });
}
