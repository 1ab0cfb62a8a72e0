import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import type { HttpClient } from '../helpers/http.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { pdfText } from '../helpers/pdf.ts';
import { rows } from '../../src/platform/db/client.ts';
import { inspectionItems, inspectors } from '../../src/platform/db/schema.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/session-token.ts';
import { DEMO_CHECKLIST, DEMO_ITEM_CODE } from '../../src/seed/demo-inspections.ts';

/** Shanghai 10:00 on a date. */
const at = (date: string) => `${date}T02:00:00.000Z`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ENTERPRISE = '上海浦江精密机械有限公司（企业技能人才自主评价）';

for (const target of dbTargets()) {
  describe(`inspections: creation, the tablet work, confirmation, the report and publication [${target}]`, () => {
    let server: TestServer;
    let enterpriseId: string;
    let itemId: string;
    const registry: Record<string, string> = {};
    let inspection: { id: string; number: string; version: number };
    let photoSha: string;
    const as = (username: string) => server.as(username);
    const fileCount = async () => Number((await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from inspection_files`))[0]!.n);
    const storedFiles = () => {
      const root = path.join(server.config.dataDir, 'files');
      return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true }).length : 0;
    };
    const fetchBytes = async (client: HttpClient, url: string) => {
      const response = await fetch(`${server.baseUrl}${url}`, { headers: { cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}` } });
      return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
    };

    before(async () => {
      server = await startTestServer(target);
      enterpriseId = await institutionIdOf(await as('enterprise-admin'));
      const [item] = await server.database.db.select().from(inspectionItems).where(eq(inspectionItems.code, DEMO_ITEM_CODE));
      itemId = item!.id;
      for (const row of await server.database.db.select().from(inspectors)) registry[row.name] = row.id;
    });
    after(() => server.close());

    test('creating refuses an inspector who declared a conflict with the institution, naming them, and an officer of another district; writes nothing', async () => {
      const officer = await as('pudong-officer');
      const inspectionCount = async () => Number((await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from inspections`))[0]!.n);
      const before = await inspectionCount();
      const body = { kind: 'routine', institutionId: enterpriseId, inspectionItemId: itemId, methods: ['onsite'], title: '日常督导', inspectorIds: [registry['陈明'], registry['赵磊']] };
      const conflicted = await officer.post('/api/v1/inspections', body);
      assert.equal(conflicted.status, 400, JSON.stringify(conflicted.body));
      const message = conflicted.body.errors.find((e: { field: string }) => e.field === 'inspectorIds').message as string;
      assert.match(message, /赵磊/);
      assert.match(message, /回避/);
      assert.doesNotMatch(message, /陈明/);
      const foreign = await (await as('huangpu-officer')).post('/api/v1/inspections', { ...body, inspectorIds: [registry['陈明'], registry['刘芳']] });
      assert.equal(foreign.status, 403);
      assert.match(foreign.body.detail, /浦东新区/);
      const inspector = await (await as('inspector-1')).post('/api/v1/inspections', { ...body, inspectorIds: [registry['陈明'], registry['刘芳']] });
      assert.equal(inspector.status, 403);
      const social = await institutionIdOf(await as('social-admin'));
      const unfiled = await (await as('city-admin')).post('/api/v1/inspections', { ...body, institutionId: social, inspectorIds: [registry['陈明'], registry['刘芳']] });
      assert.equal(unfiled.status, 412);
      assert.match(unfiled.body.detail, /没有有效的备案/);
      const one = await officer.post('/api/v1/inspections', { ...body, inspectorIds: [registry['陈明']] });
      assert.equal(one.status, 400, 'one inspector is not enough');
      assert.equal(await inspectionCount(), before, 'nothing was written');

      const created = await officer.post('/api/v1/inspections', { ...body, inspectorIds: [registry['陈明'], registry['刘芳']], methods: ['onsite', 'document_retrieval', 'onsite'] });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.match(created.body.number, /^JC2026\d{6}$/);
      assert.equal(created.body.status, 'assigned');
      assert.equal(created.body.departmentKind, 'district');
      assert.equal(created.body.departmentDistrictCode, '310115');
      assert.deepEqual(created.body.methods, ['onsite', 'document_retrieval']);
      assert.deepEqual(
        created.body.inspectors.map((i: { name: string }) => i.name),
        ['陈明', '刘芳'],
      );
      assert.deepEqual(created.body.allowedActions, ['reassign', 'cancel']);
      inspection = created.body;
    });

    test('only the assigned inspectors see and work it; the institution sees nothing before completion', async () => {
      const other = await (await as('inspector-3')).get(`/api/v1/inspections/${inspection.id}`);
      assert.equal(other.status, 403);
      assert.match(other.body.detail, new RegExp(`未被指派.*${inspection.number}`));
      const otherStart = await (await as('inspector-3')).post(`/api/v1/inspections/${inspection.id}/start`, { version: inspection.version });
      assert.equal(otherStart.status, 403);
      const institution = await (await as('enterprise-admin')).get(`/api/v1/inspections/${inspection.id}`);
      assert.equal(institution.status, 403);
      assert.match(institution.body.detail, /尚未完成/);
      const officerStart = await (await as('pudong-officer')).post(`/api/v1/inspections/${inspection.id}/start`, { version: inspection.version });
      assert.equal(officerStart.status, 403);
      assert.match(officerStart.body.detail, /只有指派/);
      const mine = (await (await as('inspector-3')).get('/api/v1/inspections?mine=true')).body.items as Array<{ id: string; mine: boolean }>;
      assert.ok(!mine.some((i) => i.id === inspection.id));
      assert.ok(
        mine.every((i) => i.mine),
        'inspector-3 lists only inspections assigned to them',
      );
      const listed = (await (await as('inspector-1')).get('/api/v1/inspections')).body.items as Array<{ id: string; mine: boolean }>;
      assert.ok(listed.find((i) => i.id === inspection.id)?.mine);

      const started = await (await as('inspector-1')).post(`/api/v1/inspections/${inspection.id}/start`, { version: inspection.version });
      assert.equal(started.status, 200, JSON.stringify(started.body));
      assert.equal(started.body.status, 'in_progress');
      assert.deepEqual(started.body.allowedActions, ['fill', 'submit']);
      inspection = started.body;
      const reassign = await (await as('pudong-officer')).post(`/api/v1/inspections/${inspection.id}/reassign`, { version: inspection.version, inspectorIds: [registry['赵磊'], registry['刘芳']] });
      assert.equal(reassign.status, 409, 'no reassignment once started');
    });

    test('the checklist: a 不合格 line needs a note, and a save on a stale version is a 409 that overwrites nothing', async () => {
      const chen = await as('inspector-1');
      const liu = await as('inspector-2');
      const noNote = await chen.put(`/api/v1/inspections/${inspection.id}/checklist`, { version: inspection.version, entries: [{ key: 'scope', answer: 'fail' }] });
      assert.equal(noNote.status, 400);
      assert.match(noNote.body.errors[0].message, /仅在备案的职业（工种）和等级范围内开展评价.*须填写说明/);
      const unknown = await chen.put(`/api/v1/inspections/${inspection.id}/checklist`, { version: inspection.version, entries: [{ key: 'nope', answer: 'pass' }] });
      assert.equal(unknown.status, 400);

      const saved = await chen.put(`/api/v1/inspections/${inspection.id}/checklist`, {
        version: inspection.version,
        entries: [
          { key: 'site', answer: 'pass' },
          { key: 'scope', answer: 'pass' },
        ],
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(
        saved.body.checklist.map((e: { key: string }) => e.key),
        ['scope', 'site'],
        'kept in the item’s order',
      );
      const stale = await liu.put(`/api/v1/inspections/${inspection.id}/checklist`, { version: inspection.version, entries: [{ key: 'scope', answer: 'not_applicable' }] });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.code, 'STALE_VERSION');
      const now = (await liu.get(`/api/v1/inspections/${inspection.id}`)).body;
      assert.equal(now.checklist.find((e: { key: string }) => e.key === 'scope').answer, 'pass', 'the stale save changed nothing');
      inspection = now;
    });

    test('submitting needs every line answered, a conclusion and a summary; each missing one is named', async () => {
      const chen = await as('inspector-1');
      const refused = await chen.post(`/api/v1/inspections/${inspection.id}/submit`, { version: inspection.version });
      assert.equal(refused.status, 400);
      const checklistError = refused.body.errors.find((e: { field: string }) => e.field === 'checklist').message as string;
      assert.match(checklistError, /还有 6 项未填写/);
      assert.match(checklistError, /评价档案/);
      assert.ok(refused.body.errors.some((e: { field: string }) => e.field === 'conclusion'));
      assert.equal((await chen.get(`/api/v1/inspections/${inspection.id}`)).body.status, 'in_progress');
    });

    test('findings carry photos; a file of the wrong type or over the limit is refused and nothing is stored', async () => {
      const liu = await as('inspector-2');
      const added = await liu.post(`/api/v1/inspections/${inspection.id}/findings`, { checklistKey: 'archive', description: '签到表缺少监考人员签名。' });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      const finding = added.body.findings[0];
      const rowsBefore = await fileCount();
      const storedBefore = storedFiles();
      const text = await liu.upload(`/api/v1/inspections/${inspection.id}/files`, '照片.jpg', 'not really a photo', { findingId: finding.id });
      assert.equal(text.status, 415);
      assert.match(text.body.detail, /JPEG、PNG/);
      const huge = await liu.upload(`/api/v1/inspections/${inspection.id}/files`, '大图.png', Buffer.concat([PNG, Buffer.alloc(20 * 1024 * 1024)]), { findingId: finding.id });
      assert.equal(huge.status, 413);
      assert.match(huge.body.detail, /20 MB/);
      assert.equal(await fileCount(), rowsBefore, 'no row written');
      assert.equal(storedFiles(), storedBefore, 'no content stored');

      const outsider = await (await as('pudong-officer')).upload(`/api/v1/inspections/${inspection.id}/files`, '现场.png', PNG, { findingId: finding.id });
      assert.equal(outsider.status, 403);
      const photo = await liu.upload(`/api/v1/inspections/${inspection.id}/files`, '现场.png', PNG, { findingId: finding.id });
      assert.equal(photo.status, 201, JSON.stringify(photo.body));
      assert.equal(photo.body.contentType, 'image/png');
      photoSha = createHash('sha256').update(PNG).digest('hex');
      assert.equal(photo.body.sha256, photoSha);
      const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml')]);
      const word = await liu.upload(`/api/v1/inspections/${inspection.id}/files`, '说明.docx', docx);
      assert.equal(word.status, 201);
      assert.match(word.body.contentType, /wordprocessingml/);
      const view = (await liu.get(`/api/v1/inspections/${inspection.id}`)).body;
      assert.equal(view.findings[0].files[0].fileName, '现场.png');
      assert.equal(view.files[0].fileName, '说明.docx');
      const download = await fetchBytes(liu, `/api/v1/inspection-files/${photo.body.id}`);
      assert.equal(download.status, 200);
      assert.deepEqual(download.bytes, PNG);
      assert.equal((await fetchBytes(await as('inspector-3'), `/api/v1/inspection-files/${photo.body.id}`)).status, 403);
      inspection = view;
    });

    test('each inspector confirms only their own agreement; the last confirmation completes it, due for publication 20 working days later through the holiday calendar', async () => {
      // Friday 24 April 2026: Labour Day (1, 4, 5 May) is off and Saturday 9 May is worked.
      server.clock.set(at('2026-04-24'));
      const chen = await as('inspector-1');
      let current = (
        await chen.put(`/api/v1/inspections/${inspection.id}/checklist`, {
          version: inspection.version,
          entries: DEMO_CHECKLIST.map((line) => (line.key === 'archive' ? { key: line.key, answer: 'fail', note: '签到表缺少监考人员签名' } : { key: line.key, answer: 'pass' })),
        })
      ).body;
      current = (await chen.put(`/api/v1/inspections/${inspection.id}/conclusion`, { version: current.version, conclusion: 'rectify', summary: '考务档案不完整，限期整改。' })).body;
      const submitted = await chen.post(`/api/v1/inspections/${inspection.id}/submit`, { version: current.version });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      assert.equal(submitted.body.status, 'submitted');
      assert.deepEqual(submitted.body.allowedActions, ['confirm']);

      const first = await chen.post(`/api/v1/inspections/${inspection.id}/confirm`);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(first.body.status, 'submitted');
      assert.ok(first.body.inspectors.find((i: { name: string }) => i.name === '陈明').confirmedAt);
      assert.equal(first.body.inspectors.find((i: { name: string }) => i.name === '刘芳').confirmedAt, null);
      const twice = await chen.post(`/api/v1/inspections/${inspection.id}/confirm`);
      assert.equal(twice.status, 409);
      assert.match(twice.body.detail, /已确认/);
      assert.equal((await (await as('inspector-3')).post(`/api/v1/inspections/${inspection.id}/confirm`)).status, 403);
      assert.equal((await (await as('pudong-officer')).post(`/api/v1/inspections/${inspection.id}/confirm`)).status, 403);

      const liu = await as('inspector-2');
      const auditBefore = await auditCount(server.database);
      const last = await liu.post(`/api/v1/inspections/${inspection.id}/confirm`);
      assert.equal(last.status, 200);
      assert.equal(last.body.status, 'completed');
      // Counting weekdays blindly would say 22 May.
      assert.equal(last.body.publicationDue, '2026-05-26');
      assert.equal(last.body.publicationOverdue, false);
      assert.deepEqual(await auditActions(server.database, auditBefore), ['inspection.confirmed', 'inspection.completed']);
      inspection = last.body;
    });

    test('the report PDF: for the officers, the inspectors and now the institution; it names the institution and fingerprints the files; every download audited', async () => {
      const institution = await as('enterprise-admin');
      const before = await auditCount(server.database);
      const report = await fetchBytes(institution, `/api/v1/inspections/${inspection.id}/report.pdf`);
      assert.equal(report.status, 200);
      assert.equal(report.type, 'application/pdf');
      const text = pdfText(report.bytes).join('');
      assert.match(text, /督导检查报告/);
      assert.ok(text.includes(ENTERPRISE), 'names the institution');
      assert.ok(text.includes(inspection.number));
      assert.ok(text.includes('31-RS-2019-0101'), 'the inspector’s certificate number');
      assert.ok(text.includes(photoSha), 'the photo’s sha256');
      assert.match(text, /签到表缺少监考人员签名/);
      assert.deepEqual(await auditActions(server.database, before), ['inspection.report_downloaded']);
      assert.equal((await fetchBytes(await as('inspector-1'), `/api/v1/inspections/${inspection.id}/report.pdf`)).status, 200);
      assert.equal((await fetchBytes(await as('inspector-3'), `/api/v1/inspections/${inspection.id}/report.pdf`)).status, 403);
      assert.equal((await fetchBytes(await as('social-admin'), `/api/v1/inspections/${inspection.id}/report.pdf`)).status, 403);
    });

    test('unpublished past its due date is flagged; the running department publishes, withholding the fields it marks, and the public sees none of them', async () => {
      server.clock.set(at('2026-05-27'));
      const officer = await as('pudong-officer');
      const overdue = (await officer.get('/api/v1/inspections?overdue=true')).body.items as Array<{ id: string; publicationOverdue: boolean }>;
      assert.deepEqual(
        overdue.map((i) => i.id),
        [inspection.id],
      );
      assert.equal(overdue[0]!.publicationOverdue, true);
      const task = (await officer.get('/api/v1/workbench?workspace=government')).body.tasks.find((t: { task: string }) => t.task === 'inspection_publication_overdue');
      assert.equal(task?.count, 1);
      assert.equal(task.items[0].path, `/government/inspections/${inspection.id}`);

      const byCity = await (await as('city-admin')).post(`/api/v1/inspections/${inspection.id}/publish`, { version: inspection.version, withheld: [], publishedSummary: 'x' });
      assert.equal(byCity.status, 403);
      assert.match(byCity.body.detail, /浦东新区人社局组织/);
      const published = await officer.post(`/api/v1/inspections/${inspection.id}/publish`, {
        version: inspection.version,
        withheld: ['inspectors', 'findings'],
        publishedSummary: '该机构考务档案不完整，已责令限期整改。',
      });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.equal(published.body.status, 'published');
      assert.deepEqual(published.body.withheld, ['findings', 'inspectors']);

      const anonymous = server.client();
      const list = await anonymous.get(`/api/v1/public/inspections?institutionId=${enterpriseId}&year=2026&district=310115`);
      assert.equal(list.status, 200);
      const ours = list.body.items.find((i: { id: string }) => i.id === inspection.id);
      assert.equal(ours.institutionName, ENTERPRISE);
      assert.equal(ours.conclusion, 'rectify');
      assert.equal(ours.inspectorNames, null);
      assert.equal(ours.findings, null);
      const text = JSON.stringify(ours);
      for (const secret of ['陈明', '刘芳', '签到表缺少监考人员签名', '考务档案不完整，限期整改。', photoSha, '现场.png']) assert.ok(!text.includes(secret), `the public never reads ${secret}`);
      const seeded = list.body.items.find((i: { id: string }) => i.id !== inspection.id);
      assert.deepEqual(seeded.inspectorNames, ['陈明', '刘芳'], 'names are public where not withheld');
      const one = await anonymous.get(`/api/v1/public/inspections/${inspection.id}`);
      assert.equal(one.status, 200);
      assert.equal(one.body.inspectorNames, null);
      assert.equal((await anonymous.get(`/api/v1/public/inspections?q=${encodeURIComponent('浦江精密')}`)).body.items.length, 2);
      assert.equal((await anonymous.get('/api/v1/public/inspections?district=310101')).body.items.length, 0);
      assert.equal((await anonymous.get('/api/v1/public/inspections?year=2025')).body.items.length, 0);
      const assigned = (await (await as('inspector-1')).get('/api/v1/inspections?status=assigned')).body.items[0];
      assert.equal((await anonymous.get(`/api/v1/public/inspections/${assigned.id}`)).status, 404, 'nothing unpublished is public');
      assert.equal((await officer.get('/api/v1/inspections?overdue=true')).body.items.length, 0);
    });

    test('the running department reassigns before the start (conflicts refused again) and cancels with a reason', async () => {
      const officer = await as('pudong-officer');
      const created = (
        await officer.post('/api/v1/inspections', {
          kind: 'special',
          institutionId: enterpriseId,
          inspectionItemId: itemId,
          methods: ['data_comparison'],
          title: '专项督导',
          inspectorIds: [registry['陈明'], registry['刘芳']],
        })
      ).body;
      const conflicted = await officer.post(`/api/v1/inspections/${created.id}/reassign`, { version: created.version, inspectorIds: [registry['刘芳'], registry['赵磊']] });
      assert.equal(conflicted.status, 400);
      assert.match(conflicted.body.errors[0].message, /赵磊/);
      const reassigned = await officer.post(`/api/v1/inspections/${created.id}/reassign`, { version: created.version, inspectorIds: [registry['孙丽华'], registry['刘芳']] });
      assert.equal(reassigned.status, 200, JSON.stringify(reassigned.body));
      assert.deepEqual(reassigned.body.inspectors.map((i: { name: string }) => i.name).sort(), ['刘芳', '孙丽华'].sort());
      assert.equal((await (await as('inspector-1')).get(`/api/v1/inspections/${created.id}`)).status, 403, 'the replaced inspector no longer reads it');
      const cancelled = await officer.post(`/api/v1/inspections/${created.id}/cancel`, { version: reassigned.body.version, reason: '机构已申请暂停评价活动' });
      assert.equal(cancelled.status, 200);
      assert.equal(cancelled.body.status, 'cancelled');
      assert.equal(cancelled.body.cancelReason, '机构已申请暂停评价活动');
      assert.equal((await (await as('inspector-2')).post(`/api/v1/inspections/${created.id}/start`, { version: cancelled.body.version })).status, 409);
    });
  });
}
