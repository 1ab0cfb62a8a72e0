import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { createAndSubmit, institutionIdOf } from '../helpers/filing-fixtures.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows } from '../../src/platform/db/client.ts';
import { systemContext } from '../../src/boot.ts';
import { inspectionItemById, inspectorOfUser } from '../../src/modules/inspection-registry/index.ts';

interface Problem {
  detail: string;
  errors?: Array<{ field: string; code: string; message: string }>;
}
const fieldsOf = (body: Problem) => (body.errors ?? []).map((e) => e.field);

const newInspector = (overrides: Record<string, unknown> = {}) => ({
  name: '钱进',
  certificateNumber: '31-RS-2024-1503',
  field: '职业技能评价',
  departmentKind: 'district',
  districtCode: '310115',
  industry: null,
  username: null,
  ...overrides,
});

const checklist = [
  { key: 'a', label: '制度齐全', basis: '人社职司便函〔2020〕53号' },
  { key: 'b', label: '场地符合要求' },
];

for (const target of dbTargets()) {
  describe(`supervision registries: items, inspectors, conflicts, parties and risk classes [${target}]`, () => {
    let server: TestServer;
    let city: HttpClient;
    let pudong: HttpClient;
    let huangpu: HttpClient;
    let industry: HttpClient;
    let inspector1: HttpClient;
    let inspector3: HttpClient;
    let enterpriseId: string;
    let socialId: string;
    let zhaoId: string;
    const count = async (table: string) => Number((await rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n);

    before(async () => {
      server = await startTestServer(target);
      city = await server.as('city-admin');
      pudong = await server.as('pudong-officer');
      huangpu = await server.as('huangpu-officer');
      industry = await server.as('industry-officer');
      inspector1 = await server.as('inspector-1');
      inspector3 = await server.as('inspector-3');
      enterpriseId = await institutionIdOf(await server.as('enterprise-admin'));
      socialId = await institutionIdOf(await server.as('social-admin'));
      const zhao = (await city.get('/api/v1/inspectors?q=赵磊')).body.items[0];
      zhaoId = zhao.id;
    });
    after(() => server.close());

    test('the demo registry: four items with their checklists, nine inspectors with the three demo accounts linked', async () => {
      const items = await inspector1.get('/api/v1/inspection-items');
      assert.equal(items.status, 200, JSON.stringify(items.body));
      assert.deepEqual(
        items.body.items.map((i: { name: string }) => i.name),
        ['评价机构日常管理检查', '考务组织现场检查', '证书发放与数据上报检查', '题库与考评人员管理检查'],
      );
      assert.equal(items.body.canWrite, false, 'an inspector reads the items but does not write them');
      for (const item of items.body.items) assert.ok(item.checklist.length >= 6 && item.checklist.length <= 10, item.name);
      const inspectors = await city.get('/api/v1/inspectors?limit=50');
      assert.equal(inspectors.body.items.length, 9);
      const linked = inspectors.body.items.filter((i: { account: unknown }) => i.account).map((i: { name: string; account: { username: string } }) => `${i.name}:${i.account.username}`);
      assert.deepEqual(linked.sort(), ['刘芳:inspector-2', '赵磊:inspector-3', '陈明:inspector-1'].sort());
      const ctx = systemContext(server.database, server.clock, 'test');
      const [user] = await rows<{ id: string }>(server.database.db, sql`select id from users where username = 'inspector-1'`);
      assert.equal((await inspectorOfUser(ctx, user!.id))?.name, '陈明', 'other modules find the signed-in inspector’s registry row');
      assert.equal((await inspectionItemById(ctx, items.body.items[0].id))?.code, 'JCSX-01');
    });

    test('readers: an institution is refused the items, an inspector the officers’ registries, each with the reason', async () => {
      const admin = await (await server.as('enterprise-admin')).get('/api/v1/inspection-items');
      assert.equal(admin.status, 403);
      assert.match(admin.body.detail, /督导员查阅/);
      const registry = await inspector1.get('/api/v1/inspectors');
      assert.equal(registry.status, 403);
      assert.match(registry.body.detail, /监督检查由市、区人社部门和行业主管部门办理/);
    });

    test('items: only the city writes; a repeated line key is refused by line and nothing is written', async () => {
      const refused = await pudong.post('/api/v1/inspection-items', { code: 'X-1', name: '试', legalBasis: '依据', checklist });
      assert.equal(refused.status, 403);
      assert.match(refused.body.detail, /只有市级管理员可以新增、修改或停用检查事项/);
      const items = await count('inspection_items');
      const events = await auditCount(server.database);
      const repeated = await city.post('/api/v1/inspection-items', { code: 'X-1', name: '试', legalBasis: '依据', checklist: [...checklist, { key: 'a', label: '重复' }] });
      assert.equal(repeated.status, 400);
      assert.deepEqual(fieldsOf(repeated.body), ['checklist.2.key']);
      assert.match(repeated.body.errors[0].message, /“a”与第 1 个要点重复/);
      const empty = await city.post('/api/v1/inspection-items', { code: 'X-1', name: '试', legalBasis: '依据', checklist: [] });
      assert.equal(empty.status, 400);
      assert.match(empty.body.errors[0].message, /至少需要 1 个检查要点/);
      const tooLong = await city.post('/api/v1/inspection-items', { code: 'X-1', name: '试', legalBasis: '依据', checklist: Array.from({ length: 61 }, (_, i) => ({ key: `k${i}`, label: '要点' })) });
      assert.equal(tooLong.status, 400);
      const taken = await city.post('/api/v1/inspection-items', { code: 'jcsx-01', name: '试', legalBasis: '依据', checklist });
      assert.equal(taken.status, 409);
      assert.match(taken.body.detail, /JCSX-01 已被“评价机构日常管理检查”使用/);
      assert.equal(await count('inspection_items'), items, 'no refused item was written');
      assert.equal(await auditCount(server.database), events, 'no refused item was audited');
    });

    test('items: created, edited with its version, deactivated with a reason', async () => {
      const created = await city.post('/api/v1/inspection-items', { code: 'jcsx-05', name: '专项检查', legalBasis: '《技能人才评价质量督导工作规程（试行）》', checklist });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.code, 'JCSX-05');
      const stale = await city.put(`/api/v1/inspection-items/${created.body.id}`, { version: 9, name: '专项检查', legalBasis: '依据', checklist });
      assert.equal(stale.status, 409);
      const edited = await city.put(`/api/v1/inspection-items/${created.body.id}`, {
        version: 1,
        name: '专项督导检查',
        legalBasis: '依据',
        checklist: [...checklist, { key: 'c', label: '档案完整' }],
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      assert.equal(edited.body.version, 2);
      assert.equal(edited.body.checklist.length, 3);
      const noReason = await city.post(`/api/v1/inspection-items/${created.body.id}/deactivate`, { version: 2 });
      assert.equal(noReason.status, 400);
      const off = await city.post(`/api/v1/inspection-items/${created.body.id}/deactivate`, { version: 2, reason: '并入日常管理检查' });
      assert.equal(off.status, 200);
      assert.equal(off.body.active, false);
      const inactive = await city.get('/api/v1/inspection-items?active=false');
      assert.deepEqual(
        inactive.body.items.map((i: { code: string }) => i.code),
        ['JCSX-05'],
      );
      const again = await city.post(`/api/v1/inspection-items/${created.body.id}/deactivate`, { version: 3, reason: '再次' });
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /已停用/);
      const actions = await auditActions(server.database);
      assert.ok(['inspection_item.created', 'inspection_item.updated', 'inspection_item.deactivated'].every((a) => actions.includes(a)));
    });

    test('inspectors: a duplicate certificate number is refused naming its holder, and nothing is written', async () => {
      const before = await count('inspectors');
      const events = await auditCount(server.database);
      const duplicate = await city.post('/api/v1/inspectors', newInspector({ certificateNumber: '31-rs-2021-1501' }));
      assert.equal(duplicate.status, 409);
      assert.match(duplicate.body.detail, /执法证号 31-RS-2021-1501 已登记在督导员 赵磊 名下/);
      assert.deepEqual(fieldsOf(duplicate.body), ['certificateNumber']);
      const noDistrict = await city.post('/api/v1/inspectors', newInspector({ districtCode: null }));
      assert.equal(noDistrict.status, 400);
      assert.deepEqual(fieldsOf(noDistrict.body), ['districtCode']);
      const notInspector = await city.post('/api/v1/inspectors', newInspector({ username: 'enterprise-admin' }));
      assert.equal(notInspector.status, 400);
      assert.match(notInspector.body.errors[0].message, /不是督导员账号/);
      const linkedElsewhere = await city.post('/api/v1/inspectors', newInspector({ username: 'inspector-1' }));
      assert.equal(linkedElsewhere.status, 400);
      assert.match(linkedElsewhere.body.errors[0].message, /已关联督导员 陈明/);
      assert.equal(await count('inspectors'), before);
      assert.equal(await auditCount(server.database), events);
    });

    test('inspectors: a district officer keeps only its own district’s; others are refused naming why', async () => {
      const cityInspector = await pudong.post('/api/v1/inspectors', newInspector({ departmentKind: 'city', districtCode: null }));
      assert.equal(cityInspector.status, 403);
      assert.match(cityInspector.body.detail, /该督导员属于市人社局，区人社局只能维护本区人社局的督导员/);
      const otherDistrict = await huangpu.post('/api/v1/inspectors', newInspector());
      assert.equal(otherDistrict.status, 403);
      assert.match(otherDistrict.body.detail, /该督导员属于浦东新区人社局/);
      const zhao = (await city.get(`/api/v1/inspectors/${zhaoId}`)).body;
      const edit = await huangpu.put(`/api/v1/inspectors/${zhaoId}`, { ...newInspector({ name: '赵磊', certificateNumber: zhao.certificateNumber, username: 'inspector-3' }), version: zhao.version });
      assert.equal(edit.status, 403);
      assert.match(edit.body.detail, /浦东新区/);
      const industryWrite = await industry.post('/api/v1/inspectors', newInspector());
      assert.equal(industryWrite.status, 403);
      assert.match(industryWrite.body.detail, /由市人社局和各区人社局维护/);

      const created = await pudong.post('/api/v1/inspectors', newInspector());
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.canWrite, true);
      assert.equal(created.body.districtName, '浦东新区');
      const moved = await pudong.put(`/api/v1/inspectors/${created.body.id}`, { ...newInspector({ districtCode: '310101' }), version: created.body.version });
      assert.equal(moved.status, 403, 'moving an inspector to another district is the city’s');
      const edited = await pudong.put(`/api/v1/inspectors/${created.body.id}`, { ...newInspector({ field: '数控加工' }), version: created.body.version });
      assert.equal(edited.status, 200);
      assert.equal(edited.body.field, '数控加工');
      const off = await pudong.post(`/api/v1/inspectors/${created.body.id}/deactivate`, { version: edited.body.version, reason: '调离' });
      assert.equal(off.status, 200);
      assert.equal(off.body.active, false);
      const active = await city.get('/api/v1/inspectors?active=false');
      assert.deepEqual(
        active.body.items.map((i: { name: string }) => i.name),
        ['钱进'],
      );
    });

    test('inspectors: filters by department, district and field, and paging walks every row once', async () => {
      const pudongDistrict = await city.get('/api/v1/inspectors?departmentKind=district&district=310115&active=true');
      assert.deepEqual(pudongDistrict.body.items.map((i: { name: string }) => i.name).sort(), ['周伟', '赵磊'].sort());
      const byField = await city.get(`/api/v1/inspectors?field=${encodeURIComponent('考务')}`);
      assert.deepEqual(
        byField.body.items.map((i: { name: string }) => i.name),
        ['刘芳'],
      );
      const byCertificate = await city.get('/api/v1/inspectors?q=31-jx');
      assert.deepEqual(
        byCertificate.body.items.map((i: { name: string }) => i.name),
        ['吴建华'],
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await city.get(`/api/v1/inspectors?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      const all = await city.get('/api/v1/inspectors?limit=200');
      assert.deepEqual(
        seen,
        all.body.items.map((i: { id: string }) => i.id),
      );
      assert.equal(new Set(seen).size, seen.length);
      const forged = await city.get(`/api/v1/inspectors?cursor=${Buffer.from('{"name":1}').toString('base64url')}`);
      assert.equal(forged.status, 400);
    });

    test('conflicts: 赵磊 sees his own declaration; a second one is refused; another inspector cannot declare for him', async () => {
      const mine = await inspector3.get('/api/v1/inspectors/mine');
      assert.equal(mine.status, 200, JSON.stringify(mine.body));
      assert.equal(mine.body.name, '赵磊');
      assert.equal(mine.body.canDeclareConflicts, true);
      assert.deepEqual(
        mine.body.conflicts.map((c: { institutionId: string; reason: string; declaredByName: string }) => [c.institutionId, c.reason, c.declaredByName]),
        [[enterpriseId, '曾任该企业职工培训中心兼职讲师', '督导员 赵磊']],
      );
      const again = await inspector3.post(`/api/v1/inspectors/${zhaoId}/conflicts`, { institutionId: enterpriseId, reason: '再次申报' });
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /赵磊 已申报与“上海浦江精密机械有限公司（企业技能人才自主评价）”回避/);
      const forHim = await inspector1.post(`/api/v1/inspectors/${zhaoId}/conflicts`, { institutionId: enterpriseId, reason: '代为申报' });
      assert.equal(forHim.status, 403);
      assert.match(forHim.body.detail, /只能申报或撤回本人的回避事项/);
      const huangpuFor = await huangpu.post(`/api/v1/inspectors/${zhaoId}/conflicts`, { institutionId: enterpriseId, reason: '代为申报' });
      assert.equal(huangpuFor.status, 403);
    });

    test('conflicts: an inspector declares their own, the officers see it on the detail, and withdrawing it is audited with the reason', async () => {
      const chen = (await inspector1.get('/api/v1/inspectors/mine')).body;
      const notParty = await inspector1.post(`/api/v1/inspectors/${chen.id}/conflicts`, { institutionId: socialId, reason: '亲属任职' });
      assert.equal(notParty.status, 400, 'an institution with no filing in force is no party');
      assert.match(notParty.body.errors[0].message, /没有有效备案/);
      const declared = await inspector1.post(`/api/v1/inspectors/${chen.id}/conflicts`, { institutionId: enterpriseId, reason: '配偶在该企业任职' });
      assert.equal(declared.status, 201, JSON.stringify(declared.body));
      const seen = await pudong.get(`/api/v1/inspectors/${chen.id}`);
      assert.deepEqual(
        seen.body.conflicts.map((c: { reason: string; institutionName: string }) => [c.institutionName, c.reason]),
        [['上海浦江精密机械有限公司（企业技能人才自主评价）', '配偶在该企业任职']],
      );
      assert.equal(seen.body.canDeclareConflicts, false, 'a district officer does not keep a city inspector’s record');
      const listed = await city.get('/api/v1/inspectors?q=陈明');
      assert.equal(listed.body.items[0].conflictCount, 1);
      const conflictId = declared.body.conflicts[0].id;
      const noReason = await inspector1.post(`/api/v1/inspectors/${chen.id}/conflicts/${conflictId}/withdraw`, {});
      assert.equal(noReason.status, 400);
      const withdrawn = await inspector1.post(`/api/v1/inspectors/${chen.id}/conflicts/${conflictId}/withdraw`, { reason: '配偶已离职' });
      assert.equal(withdrawn.status, 200);
      assert.deepEqual(withdrawn.body.conflicts, []);
      const [event] = await rows<{ detail: { reason: string; declaredReason: string } }>(
        server.database.db,
        sql`select detail from audit_events where action = 'inspector.conflict_withdrawn' order by seq desc limit 1`,
      );
      assert.equal(event!.detail.reason, '配偶已离职');
      assert.equal(event!.detail.declaredReason, '配偶在该企业任职');
    });

    test('parties: the institutions with a filing in force, in each officer’s scope, with occupations, sites and risk class', async () => {
      const all = await city.get('/api/v1/inspection-parties');
      assert.equal(all.status, 200, JSON.stringify(all.body));
      assert.deepEqual(
        all.body.items.map((p: { institutionId: string }) => p.institutionId),
        [enterpriseId],
        'only the enterprise holds a filing in force',
      );
      const party = all.body.items[0];
      assert.match(party.filingNumber, /^沪评备\d{4}115\d{4}$/);
      assert.deepEqual(party.occupations, [{ code: '6-18-01-01', name: '车工' }]);
      assert.deepEqual(
        party.sites.map((s: { name: string }) => s.name),
        ['张江实训中心'],
      );
      assert.equal(party.riskClass, 'A');
      assert.equal(party.riskAssessed, true);
      assert.equal(party.canSetRiskClass, true);
      assert.deepEqual((await industry.get('/api/v1/inspection-parties')).body.items.length, 1, 'the industry officer supervises 车工');
      assert.deepEqual((await pudong.get('/api/v1/inspection-parties')).body.items.length, 1);
      assert.deepEqual((await huangpu.get('/api/v1/inspection-parties')).body.items, []);
      const other = await huangpu.get('/api/v1/inspection-parties?district=310115');
      assert.equal(other.status, 403);
      assert.match(other.body.detail, /浦东新区/);
      const detail = await huangpu.get(`/api/v1/inspection-parties/${enterpriseId}`);
      assert.equal(detail.status, 403);
      assert.equal((await pudong.get(`/api/v1/inspection-parties/${enterpriseId}`)).body.canSetRiskClass, false);
      assert.equal((await city.get(`/api/v1/inspection-parties/${socialId}`)).status, 404, 'an institution without a filing in force is no party');
    });

    test('risk class: only the city sets it; stale and bad input write nothing; a change is versioned and audited with its basis', async () => {
      const party = (await city.get(`/api/v1/inspection-parties/${enterpriseId}`)).body;
      assert.equal(party.riskVersion, 1);
      assert.deepEqual(
        party.riskHistory.map((h: { riskClass: string }) => h.riskClass),
        ['A'],
      );
      const district = await pudong.put(`/api/v1/inspection-parties/${enterpriseId}/risk-class`, { riskClass: 'D', basis: '投诉较多', version: 1 });
      assert.equal(district.status, 403);
      assert.match(district.body.detail, /风险分类由市人社局统一评定/);
      const events = await auditCount(server.database);
      const bad = await city.put(`/api/v1/inspection-parties/${enterpriseId}/risk-class`, { riskClass: 'E', basis: '', version: 1 });
      assert.equal(bad.status, 400);
      assert.deepEqual(fieldsOf(bad.body).sort(), ['basis', 'riskClass']);
      const stale = await city.put(`/api/v1/inspection-parties/${enterpriseId}/risk-class`, { riskClass: 'D', basis: '投诉较多', version: null });
      assert.equal(stale.status, 409);
      assert.equal(await auditCount(server.database), events);
      assert.equal((await city.get(`/api/v1/inspection-parties/${enterpriseId}`)).body.riskClass, 'A', 'nothing changed');

      const set = await city.put(`/api/v1/inspection-parties/${enterpriseId}/risk-class`, { riskClass: 'D', basis: '2026 年一季度抽查发现考务记录不全，投诉 3 起', version: 1 });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      assert.equal(set.body.version, 2);
      assert.equal(set.body.party.riskClass, 'D');
      assert.deepEqual(
        set.body.party.riskHistory.map((h: { riskClass: string; by: string }) => [h.riskClass, h.by]),
        [
          ['A', '市人社局管理员'],
          ['D', '市人社局管理员'],
        ],
      );
      assert.equal(set.body.party.riskHistory[1].basis, '2026 年一季度抽查发现考务记录不全，投诉 3 起');
      assert.equal((await auditActions(server.database, events)).join(), 'inspection_registry.risk_class_set');
      assert.deepEqual(
        (await city.get('/api/v1/inspection-parties?riskClass=D')).body.items.map((p: { institutionId: string }) => p.institutionId),
        [enterpriseId],
      );
      assert.deepEqual((await city.get('/api/v1/inspection-parties?riskClass=A')).body.items, []);
    });

    test('risk class: a class set before the filing applies once it is in force; a party nobody classed is sampled as B and says so', async () => {
      const filing = await createAndSubmit(await server.as('social-admin'), socialId);
      const approved = await huangpu.post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, reason: '同意', institutionCode: '0101', siteSequence: '010001' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      const social = (await city.get(`/api/v1/inspection-parties/${socialId}`)).body;
      assert.equal(social.riskClass, 'C', 'the class the demo gave the social organisation before it filed');
      assert.equal(social.riskAssessed, true);
      await rows(server.database.db, sql`delete from institution_risk_classes where institution_id = ${socialId}`);
      const unclassed = (await huangpu.get('/api/v1/inspection-parties')).body.items[0];
      assert.equal(unclassed.institutionId, socialId);
      assert.deepEqual([unclassed.riskClass, unclassed.riskAssessed, unclassed.riskVersion], ['B', false, null]);
      assert.deepEqual(
        (await city.get('/api/v1/inspection-parties?riskClass=B')).body.items.map((p: { institutionId: string }) => p.institutionId),
        [socialId],
      );
      const first = await city.put(`/api/v1/inspection-parties/${socialId}/risk-class`, { riskClass: 'C', basis: '新备案社会组织', version: null });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(first.body.version, 1);
      const byCategory = await city.get('/api/v1/inspection-parties?category=social&occupation=6-18-01-01');
      assert.deepEqual(
        byCategory.body.items.map((p: { institutionId: string }) => p.institutionId),
        [socialId],
      );
    });
  });
}
