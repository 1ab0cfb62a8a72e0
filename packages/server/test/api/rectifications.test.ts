import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { insertInspection } from '../helpers/supervision-fixtures.ts';
import { rows } from '../../src/platform/db/client.ts';
import { auditEvents, filings, inspectionFiles, institutions, notifications, sanctions } from '../../src/platform/db/schema.ts';
import { systemContext } from '../../src/boot.ts';
import { runRectificationDeadlines } from '../../src/modules/rectifications/index.ts';
import { openRectificationCount, overdueRectificationCount } from '../../src/modules/rectifications/index.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/session-token.ts';

/** Shanghai 10:00 on a date. */
const at = (date: string) => `${date}T02:00:00.000Z`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

for (const target of dbTargets()) {
  describe(`rectification orders and sanctions [${target}]`, () => {
    let server: TestServer;
    let enterpriseId: string;
    let schoolId: string;
    let inspection: { inspectionId: string; findingId: string; number: string };
    let schoolInspection: { inspectionId: string; findingId: string; number: string };
    let order: { id: string; version: number; number: string };
    const as = (username: string) => server.as(username);
    const job = () => runRectificationDeadlines(systemContext(server.database, server.clock, 'rectification-deadlines'));
    const filingOf = async (institutionId: string) => {
      const [row] = await server.database.db
        .select()
        .from(filings)
        .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial')));
      return row!;
    };

    before(async () => {
      server = await startTestServer(target);
      enterpriseId = await institutionIdOf(await as('enterprise-admin'));
      schoolId = await institutionIdOf(await as('school-admin'));
      // A routine inspection of the 浦东 enterprise run by the city with 陈明 and 刘芳; one of the 闵行 school by 闵行's bureau with 刘芳 alone.
      inspection = await insertInspection(server.database, { institutionId: enterpriseId });
      schoolInspection = await insertInspection(server.database, { institutionId: schoolId, inspectors: ['inspector-2'], departmentKind: 'district', departmentDistrictCode: '310112' });
    });
    after(() => server.close());

    test('an assigned inspector orders rectification on a finding with a future deadline; the number comes from the counter and the institution is told', async () => {
      const inspector = await as('inspector-1');
      const base = `/api/v1/inspections/${inspection.inspectionId}/rectifications`;
      const past = await inspector.post(base, { findingId: inspection.findingId, requirement: '补齐视频监控录像', deadline: '2026-03-02' });
      assert.equal(past.status, 400);
      assert.match(past.body.errors[0].message, /整改期限须晚于今天（2026-03-02）/);
      const foreign = await inspector.post(base, { findingId: schoolInspection.findingId, requirement: '补齐视频监控录像', deadline: '2026-03-20' });
      assert.equal(foreign.status, 400);
      assert.match(foreign.body.errors[0].message, /不属于检查/);

      const unassigned = await (await as('inspector-3')).post(base, { requirement: '补齐视频监控录像', deadline: '2026-03-20' });
      assert.equal(unassigned.status, 403);
      assert.match(unassigned.body.detail, /您不是该检查的督导员/);
      // 浦东 reads what is ordered in its district, but this inspection is the city's to follow up.
      const district = await (await as('pudong-officer')).post(base, { requirement: '补齐视频监控录像', deadline: '2026-03-20' });
      assert.equal(district.status, 403);
      assert.match(district.body.detail, /该检查由市人社局组织/);
      const institution = await (await as('enterprise-admin')).post(base, { requirement: '自行整改', deadline: '2026-03-20' });
      assert.equal(institution.status, 403);

      const since = await auditCount(server.database);
      const created = await inspector.post(base, { findingId: inspection.findingId, requirement: '补齐 2 号机位视频监控录像并提交设备检修记录', deadline: '2026-03-20' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.deepEqual(
        [created.body.number, created.body.status, created.body.deadline, created.body.findingDescription, created.body.overdue],
        ['ZG2026000001', 'open', '2026-03-20', '实操考场 2 号机位视频监控无录像', false],
      );
      assert.deepEqual(await auditActions(server.database, since), ['rectification.ordered']);
      order = created.body;
      const notices = (await (await as('enterprise-admin')).get('/api/v1/notifications')).body as Array<{ kind: string; title: string }>;
      assert.match(notices.find((n) => n.kind === 'rectification.ordered')!.title, /整改通知 ZG2026000001：请于 2026-03-20 前完成整改/);
    });

    test('an institution sees only its own orders; another institution is refused with the reason', async () => {
      const other = await (await as('inspector-2')).post(`/api/v1/inspections/${schoolInspection.inspectionId}/rectifications`, { requirement: '完善考务档案', deadline: '2026-03-25' });
      assert.equal(other.status, 201, JSON.stringify(other.body));
      assert.equal(other.body.number, 'ZG2026000002');
      const enterprise = await as('enterprise-admin');
      const own = (await enterprise.get('/api/v1/rectifications')).body.items as Array<{ id: string }>;
      assert.deepEqual(
        own.map((o) => o.id),
        [order.id],
      );
      const refused = await enterprise.get(`/api/v1/rectifications/${other.body.id}`);
      assert.equal(refused.status, 403);
      assert.match(refused.body.detail, /发给其他机构/);
      const school = (await (await as('school-admin')).get('/api/v1/rectifications')).body.items as Array<{ id: string }>;
      assert.deepEqual(
        school.map((o) => o.id),
        [other.body.id],
      );
      // Inspectors list the orders of their inspections; 闵行 its district's; the city all.
      assert.deepEqual(
        ((await (await as('inspector-1')).get('/api/v1/rectifications')).body.items as Array<{ id: string }>).map((o) => o.id),
        [order.id],
      );
      assert.deepEqual(
        ((await (await as('minhang-officer')).get('/api/v1/rectifications')).body.items as Array<{ id: string }>).map((o) => o.id),
        [other.body.id],
      );
      assert.equal((await (await as('city-admin')).get('/api/v1/rectifications')).body.items.length, 2);
      assert.equal((await (await as('huangpu-officer')).get('/api/v1/rectifications')).body.items.length, 0);
      assert.equal((await (await as('candidate-1')).get('/api/v1/rectifications')).status, 403);
      const paged = await (await as('city-admin')).get('/api/v1/rectifications?limit=1');
      assert.equal(paged.body.items.length, 1);
      const next = await (await as('city-admin')).get(`/api/v1/rectifications?limit=1&cursor=${paged.body.nextCursor}`);
      assert.equal(next.body.items.length, 1);
      assert.notEqual(next.body.items[0].id, paged.body.items[0].id);
      assert.equal(next.body.nextCursor, null);
    });

    test('the institution answers with evidence: a file of the wrong type is refused and nothing is written; no answer without evidence', async () => {
      const enterprise = await as('enterprise-admin');
      const since = await auditCount(server.database);
      const disguised = await enterprise.upload(`/api/v1/rectifications/${order.id}/files`, '整改照片.pdf', 'MZ this is an executable, not a PDF');
      assert.equal(disguised.status, 415);
      assert.match(disguised.body.detail, /只接受 PDF、PNG 或 JPEG/);
      const empty = await enterprise.upload(`/api/v1/rectifications/${order.id}/files`, '空.png', new Uint8Array());
      assert.equal(empty.status, 400);
      const tooLarge = await enterprise.upload(`/api/v1/rectifications/${order.id}/files`, '大.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]));
      assert.equal(tooLarge.status, 413);
      assert.match(tooLarge.body.detail, /不能超过 10 MB/);
      assert.equal(await auditCount(server.database), since, 'no audit event');
      assert.equal((await server.database.db.select().from(inspectionFiles)).length, 0, 'no file recorded');

      const early = await enterprise.post(`/api/v1/rectifications/${order.id}/respond`, { version: order.version, response: '已整改' });
      assert.equal(early.status, 412);
      assert.match(early.body.detail, /请先上传整改材料/);
      const outsider = await (await as('school-admin')).upload(`/api/v1/rectifications/${order.id}/files`, '照片.png', PNG);
      assert.equal(outsider.status, 403);

      const photo = await enterprise.upload(`/api/v1/rectifications/${order.id}/files`, '监控修复.png', PNG);
      assert.equal(photo.status, 201, JSON.stringify(photo.body));
      assert.equal(photo.body.contentType, 'image/png');
      const [file] = await server.database.db.select().from(inspectionFiles).where(eq(inspectionFiles.id, photo.body.id));
      assert.deepEqual([file!.inspectionId, file!.rectificationId], [inspection.inspectionId, order.id]);
      const answered = await enterprise.post(`/api/v1/rectifications/${order.id}/respond`, { version: order.version, response: '已更换 2 号机位硬盘并补录，附检修记录。' });
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      assert.equal(answered.body.status, 'responded');
      assert.deepEqual(answered.body.allowedActions, []);
      order = answered.body;
    });

    test('accept or reopen: an unassigned inspector is refused with the reason; reopening needs a reason; the timeline tells every step', async () => {
      const stranger = await (await as('inspector-3')).post(`/api/v1/rectifications/${order.id}/accept`, { version: order.version });
      assert.equal(stranger.status, 403);
      assert.match(stranger.body.detail, /您不是该检查的督导员/);
      assert.equal((await (await as('inspector-3')).get(`/api/v1/rectifications/${order.id}`)).status, 403);
      const otherDistrict = await (await as('minhang-officer')).post(`/api/v1/rectifications/${order.id}/reopen`, { version: order.version, reason: '不合格' });
      assert.equal(otherDistrict.status, 403);

      const inspector = await as('inspector-2');
      assert.deepEqual((await inspector.get(`/api/v1/rectifications/${order.id}`)).body.allowedActions, ['accept', 'reopen']);
      const bare = await inspector.post(`/api/v1/rectifications/${order.id}/reopen`, { version: order.version });
      assert.equal(bare.status, 400);
      assert.match(bare.body.errors[0].message, /退回重新整改须说明理由/);
      const reopened = await inspector.post(`/api/v1/rectifications/${order.id}/reopen`, { version: order.version, reason: '未提供设备检修记录原件' });
      assert.equal(reopened.status, 200, JSON.stringify(reopened.body));
      assert.equal(reopened.body.status, 'reopened');
      const stale = await inspector.post(`/api/v1/rectifications/${order.id}/accept`, { version: order.version });
      assert.equal(stale.status, 409);

      const enterprise = await as('enterprise-admin');
      assert.deepEqual((await enterprise.get(`/api/v1/rectifications/${order.id}`)).body.allowedActions, ['respond']);
      assert.equal((await enterprise.upload(`/api/v1/rectifications/${order.id}/files`, '检修记录.pdf', '%PDF-1.7\n检修记录')).status, 201);
      const again = await enterprise.post(`/api/v1/rectifications/${order.id}/respond`, { version: reopened.body.version, response: '补交检修记录原件扫描件。' });
      assert.equal(again.status, 200);
      const accepted = await (await as('inspector-1')).post(`/api/v1/rectifications/${order.id}/accept`, { version: again.body.version, reason: '整改到位' });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      assert.equal(accepted.body.status, 'accepted');
      assert.deepEqual(
        accepted.body.timeline.map((e: { action: string; text: string }) => [e.action, e.text]),
        [
          ['rectification.ordered', '补齐 2 号机位视频监控录像并提交设备检修记录'],
          ['rectification.file_added', '监控修复.png'],
          ['rectification.responded', '已更换 2 号机位硬盘并补录，附检修记录。'],
          ['rectification.reopened', '未提供设备检修记录原件'],
          ['rectification.file_added', '检修记录.pdf'],
          ['rectification.responded', '补交检修记录原件扫描件。'],
          ['rectification.accepted', '整改到位'],
        ],
      );
      assert.equal(accepted.body.files.length, 2);
      order = accepted.body;
    });

    test('evidence is downloaded by those who read the order, each download audited', async () => {
      const file = order as unknown as { files: Array<{ id: string; fileName: string }> };
      // Both files were uploaded at the same instant of the test clock: picked by name, not by position.
      const url = `/api/v1/rectifications/${order.id}/files/${file.files.find((f) => f.fileName === '监控修复.png')!.id}`;
      const inspector = await as('inspector-1');
      const since = await auditCount(server.database);
      const response = await fetch(server.baseUrl + url, { headers: { cookie: `${SESSION_COOKIE}=${inspector.cookie(SESSION_COOKIE)}` } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await response.arrayBuffer()), PNG);
      assert.deepEqual(await auditActions(server.database, since), ['rectification.file_downloaded']);
      assert.equal((await (await as('school-admin')).get(url)).status, 403);
      assert.equal((await (await as('pudong-officer')).get(url)).status, 200, 'the district of the institution reads it');
    });

    test('the daily check flags an order past its deadline once, tells the institution and the inspectors, and is idempotent', async () => {
      const late = await (await as('inspector-1')).post(`/api/v1/inspections/${inspection.inspectionId}/rectifications`, { requirement: '完善考场巡查记录', deadline: '2026-03-10' });
      assert.equal(late.status, 201);
      server.clock.set(at('2026-03-10'));
      assert.deepEqual((await job()).overdue, [], 'the deadline day itself is in time');
      server.clock.set(at('2026-03-11'));
      const first = await job();
      assert.deepEqual(first.overdue, [late.body.id]);
      assert.deepEqual((await job()).overdue, [], 'a second run flags nothing');
      server.clock.set(at('2026-03-12'));
      assert.deepEqual((await job()).overdue, [], 'nor does the next day');
      const overdueEvents = await server.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'rectification.overdue'), eq(auditEvents.entityId, late.body.id)));
      assert.equal(overdueEvents.length, 1);
      const notices = await server.database.db.select().from(notifications).where(eq(notifications.kind, 'rectification.overdue'));
      assert.equal(notices.length, 3, 'the institution and the two assigned inspectors');

      const enterprise = await as('enterprise-admin');
      const detail = (await enterprise.get(`/api/v1/rectifications/${late.body.id}`)).body;
      assert.deepEqual([detail.overdue, detail.overdueSince], [true, '2026-03-11']);
      const overdueList = (await enterprise.get('/api/v1/rectifications?overdue=true')).body.items as Array<{ id: string }>;
      assert.deepEqual(
        overdueList.map((o) => o.id),
        [late.body.id],
      );
      assert.equal((await enterprise.get('/api/v1/rectifications?status=accepted')).body.items.length, 1);
      const record = (await enterprise.get(`/api/v1/institutions/${enterpriseId}/supervision-record`)).body;
      assert.deepEqual([record.openRectifications, record.overdueRectifications, record.canSanction], [1, 1, false]);
      const ctx = systemContext(server.database, server.clock, 'test');
      assert.equal(await openRectificationCount(ctx, enterpriseId), 1);
      assert.equal(await overdueRectificationCount(ctx, enterpriseId), 1);
      assert.equal(await overdueRectificationCount(ctx, enterpriseId, { since: '2026-03-12' }), 0);
    });

    test('a suspension is decided by the competent bureau, changes the filing through its workflow with audit and history, and the job restores it after N months', async () => {
      server.clock.set(at('2026-03-12'));
      const url = `/api/v1/institutions/${enterpriseId}/sanctions`;
      const huangpu = await (await as('huangpu-officer')).post(url, { kind: 'suspension', months: 2, reason: '考场监控缺失' });
      assert.equal(huangpu.status, 403);
      assert.match(huangpu.body.detail, /超出管辖范围/);
      const inspector = await (await as('inspector-1')).post(url, { kind: 'suspension', months: 2, reason: '考场监控缺失' });
      assert.equal(inspector.status, 403);
      assert.match(inspector.body.detail, /所在区人社局或市人社局决定/);
      const pudong = await as('pudong-officer');
      for (const [body, pattern] of [
        [{ kind: 'suspension', months: 13, reason: '考场监控缺失' }, /暂停月数须为 1–12 的整数/],
        [{ kind: 'suspension', months: 0, reason: '考场监控缺失' }, /暂停月数须为 1–12 的整数/],
        [{ kind: 'suspension', reason: '考场监控缺失' }, /须填写暂停月数/],
        [{ kind: 'suspension', months: 2, reason: '  ' }, /须说明理由/],
        [{ kind: 'interview', months: 2, reason: '约谈' }, /只有暂停备案需要填写月数/],
      ] as const) {
        const refused = await pudong.post(url, body);
        assert.equal(refused.status, 400, JSON.stringify(body));
        assert.match(refused.body.errors.map((e: { message: string }) => e.message).join(' '), pattern);
      }
      assert.equal((await server.database.db.select().from(sanctions)).length, 0, 'a refused sanction writes nothing');

      const interview = await pudong.post(url, { kind: 'interview', reason: '2026年3月16日 14:00 在浦东新区人社局 302 会议室约谈法定代表人', inspectionId: inspection.inspectionId });
      assert.equal(interview.status, 201, JSON.stringify(interview.body));
      assert.equal((await filingOf(enterpriseId)).status, 'approved', 'an interview changes no filing');

      const since = await auditCount(server.database);
      const suspended = await pudong.post(url, { kind: 'suspension', months: 2, reason: '整改逾期未完成，考场监控缺失', inspectionId: inspection.inspectionId });
      assert.equal(suspended.status, 201, JSON.stringify(suspended.body));
      assert.deepEqual([suspended.body.kind, suspended.body.months, suspended.body.endsOn, suspended.body.inspectionNumber], ['suspension', 2, '2026-05-12', inspection.number]);
      assert.deepEqual(await auditActions(server.database, since), ['filing.suspend', 'sanction.suspension']);
      const filing = await filingOf(enterpriseId);
      assert.equal(filing.status, 'suspended');
      const detail = (await pudong.get(`/api/v1/filings/${filing.id}`)).body;
      const step = detail.timeline.at(-1);
      assert.deepEqual([step.action, step.from, step.to], ['filing.suspend', 'approved', 'suspended']);
      assert.match(step.reason, /暂停备案 2 个月（至 2026-05-12 恢复）：整改逾期未完成/);
      const again = await pudong.post(url, { kind: 'suspension', months: 1, reason: '再次暂停' });
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /已处于暂停状态/);

      const record = (await (await as('enterprise-admin')).get(`/api/v1/institutions/${enterpriseId}/supervision-record`)).body;
      assert.deepEqual(record.sanctions.map((s: { kind: string }) => s.kind).sort(), ['interview', 'suspension']);
      assert.equal((await (await as('school-admin')).get(`/api/v1/institutions/${enterpriseId}/supervision-record`)).status, 403);

      server.clock.set(at('2026-05-11'));
      assert.deepEqual((await job()).restored, [], 'not before the suspension ends');
      server.clock.set(at('2026-05-12'));
      assert.deepEqual((await job()).restored, [filing.id]);
      assert.deepEqual((await job()).restored, [], 'restored once');
      assert.equal((await filingOf(enterpriseId)).status, 'approved');
      const [restore] = await rows<{ actor_type: string; actor_name: string; detail: { reason: string } }>(
        server.database.db,
        sql`select actor_type, actor_name, detail from audit_events where entity_id = ${filing.id} and action = 'filing.restore'`,
      );
      assert.deepEqual([restore!.actor_type, restore!.actor_name], ['system', 'rectification-deadlines']);
      assert.match(restore!.detail.reason, /暂停期满（2026-05-12），恢复备案/);
    });

    test('termination ends the filing, also during a suspension, and the job does not bring it back; a sanction needs a filing in force', async () => {
      const city = await as('city-admin');
      const url = `/api/v1/institutions/${enterpriseId}/sanctions`;
      assert.equal((await city.post(url, { kind: 'suspension', months: 1, reason: '数据弄虚作假，立案调查期间暂停' })).status, 201);
      const terminated = await city.post(url, { kind: 'termination', reason: '查实伪造考试记录、代考，终止备案' });
      assert.equal(terminated.status, 201, JSON.stringify(terminated.body));
      const filing = await filingOf(enterpriseId);
      assert.equal(filing.status, 'terminated');
      server.clock.set(at('2026-07-01'));
      assert.deepEqual((await job()).restored, []);
      assert.equal((await filingOf(enterpriseId)).status, 'terminated');
      const none = await (await as('city-admin')).post(url, { kind: 'interview', reason: '约谈' });
      assert.equal(none.status, 412);
      assert.match(none.body.detail, /没有有效的备案/);
      const [school] = await server.database.db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, schoolId));
      const unfiled = await (await as('minhang-officer')).post(`/api/v1/institutions/${schoolId}/sanctions`, { kind: 'termination', reason: '不再具备法人资格' });
      assert.equal(unfiled.status, 412);
      assert.match(unfiled.body.detail, new RegExp(school!.name));
    });
  });
}
