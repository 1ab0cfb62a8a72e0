import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { insertInspection } from '../helpers/supervision-fixtures.ts';
import { auditEvents, inspectionFiles, notifications } from '../../src/platform/db/schema.ts';
import { systemContext } from '../../src/boot.ts';
import { flagOverdueDocumentRequests } from '../../src/modules/document-requests/index.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/session-token.ts';

const at = (date: string) => `${date}T02:00:00.000Z`;
/** A minimal MP4 head: box size, `ftyp`, brand. */
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'latin1'), Buffer.alloc(64)]);
/** Every .xlsx is a ZIP file. */
const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);
const MATERIALS = ['2026年第3批车工四级评价计划档案', '考场监控录像', '评分记录表'];

for (const target of dbTargets()) {
  describe(`document requests (调取资料) [${target}]`, () => {
    let server: TestServer;
    let enterpriseId: string;
    let inspection: { inspectionId: string; number: string };
    let request: { id: string; version: number; number: string };
    const as = (username: string) => server.as(username);

    before(async () => {
      server = await startTestServer(target);
      enterpriseId = await institutionIdOf(await as('enterprise-admin'));
      // Run by 浦东's bureau, with 陈明 and 刘芳 assigned.
      inspection = await insertInspection(server.database, { institutionId: enterpriseId, departmentKind: 'district', departmentDistrictCode: '310115' });
    });
    after(() => server.close());

    test('a supervisor asks for 1–20 named materials by a future deadline; outsiders are refused', async () => {
      const url = `/api/v1/inspections/${inspection.inspectionId}/document-requests`;
      const officer = await as('pudong-officer');
      assert.equal((await officer.post(url, { materials: [], deadline: '2026-03-20' })).status, 400);
      assert.equal((await officer.post(url, { materials: Array.from({ length: 21 }, (_, i) => `材料${i}`), deadline: '2026-03-20' })).status, 400);
      const twice = await officer.post(url, { materials: ['评分记录表', '评分记录表'], deadline: '2026-03-20' });
      assert.equal(twice.status, 400);
      assert.match(twice.body.errors[0].message, /重复列出/);
      const past = await officer.post(url, { materials: MATERIALS, deadline: '2026-03-01' });
      assert.equal(past.status, 400);
      assert.match(past.body.errors[0].message, /提交期限须晚于今天/);
      const huangpu = await (await as('huangpu-officer')).post(url, { materials: MATERIALS, deadline: '2026-03-20' });
      assert.equal(huangpu.status, 403);
      assert.match(huangpu.body.detail, /该检查由浦东新区人社局组织/);
      assert.equal((await (await as('inspector-3')).post(url, { materials: MATERIALS, deadline: '2026-03-20' })).status, 403);

      const created = await (await as('inspector-1')).post(url, { materials: MATERIALS, note: '录像请按考场分别压缩', deadline: '2026-03-09' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.deepEqual([created.body.number, created.body.status, created.body.materials], ['DQ2026000001', 'open', MATERIALS]);
      request = created.body;
      const mine = (await (await as('enterprise-admin')).get('/api/v1/document-requests')).body.items as Array<{ id: string }>;
      assert.deepEqual(
        mine.map((r) => r.id),
        [request.id],
      );
      assert.equal((await (await as('social-admin')).get('/api/v1/document-requests')).body.items.length, 0);
      assert.equal((await (await as('social-admin')).get(`/api/v1/document-requests/${request.id}`)).status, 403);
    });

    test('the institution uploads documents, spreadsheets and video recognised by content; other types and oversize files are refused and nothing is written', async () => {
      const enterprise = await as('enterprise-admin');
      const url = `/api/v1/document-requests/${request.id}/files`;
      const since = await auditCount(server.database);
      const exe = await enterprise.upload(url, '考场监控录像.mp4', 'MZ not a video');
      assert.equal(exe.status, 415);
      assert.match(exe.body.detail, /MP4 视频/);
      const big = await enterprise.upload(url, '档案.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(50 * 1024 * 1024)]));
      assert.equal(big.status, 413);
      assert.match(big.body.detail, /不能超过 50 MB（视频不超过 200 MB）/);
      assert.equal(await auditCount(server.database), since);
      assert.equal((await server.database.db.select().from(inspectionFiles)).length, 0);
      const early = await enterprise.post(`/api/v1/document-requests/${request.id}/answer`, { version: request.version });
      assert.equal(early.status, 412);
      assert.match(early.body.detail, /请先上传所调取的资料/);

      const video = await enterprise.upload(url, '考场监控录像.mp4', MP4);
      assert.equal(video.status, 201, JSON.stringify(video.body));
      assert.equal(video.body.contentType, 'video/mp4');
      const sheet = await enterprise.upload(url, '评分记录表.xlsx', XLSX);
      assert.equal(sheet.body.contentType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const archive = await enterprise.upload(url, '档案.zip', XLSX);
      assert.equal(archive.body.contentType, 'application/zip');
      const [row] = await server.database.db.select().from(inspectionFiles).where(eq(inspectionFiles.id, video.body.id));
      assert.deepEqual([row!.inspectionId, row!.documentRequestId], [inspection.inspectionId, request.id]);
      assert.equal((await (await as('inspector-1')).upload(url, '录像.mp4', MP4)).status, 403, 'only the institution uploads');

      const answered = await enterprise.post(`/api/v1/document-requests/${request.id}/answer`, { version: request.version });
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      assert.deepEqual([answered.body.status, answered.body.fileCount], ['answered', 3]);
      const late = await enterprise.upload(url, '补充.pdf', '%PDF-1.7\n');
      assert.equal(late.status, 409, 'an answered request takes no more files');
      request = answered.body;
    });

    test('supervisors and the institution download the files, audited; the supervisor closes the request', async () => {
      const detail = (await (await as('inspector-2')).get(`/api/v1/document-requests/${request.id}`)).body;
      assert.deepEqual(detail.allowedActions, ['close']);
      const video = detail.files.find((f: { fileName: string }) => f.fileName === '考场监控录像.mp4');
      const url = `/api/v1/document-requests/${request.id}/files/${video.id}`;
      for (const username of ['inspector-2', 'pudong-officer', 'city-admin', 'enterprise-admin']) {
        const client = await as(username);
        const since = await auditCount(server.database);
        const response = await fetch(server.baseUrl + url, { headers: { cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}` } });
        assert.equal(response.status, 200, username);
        assert.deepEqual(Buffer.from(await response.arrayBuffer()), MP4);
        assert.deepEqual(await auditActions(server.database, since), ['document_request.file_downloaded'], username);
      }
      for (const username of ['inspector-3', 'huangpu-officer', 'social-admin']) assert.equal((await (await as(username)).get(url)).status, 403, username);
      assert.equal((await (await as('enterprise-admin')).post(`/api/v1/document-requests/${request.id}/close`, { version: request.version })).status, 403);
      const closed = await (await as('inspector-2')).post(`/api/v1/document-requests/${request.id}/close`, { version: request.version });
      assert.equal(closed.status, 200);
      assert.equal(closed.body.status, 'closed');
      assert.deepEqual(
        closed.body.timeline.map((e: { action: string }) => e.action),
        ['document_request.created', 'document_request.file_added', 'document_request.file_added', 'document_request.file_added', 'document_request.answered', 'document_request.closed'],
      );
    });

    test('an unanswered request past its deadline is flagged overdue once by the daily check', async () => {
      const url = `/api/v1/inspections/${inspection.inspectionId}/document-requests`;
      const second = await (await as('pudong-officer')).post(url, { materials: ['考评员资格证书复印件'], deadline: '2026-03-09' });
      assert.equal(second.status, 201);
      const job = () => flagOverdueDocumentRequests(systemContext(server.database, server.clock, 'document-request-deadlines'));
      server.clock.set(at('2026-03-09'));
      assert.deepEqual((await job()).overdue, []);
      server.clock.set(at('2026-03-10'));
      assert.deepEqual((await job()).overdue, [second.body.id], 'the closed one is not overdue');
      assert.deepEqual((await job()).overdue, []);
      const events = await server.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'document_request.overdue'), eq(auditEvents.entityId, second.body.id)));
      assert.equal(events.length, 1);
      // The institution, the two assigned inspectors and the officer who asked.
      assert.equal((await server.database.db.select().from(notifications).where(eq(notifications.kind, 'document_request.overdue'))).length, 4);
      const overdue = (await (await as('enterprise-admin')).get('/api/v1/document-requests?overdue=true')).body.items as Array<{ id: string; overdueSince: string }>;
      assert.deepEqual(
        overdue.map((r) => [r.id, r.overdueSince]),
        [[second.body.id, '2026-03-10']],
      );
    });
  });
}
