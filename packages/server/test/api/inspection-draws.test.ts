import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { RISK_CLASSES, targetCount, verifyDrawRecord, type DrawRecord } from '@jiping/domain';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { userIdOf } from '../helpers/staffing-fixtures.ts';
import { demoEnterprise, insertInspectors, insertItem, insertParties } from '../helpers/draw-fixtures.ts';
import { auditActions } from '../helpers/audit.ts';
import { rows } from '../../src/platform/db/client.ts';
import { inspectionAssignments, inspectionDraws, inspections, inspectionTasks, notifications } from '../../src/platform/db/schema.ts';
import { keyringFor, systemContext } from '../../src/boot.ts';
import { sealSecret } from '../../src/platform/crypto/seal-secret.ts';
import { completeInterruptedDraws } from '../../src/modules/inspection-draws/index.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/jiping.mjs');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const WITNESSES = ['王见证', '李见证'];
const witnessValues = [
  { name: '王见证', values: ['381', '27'] },
  { name: '李见证', values: ['0042'] },
];

for (const target of dbTargets()) {
  describe(`random-inspection tasks and their verifiable draw [${target}]`, () => {
    let server: TestServer;
    let itemId: string;
    let enterprise: { institutionId: string; code: string };
    let huangpu: Array<{ code: string; institutionId: string }>;
    const as = (username: string) => server.as(username);
    const taskBody = (extra: Record<string, unknown> = {}) => ({ title: '2026 年第一批评价机构双随机抽查', inspectionItemId: itemId, witnesses: WITNESSES, ...extra });

    /** Drafts and publishes a task as the user; returns its detail. */
    const published = async (username: string, extra: Record<string, unknown> = {}) => {
      const client = await as(username);
      const created = await client.post('/api/v1/inspection-tasks', taskBody(extra));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const publish = await client.post(`/api/v1/inspection-tasks/${created.body.id}/publish`, { version: created.body.version });
      assert.equal(publish.status, 200, JSON.stringify(publish.body));
      return publish.body;
    };
    const countOf = async (table: string, taskId: string) =>
      Number((await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from ${sql.identifier(table)} where task_id = ${taskId}`))[0]!.n);

    before(async () => {
      server = await startTestServer(target);
      itemId = await insertItem(server.database);
      enterprise = await demoEnterprise(server.database);
      // The demo enterprise is classed D (high risk: always drawn at 100 %); 黄浦 and 闵行 parties in several classes.
      await server.database.db.execute(
        sql`insert into institution_risk_classes (institution_id, risk_class, basis) values (${enterprise.institutionId}, 'D', '投诉较多')
            on conflict (institution_id) do update set risk_class = excluded.risk_class, basis = excluded.basis`,
      );
      // The pools below are the test's own: the demo registry's inspectors are set aside.
      await server.database.db.execute(sql`update inspectors set active = false, user_id = null`);
      huangpu = await insertParties(server.database, [
        ...Array.from({ length: 12 }, () => ({ districtCode: '310101' })),
        { districtCode: '310101', riskClass: 'A' as const },
        { districtCode: '310101', riskClass: 'C' as const },
      ]);
      await insertParties(server.database, [...Array.from({ length: 8 }, () => ({ districtCode: '310112' })), { districtCode: '310112', riskClass: 'D' as const, category: 'school' as const }]);
      await insertInspectors(server.database, [
        { code: 'ZF-C-001', name: '陈明', departmentKind: 'city', userId: await userIdOf(server.database, 'inspector-1') },
        { code: 'ZF-C-002', name: '刘芳', departmentKind: 'city', userId: await userIdOf(server.database, 'inspector-2'), conflicts: [enterprise.institutionId] },
        { code: 'ZF-C-003', name: '赵磊', departmentKind: 'city', userId: await userIdOf(server.database, 'inspector-3') },
        { code: 'ZF-D101-01', name: '黄一', departmentKind: 'district', districtCode: '310101' },
        { code: 'ZF-D101-02', name: '黄二', departmentKind: 'district', districtCode: '310101' },
        { code: 'ZF-D112-01', name: '闵一', departmentKind: 'district', districtCode: '310112' },
        { code: 'ZF-D112-02', name: '闵二', departmentKind: 'district', districtCode: '310112' },
        { code: 'ZF-D115-01', name: '浦一', departmentKind: 'district', districtCode: '310115' },
        { code: 'ZF-D115-02', name: '浦二', departmentKind: 'district', districtCode: '310115', field: '职业培训' },
      ]);
    });
    after(() => server.close());

    test('the city drafts, publishes and draws a task; the public record re-runs to the same result, in the browser’s code and the downloaded file', async () => {
      const city = await as('city-admin');
      const draft = await city.post('/api/v1/inspection-tasks', taskBody({ publicSource: '2026-03-03 中国福利彩票双色球开奖号码', excludeLocalDistrict: true }));
      assert.equal(draft.status, 201, JSON.stringify(draft.body));
      assert.match(draft.body.number, /^沪技督抽〔2026〕\d+号$/);
      assert.equal(draft.body.status, 'draft');
      assert.deepEqual(draft.body.ratios, { A: 5, B: 15, C: 40, D: 80 });
      assert.deepEqual(draft.body.allowedActions, ['edit', 'publish', 'cancel']);
      // A draft is the department's own: not on the public list.
      const anonymous = server.client();
      assert.equal((await anonymous.get(`/api/v1/public/inspection-tasks/${draft.body.id}`)).status, 404);

      const publish = await city.post(`/api/v1/inspection-tasks/${draft.body.id}/publish`, { version: draft.body.version });
      assert.equal(publish.status, 200, JSON.stringify(publish.body));
      const task = publish.body;
      assert.equal(task.status, 'committed');
      assert.match(task.commitment, /^[0-9a-f]{64}$/);
      assert.equal(task.partyCount, 1 + 14 + 9, 'the demo enterprise, 14 黄浦 and 9 闵行 parties with filings in force');
      assert.equal(task.inspectorCount, 9);
      // Published: the content is frozen.
      assert.equal((await city.put(`/api/v1/inspection-tasks/${task.id}`, { ...taskBody(), version: task.version })).status, 409);

      const list = (await anonymous.get('/api/v1/public/inspection-tasks')).body.items;
      const listed = list.find((t: { id: string }) => t.id === task.id);
      assert.equal(listed.commitment, task.commitment);
      assert.equal(listed.candidatesDigest, task.candidatesDigest);
      const page = (await anonymous.get(`/api/v1/public/inspection-tasks/${task.id}`)).body;
      assert.deepEqual(page.witnesses, WITNESSES);
      assert.equal(page.publicSource, '2026-03-03 中国福利彩票双色球开奖号码');
      assert.equal(page.targets, null);
      const lists = await fetch(`${server.baseUrl}/api/v1/public/inspection-tasks/${task.id}/candidates.json`);
      const listsText = await lists.text();
      assert.equal(sha256(listsText), task.candidatesDigest, 'sha256sum of the downloaded lists is the published digest');
      const candidates = JSON.parse(listsText);
      assert.deepEqual(
        candidates.parties.map((p: { code: string }) => p.code),
        [...candidates.parties.map((p: { code: string }) => p.code)].sort((a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
        'parties in filing-number order',
      );
      assert.deepEqual(candidates.inspectors.find((i: { code: string }) => i.code === 'ZF-C-002').conflicts, [enterprise.code]);
      assert.equal((await anonymous.get(`/api/v1/public/inspection-tasks/${task.id}/record`)).status, 404, 'no record before the draw');

      // The public source must be entered; a witness not named in advance is refused.
      const noSource = await city.post(`/api/v1/inspection-tasks/${task.id}/draw`, { version: task.version, witnesses: witnessValues });
      assert.equal(noSource.status, 400);
      assert.match(noSource.body.errors[0].message, /双色球/);
      const stranger = await city.post(`/api/v1/inspection-tasks/${task.id}/draw`, {
        version: task.version,
        witnesses: [witnessValues[0], { name: '张路人', values: ['5'] }],
        publicSourceValue: '0305122328311207',
      });
      assert.equal(stranger.status, 400);
      assert.match(stranger.body.errors[0].message, /王见证、李见证/);

      const draw = await city.post(`/api/v1/inspection-tasks/${task.id}/draw`, { version: task.version, witnesses: witnessValues, publicSourceValue: '0305122328311207' });
      assert.equal(draw.status, 200, JSON.stringify(draw.body));
      assert.equal(draw.body.status, 'drawn');
      const record = (await anonymous.get(`/api/v1/public/inspection-tasks/${task.id}/record`)).body as DrawRecord;
      assert.deepEqual(verifyDrawRecord(record), {
        matches: true,
        checks: [
          { code: 'commitment', ok: true },
          { code: 'candidatesDigest', ok: true },
          { code: 'keyString', ok: true },
          { code: 'picks', ok: true },
        ],
      });
      assert.deepEqual(record.entropy.witnesses[1], { name: '李见证', values: ['42'] }, 'values are recorded as the key string reads them');
      assert.ok(record.keyString.endsWith('27.381./42./305122328311207./'));
      const expected = RISK_CLASSES.reduce((sum, c) => sum + targetCount(candidates.parties.filter((p: { riskClass: string }) => p.riskClass === c).length, task.ratios[c]), 0);
      assert.equal(record.picks.length, expected);
      assert.equal(draw.body.draw.targets.length, expected);
      assert.ok(
        draw.body.draw.targets.some((t: { partyCode: string }) => t.partyCode === enterprise.code),
        'class D at 80 % of one party draws it',
      );
      // 异地交叉检查: no target is inspected by its own district's bureau.
      for (const pick of record.picks) {
        const party = record.candidates.parties.find((p) => p.code === pick.party)!;
        for (const code of pick.inspectors) assert.notEqual(record.candidates.inspectors.find((i) => i.code === code)!.department, `district:${party.districtCode}`);
      }
      // The file: canonical, named after the task, and the same record.
      const file = await fetch(`${server.baseUrl}/api/v1/public/inspection-tasks/${task.id}/draw.json`);
      assert.match(decodeURIComponent(file.headers.get('content-disposition')!), /draw-沪技督抽〔2026〕\d+号\.json/);
      const fromFile = JSON.parse(await file.text()) as DrawRecord;
      assert.equal(verifyDrawRecord(fromFile).matches, true);

      // One inspection per target, numbered, with its inspectors; the drawn inspectors with accounts are told.
      const written = await server.database.db.select().from(inspections).where(eq(inspections.taskId, task.id));
      assert.equal(written.length, expected);
      assert.ok(written.every((n) => n.kind === 'random' && n.status === 'assigned' && /^JC2026\d{6}$/.test(n.number) && n.inspectionItemId === itemId && n.departmentKind === 'city'));
      assert.deepEqual(
        written.map((n) => n.methods),
        written.map(() => ['onsite']),
      );
      const assignments = await rows<{ n: number }>(
        server.database.db,
        sql`select count(*)::int as n from inspection_assignments a join inspections n on n.id = a.inspection_id where n.task_id = ${task.id}`,
      );
      assert.equal(assignments[0]!.n, expected * 2);
      assert.equal(draw.body.draw.inspectionsWritten, expected);
      assert.ok(draw.body.draw.targets.every((t: { inspectionId: string | null }) => t.inspectionId));
      const drawnCity = new Set(record.picks.flatMap((p) => p.inspectors).filter((c) => c.startsWith('ZF-C-')));
      const told = await server.database.db.select().from(notifications).where(eq(notifications.kind, 'inspection_drawn'));
      assert.equal(told.length, drawnCity.size, 'one notification per drawn inspector with an account');
      assert.ok((await auditActions(server.database)).includes('inspection_task.drawn'));

      // The public page now names the targets and their inspectors.
      const after = (await anonymous.get(`/api/v1/public/inspection-tasks/${task.id}`)).body;
      assert.equal(after.targets.length, expected);
      assert.ok(after.targets[0].inspectors[0].name);

      // A second draw is refused, with the reason.
      const again = await city.post(`/api/v1/inspection-tasks/${task.id}/draw`, { version: draw.body.version, witnesses: witnessValues, publicSourceValue: '1' });
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /已经抽取过，每个任务只能抽取一次/);
      assert.equal(await countOf('inspection_draws', task.id), 1);

      // The command line re-runs the downloaded file offline: exit 0; a changed pick: exit 1, naming the check.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-draw-'));
      try {
        const good = path.join(dir, 'draw.json');
        fs.writeFileSync(good, JSON.stringify(fromFile));
        const ok = spawnSync(process.execPath, [BIN, 'draw', 'verify', good], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'postgres://nowhere.invalid/none' } });
        assert.equal(ok.status, 0, ok.stderr);
        assert.match(ok.stdout, /✔ 承诺值一致/);
        assert.match(ok.stdout, /✔ 与公布结果一致/);
        const tampered = structuredClone(fromFile);
        tampered.picks[0]!.inspectors.reverse();
        const bad = path.join(dir, 'tampered.json');
        fs.writeFileSync(bad, JSON.stringify(tampered));
        const refused = spawnSync(process.execPath, [BIN, 'draw', 'verify', bad], { encoding: 'utf8' });
        assert.equal(refused.status, 1);
        assert.match(refused.stderr, /✘ 抽取结果不一致 picks differ（第 1 个检查对象起/);
        assert.match(refused.stderr, /✘ 与公布结果不一致/);
        const notRecord = path.join(dir, 'other.json');
        fs.writeFileSync(notRecord, '{"hello":1}');
        assert.equal(spawnSync(process.execPath, [BIN, 'draw', 'verify', notRecord], { encoding: 'utf8' }).status, 1);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test('an inspector who declared a conflict with a party is never drawn for it; too few left is refused with the numbers and writes nothing', async () => {
      // Only the city's three inspectors; 刘芳 declared a conflict with the enterprise (class D, drawn at 100 %).
      const scope = { districtCodes: ['310115'], categories: [], occupationCodes: [], riskClasses: [] };
      const pool = { departmentKinds: ['city'], districtCodes: [], fields: [] };
      const two = await published('city-admin', { scope, pool, ratios: { A: 5, B: 15, C: 40, D: 100 } });
      const city = await as('city-admin');
      const drawn = await city.post(`/api/v1/inspection-tasks/${two.id}/draw`, { version: two.version, witnesses: witnessValues });
      assert.equal(drawn.status, 200, JSON.stringify(drawn.body));
      const target = drawn.body.draw.targets.find((t: { partyCode: string }) => t.partyCode === enterprise.code);
      assert.deepEqual(target.inspectors.map((i: { code: string }) => i.code).sort(), ['ZF-C-001', 'ZF-C-003'], '刘芳 is passed over; the other two are the only choice');

      const three = await published('city-admin', { scope, pool, ratios: { A: 5, B: 15, C: 40, D: 100 }, inspectorsPerTarget: 3 });
      const refused = await city.post(`/api/v1/inspection-tasks/${three.id}/draw`, { version: three.version, witnesses: witnessValues });
      assert.equal(refused.status, 422);
      assert.match(refused.body.detail, new RegExp(`${enterprise.code}.*2 人.*3 人`));
      assert.equal(await countOf('inspection_draws', three.id), 0);
      assert.equal(await countOf('inspections', three.id), 0);
      const [row] = await server.database.db.select({ status: inspectionTasks.status }).from(inspectionTasks).where(eq(inspectionTasks.id, three.id));
      assert.equal(row!.status, 'committed', 'the task waits, published, for a decision (cancel)');
      const cancelled = await city.post(`/api/v1/inspection-tasks/${three.id}/cancel`, { version: three.version, reason: '回避后检查人员不足，重新组织' });
      assert.equal(cancelled.status, 200);
      assert.equal(cancelled.body.status, 'cancelled');
      const publicPage = (await server.client().get(`/api/v1/public/inspection-tasks/${three.id}`)).body;
      assert.equal(publicPage.status, 'cancelled', 'a cancelled commitment stays public');
    });

    test('publishing with nobody to inspect or nobody to inspect with is refused with the reason, and the draft stays a draft', async () => {
      const city = await as('city-admin');
      const noPool = await city.post('/api/v1/inspection-tasks', taskBody({ pool: { departmentKinds: [], districtCodes: [], fields: ['不存在的领域'] } }));
      const refused = await city.post(`/api/v1/inspection-tasks/${noPool.body.id}/publish`, { version: noPool.body.version });
      assert.equal(refused.status, 422);
      assert.match(refused.body.detail, /执法检查人员名录中没有符合条件/);
      const noParties = await city.post('/api/v1/inspection-tasks', taskBody({ scope: { districtCodes: ['310151'], categories: [], occupationCodes: [], riskClasses: [] } }));
      const empty = await city.post(`/api/v1/inspection-tasks/${noParties.body.id}/publish`, { version: noParties.body.version });
      assert.equal(empty.status, 422);
      assert.match(empty.body.detail, /抽查范围内没有备案有效的评价机构/);
      for (const id of [noPool.body.id, noParties.body.id]) {
        const [row] = await server.database.db.select().from(inspectionTasks).where(eq(inspectionTasks.id, id));
        assert.equal(row!.status, 'draft');
        assert.equal(row!.commitment, null);
        assert.equal(row!.secretSealed, null);
      }
    });

    test('ratios outside their class’s range and a witness named twice are refused with the range; nothing is written', async () => {
      const city = await as('city-admin');
      const before = Number((await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from inspection_tasks`))[0]!.n);
      const ratio = await city.post('/api/v1/inspection-tasks', taskBody({ ratios: { A: 10, B: 15, C: 40, D: 80 } }));
      assert.equal(ratio.status, 400);
      assert.equal(ratio.body.errors[0].field, 'ratios.A');
      assert.match(ratio.body.errors[0].message, /A 类的抽查比例须在 1% 至 5% 之间/);
      const twice = await city.post('/api/v1/inspection-tasks', taskBody({ witnesses: ['王见证', ' 王见证'] }));
      assert.equal(twice.status, 400);
      const one = await city.post('/api/v1/inspection-tasks', taskBody({ witnesses: ['王见证'] }));
      assert.equal(one.status, 400);
      const six = await city.post('/api/v1/inspection-tasks', taskBody({ inspectorsPerTarget: 6 }));
      assert.equal(six.status, 400);
      assert.equal(Number((await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from inspection_tasks`))[0]!.n), before);
    });

    test('a district officer’s task is its district’s: another district is refused naming it, and other departments cannot read or run it', async () => {
      const huangpuOfficer = await as('huangpu-officer');
      const outside = await huangpuOfficer.post('/api/v1/inspection-tasks', taskBody({ scope: { districtCodes: ['310115'], categories: [], occupationCodes: [], riskClasses: [] } }));
      assert.equal(outside.status, 403);
      assert.match(outside.body.detail, /浦东新区/);
      const own = await huangpuOfficer.post('/api/v1/inspection-tasks', taskBody());
      assert.equal(own.status, 201);
      assert.deepEqual(own.body.scope.districtCodes, ['310101']);
      assert.equal(own.body.department, 'district:310101');
      const pudong = await as('pudong-officer');
      const read = await pudong.get(`/api/v1/inspection-tasks/${own.body.id}`);
      assert.equal(read.status, 403);
      assert.match(read.body.detail, /黄浦区/);
      assert.equal((await pudong.post(`/api/v1/inspection-tasks/${own.body.id}/publish`, { version: own.body.version })).status, 403);
      assert.ok(!(await pudong.get('/api/v1/inspection-tasks')).body.items.some((t: { id: string }) => t.id === own.body.id));
      // The city reads every task but runs only its own.
      const city = await as('city-admin');
      assert.equal((await city.get(`/api/v1/inspection-tasks/${own.body.id}`)).status, 200);
      assert.equal((await city.post(`/api/v1/inspection-tasks/${own.body.id}/publish`, { version: own.body.version })).status, 403);
      const industry = await as('industry-officer');
      const foreignOccupation = await industry.post('/api/v1/inspection-tasks', taskBody({ scope: { districtCodes: [], categories: [], occupationCodes: ['4-01-02-01'], riskClasses: [] } }));
      assert.equal(foreignOccupation.status, 403);
      assert.equal((await (await as('inspector-1')).get('/api/v1/inspection-tasks')).status, 403);
      // The 黄浦 task draws only 黄浦 parties.
      const publish = await huangpuOfficer.post(`/api/v1/inspection-tasks/${own.body.id}/publish`, { version: own.body.version });
      assert.equal(publish.body.partyCount, huangpu.length);
    });

    test('a revealed secret that does not hash to the commitment refuses the draw and nothing is redone or written', async () => {
      const task = await published('city-admin');
      const keyring = keyringFor(server.config);
      // A valid seal of another secret, as an insider with the key could write it: it opens, but not to the committed secret.
      await server.database.db
        .update(inspectionTasks)
        .set({ secretSealed: sealSecret(keyring.signingMasterKey, `inspection-task-secret:${task.id}`, '12345') })
        .where(eq(inspectionTasks.id, task.id));
      const city = await as('city-admin');
      const refused = await city.post(`/api/v1/inspection-tasks/${task.id}/draw`, { version: task.version, witnesses: witnessValues });
      assert.equal(refused.status, 409);
      assert.match(refused.body.detail, /与公示的承诺值不一致.*不会重抽/);
      // A seal altered by one character does not open at all: refused the same way.
      await server.database.db.execute(sql`update inspection_tasks set secret_sealed = secret_sealed || 'A' where id = ${task.id}`);
      assert.equal((await city.post(`/api/v1/inspection-tasks/${task.id}/draw`, { version: task.version, witnesses: witnessValues })).status, 409);
      assert.equal(await countOf('inspection_draws', task.id), 0);
      assert.equal(await countOf('inspections', task.id), 0);
    });

    test('two draws of one task at once: exactly one succeeds, the other is told the task was drawn', async () => {
      const task = await published('city-admin');
      const [a, b] = await Promise.all([as('city-admin'), as('city-admin')]);
      const body = { version: task.version, witnesses: witnessValues };
      const results = await Promise.all([a.post(`/api/v1/inspection-tasks/${task.id}/draw`, body), b.post(`/api/v1/inspection-tasks/${task.id}/draw`, body)]);
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
      assert.match(results.find((r) => r.status === 409)!.body.detail, /已经抽取过/);
      assert.equal(await countOf('inspection_draws', task.id), 1);
      const [draw] = await server.database.db.select().from(inspectionDraws).where(eq(inspectionDraws.taskId, task.id));
      assert.equal(await countOf('inspections', task.id), draw!.record.picks.length);
    });

    test('a draw cut off between its chunks is completed by the job, numbering only what is missing and writing nothing twice', async () => {
      const task = await published('city-admin');
      const city = await as('city-admin');
      const drawn = await city.post(`/api/v1/inspection-tasks/${task.id}/draw`, { version: task.version, witnesses: witnessValues });
      assert.equal(drawn.status, 200);
      const all = await server.database.db.select({ id: inspections.id, number: inspections.number }).from(inspections).where(eq(inspections.taskId, task.id));
      // As if the process had stopped before the last chunk: the last two inspections were never written.
      const lost = all.sort((x, y) => x.number.localeCompare(y.number)).slice(-2);
      for (const { id } of lost) {
        await server.database.db.delete(inspectionAssignments).where(eq(inspectionAssignments.inspectionId, id));
        await server.database.db.delete(inspections).where(eq(inspections.id, id));
      }
      assert.equal((await city.get(`/api/v1/inspection-tasks/${task.id}`)).body.draw.inspectionsWritten, all.length - 2);
      const result = await completeInterruptedDraws(systemContext(server.database, server.clock, 'inspection-draws'));
      assert.deepEqual(result, { tasks: 1, inspections: 2 });
      assert.equal(await countOf('inspections', task.id), all.length);
      assert.deepEqual(await completeInterruptedDraws(systemContext(server.database, server.clock, 'inspection-draws')), { tasks: 0, inspections: 0 });
      const notified = await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from notifications where dedupe_key like ${`inspection-draw:${task.id}:%`}`);
      const drawnCity = new Set(drawn.body.draw.targets.flatMap((t: { inspectors: Array<{ code: string }> }) => t.inspectors.map((i) => i.code)).filter((c: string) => c.startsWith('ZF-C-')));
      assert.equal(notified[0]!.n, drawnCity.size, 'completing again tells no one twice');
    });
  });
}
