import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows } from '../../src/platform/db/client.ts';

const ID = '310101199001011234';
const OTHER_ID = '310115198506153215';
const PARTNER_CREDIT_CODE = '91350100M000100Y43';
const PDF = '%PDF-1.4\n% agreement\n';

type Message = { field: string; message: string };
const messageOf = (body: { errors?: Message[] }, field: string) => body.errors?.find((e) => e.field === field)?.message ?? '';

for (const target of dbTargets()) {
  describe(`relations: agreements and people's relations to institutions [${target}]`, () => {
    let server: TestServer;
    let enterprise: HttpClient;
    let social: HttpClient;
    let school: HttpClient;
    let enterpriseId: string;
    let socialId: string;
    let schoolId: string;
    const count = async (table: string) => (await rows<{ n: number }>(server.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

    before(async () => {
      server = await startTestServer(target);
      [enterprise, social, school] = await Promise.all([server.as('enterprise-admin'), server.as('social-admin'), server.as('school-admin')]);
      [enterpriseId, socialId, schoolId] = await Promise.all([institutionIdOf(enterprise), institutionIdOf(social), institutionIdOf(school)]);
    });
    after(() => server.close());

    test('an employer uploads the evidence and records an agreement; a wrong credit code or period is refused with nothing written', async () => {
      const disguised = await enterprise.upload(`/api/v1/institutions/${enterpriseId}/files`, '协议.pdf', 'MZ not a pdf', { purpose: 'agreement' });
      assert.equal(disguised.status, 415);
      assert.match(disguised.body.detail, /只接受 PDF、PNG 或 JPEG/);
      const noPurpose = await enterprise.upload(`/api/v1/institutions/${enterpriseId}/files`, '协议.pdf', PDF, { purpose: 'holiday_photos' });
      assert.equal(noPurpose.status, 400);
      assert.match(noPurpose.body.detail, /材料用途无效/);
      assert.equal((await (await server.as('pudong-officer')).upload(`/api/v1/institutions/${enterpriseId}/files`, 'a.pdf', PDF, { purpose: 'agreement' })).status, 403);

      const since = await auditCount(server.database);
      const file = await enterprise.upload(`/api/v1/institutions/${enterpriseId}/files`, '校企合作协议.pdf', PDF, { purpose: 'agreement' });
      assert.equal(file.status, 201, JSON.stringify(file.body));
      assert.equal(file.body.contentType, 'application/pdf');
      assert.equal(file.body.fileName, '校企合作协议.pdf');
      assert.deepEqual(await auditActions(server.database, since), ['evidence.uploaded']);

      const before = await auditCount(server.database);
      const agreements = await count('institution_agreements');
      const bad = await enterprise.post(`/api/v1/institutions/${enterpriseId}/agreements`, {
        kind: 'cooperation',
        counterpartName: '上海某职业技术学院',
        counterpartCreditCode: '91350100M000100Y44',
        validFrom: '2026-01-01',
        validUntil: '2025-12-31',
        evidenceFileIds: [randomUUID()],
      });
      assert.equal(bad.status, 400);
      assert.match(messageOf(bad.body, 'counterpartCreditCode'), /统一社会信用代码校验位不正确/);
      assert.match(messageOf(bad.body, 'validUntil'), /结束日期不能早于开始日期/);
      assert.match(messageOf(bad.body, 'evidenceFileIds.0'), /不是本机构上传的文件/);
      assert.equal(await count('institution_agreements'), agreements);
      assert.equal(await auditCount(server.database), before);

      const created = await enterprise.post(`/api/v1/institutions/${enterpriseId}/agreements`, {
        kind: 'cooperation',
        counterpartName: '上海某职业技术学院',
        counterpartCreditCode: PARTNER_CREDIT_CODE.toLowerCase(),
        validFrom: '2025-09-01',
        validUntil: '2028-08-31',
        evidenceFileIds: [file.body.id],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.counterpartCreditCode, PARTNER_CREDIT_CODE);
      assert.deepEqual(created.body.evidenceFileIds, [file.body.id]);
      assert.deepEqual(created.body.evidenceFiles, [{ id: file.body.id, fileName: file.body.fileName }], 'the view names the file it cites');
      assert.deepEqual(await auditActions(server.database, before), ['agreement.created']);

      const listed = await enterprise.get(`/api/v1/institutions/${enterpriseId}/agreements`);
      assert.ok(listed.body.items.some((a: { id: string }) => a.id === created.body.id));
      assert.equal((await (await server.as('pudong-officer')).get(`/api/v1/institutions/${enterpriseId}/agreements`)).status, 200);
      assert.equal((await (await server.as('city-admin')).get(`/api/v1/institutions/${enterpriseId}/agreements`)).status, 200);
      const huangpu = await (await server.as('huangpu-officer')).get(`/api/v1/institutions/${enterpriseId}/agreements`);
      assert.equal(huangpu.status, 403);
      assert.match(huangpu.body.detail, /浦东新区/);
      assert.equal(
        (
          await social.post(`/api/v1/institutions/${enterpriseId}/agreements`, {
            kind: 'entrustment',
            counterpartName: '某公司',
            counterpartCreditCode: PARTNER_CREDIT_CODE,
            validFrom: '2026-01-01',
            validUntil: '2026-12-31',
          })
        ).status,
        403,
      );

      // Evidence of an institution is read by those who may read its relations.
      const download = await (await server.as('pudong-officer')).get(`/api/v1/evidence-files/${file.body.id}`);
      assert.equal(download.status, 200);
      assert.equal(download.headers.get('content-type'), 'application/pdf');
      assert.equal(download.body, PDF);
      assert.equal((await (await server.as('huangpu-officer')).get(`/api/v1/evidence-files/${file.body.id}`)).status, 403);
      assert.equal((await school.get(`/api/v1/evidence-files/${file.body.id}`)).status, 403);
    });

    test('only an employer holds agreements', async () => {
      const refused = await social.post(`/api/v1/institutions/${socialId}/agreements`, {
        kind: 'entrustment',
        counterpartName: '上海某企业',
        counterpartCreditCode: PARTNER_CREDIT_CODE,
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
      });
      assert.equal(refused.status, 409);
      assert.match(refused.body.detail, /只有用人单位（Y类）登记校企合作协议或委托评价协议/);
    });

    test('every field that does not fit the relation is reported in Chinese, and nothing is written', async () => {
      const before = { audit: await auditCount(server.database), persons: await count('persons'), relations: await count('person_relations') };
      const wrong = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: '310101199001011235', name: '陈一' },
        kind: 'employee',
        agreementId: randomUUID(),
        graduationDate: '2026-07-01',
        validFrom: '2026-01-01',
        validUntil: '2025-01-01',
        evidenceFileIds: [randomUUID()],
      });
      assert.equal(wrong.status, 400);
      assert.match(messageOf(wrong.body, 'person.idNumber'), /校验位不正确/);
      assert.match(messageOf(wrong.body, 'employmentType'), /须选择用工形式/);
      assert.match(messageOf(wrong.body, 'agreementId'), /无需关联协议/);
      assert.match(messageOf(wrong.body, 'graduationDate'), /只有学生类关系/);
      assert.match(messageOf(wrong.body, 'validUntil'), /终止日期不能早于开始日期/);
      assert.match(messageOf(wrong.body, 'evidenceFileIds.0'), /不是本机构上传的文件/);

      const schoolKind = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '陈一' },
        kind: 'enrolled_student',
        graduationDate: '2026-07-01',
        validFrom: '2025-09-01',
      });
      assert.equal(schoolKind.status, 400);
      assert.match(messageOf(schoolKind.body, 'kind'), /“本校在籍学生”关系只适用于院校，本机构为用人单位（Y类）/);

      const student = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '陈一' },
        kind: 'cooperation_student',
        validFrom: '2025-09-01',
      });
      assert.equal(student.status, 400);
      assert.match(messageOf(student.body, 'agreementId'), /须关联本机构登记的校企合作协议/);
      assert.match(messageOf(student.body, 'graduationDate'), /须填写预计毕业日期/);

      const [cooperation] = (await enterprise.get(`/api/v1/institutions/${enterpriseId}/agreements`)).body.items;
      const entrusted = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '陈一' },
        kind: 'entrusted_employee',
        agreementId: cooperation.id,
        validFrom: '2025-09-01',
      });
      assert.equal(entrusted.status, 400);
      assert.match(messageOf(entrusted.body, 'agreementId'), /须关联委托评价协议，所选协议类型不符/);

      const unknownField = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '陈一' },
        kind: 'employee',
        employmentType: 'direct',
        validFrom: '2025-09-01',
        institutionId: socialId,
      });
      assert.equal(unknownField.status, 400);

      assert.deepEqual(
        { audit: await auditCount(server.database), persons: await count('persons'), relations: await count('person_relations') },
        before,
        'a refused relation registers no person and writes no audit event',
      );
    });

    test('a relation attaches to the one person with that ID, shown masked, and lets the institution see the person', async () => {
      const since = await auditCount(server.database);
      const created = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '陈一', phone: '13912345678' },
        kind: 'employee',
        employmentType: 'dispatched',
        employerName: '上海某劳务派遣公司',
        validFrom: '2024-03-01',
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.personName, '陈一');
      assert.equal(created.body.personIdNumberMasked, '3101**********1234');
      assert.equal(created.body.employmentType, 'dispatched');
      assert.equal(created.body.validUntil, null);
      assert.deepEqual(await auditActions(server.database, since), ['person.registered', 'relation.created']);
      const trail = JSON.stringify(await rows(server.database.db, sql`select * from audit_events`));
      assert.ok(!trail.includes(ID) && !trail.includes('13912345678'), 'no clear ID number or phone in the audit trail');

      const again = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '陈一' },
        kind: 'employee',
        employmentType: 'direct',
        validFrom: '2025-01-01',
      });
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /已有一条与此期间重叠的“本单位职工”关系（2024-03-01 起）/);

      // Before its own relation the social organisation may not see the person; after it, it may.
      assert.equal((await social.get(`/api/v1/people/${created.body.personId}`)).status, 403);
      const persons = await count('persons');
      const residence = await social.post(`/api/v1/institutions/${socialId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '陈一' },
        kind: 'shanghai_residence',
        validFrom: '2020-01-01',
      });
      assert.equal(residence.status, 201, JSON.stringify(residence.body));
      assert.equal(residence.body.personId, created.body.personId, 'one person per ID across the city');
      assert.equal(await count('persons'), persons);
      assert.equal((await social.get(`/api/v1/people/${created.body.personId}`)).status, 200);

      const before = await auditCount(server.database);
      const typo = await school.post(`/api/v1/institutions/${schoolId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '王五' },
        kind: 'enrolled_student',
        graduationDate: '2026-07-01',
        validFrom: '2023-09-01',
      });
      assert.equal(typo.status, 400);
      assert.match(messageOf(typo.body, 'person.name'), /已登记的姓名与填写的姓名不一致/);
      assert.ok(!JSON.stringify(typo.body).includes('陈一'), 'the registered name is not disclosed');
      // Nothing is written but the record of the failed look-up itself (counted against enumeration).
      assert.deepEqual(await auditActions(server.database, before), ['identity.name_mismatch']);
    });

    test('relations are listed masked, found by name or the last digits of the ID, and only within scope', async () => {
      await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: OTHER_ID, name: '林二' },
        kind: 'employee',
        employmentType: 'direct',
        validFrom: '2022-05-01',
      });
      const all = await enterprise.get(`/api/v1/institutions/${enterpriseId}/relations`);
      assert.equal(all.status, 200);
      const names = all.body.items.map((r: { personName: string }) => r.personName);
      assert.ok(names.includes('陈一') && names.includes('林二'), names.join());
      const text = JSON.stringify(all.body);
      assert.ok(!text.includes(ID) && !text.includes(OTHER_ID), 'only masked ID numbers are listed');

      const byDigits = await enterprise.get(`/api/v1/institutions/${enterpriseId}/relations?q=3215`);
      assert.deepEqual(
        byDigits.body.items.map((r: { personName: string }) => r.personName),
        ['林二'],
      );
      const byName = await enterprise.get(`/api/v1/institutions/${enterpriseId}/relations?q=${encodeURIComponent('陈一')}`);
      assert.deepEqual(
        byName.body.items.map((r: { personIdNumberMasked: string }) => r.personIdNumberMasked),
        ['3101**********1234'],
      );
      // The full number is not searchable: the list does not become a lookup of ID numbers.
      assert.deepEqual((await enterprise.get(`/api/v1/institutions/${enterpriseId}/relations?q=${ID}`)).body.items, []);
      assert.deepEqual((await enterprise.get(`/api/v1/institutions/${enterpriseId}/relations?q=%25`)).body.items, []);

      assert.equal((await (await server.as('pudong-officer')).get(`/api/v1/institutions/${enterpriseId}/relations`)).body.items.length, all.body.items.length);
      const huangpu = await (await server.as('huangpu-officer')).get(`/api/v1/institutions/${enterpriseId}/relations`);
      assert.equal(huangpu.status, 403);
      assert.match(huangpu.body.detail, /超出管辖范围/);
      const otherInstitution = await social.get(`/api/v1/institutions/${enterpriseId}/relations`);
      assert.equal(otherInstitution.status, 403);
      assert.match(otherInstitution.body.detail, /无权访问该评价机构/);
      assert.equal((await server.client().get(`/api/v1/institutions/${enterpriseId}/relations`)).status, 401);
    });

    test('a relation is ended, not deleted, under optimistic locking', async () => {
      const [relation] = (await enterprise.get(`/api/v1/institutions/${enterpriseId}/relations?q=3215`)).body.items;
      const early = await enterprise.post(`/api/v1/relations/${relation.id}/end`, { version: relation.version, validUntil: '2022-04-30' });
      assert.equal(early.status, 400);
      assert.match(messageOf(early.body, 'validUntil'), /不能早于关系开始日期（2022-05-01）/);
      assert.equal((await (await server.as('pudong-officer')).post(`/api/v1/relations/${relation.id}/end`, { version: relation.version, validUntil: '2026-02-28' })).status, 403);

      const since = await auditCount(server.database);
      const ended = await enterprise.post(`/api/v1/relations/${relation.id}/end`, { version: relation.version, validUntil: '2026-02-28' });
      assert.equal(ended.status, 200, JSON.stringify(ended.body));
      assert.equal(ended.body.validUntil, '2026-02-28');
      assert.equal(ended.body.version, relation.version + 1);
      assert.deepEqual(await auditActions(server.database, since), ['relation.ended']);

      const stale = await enterprise.post(`/api/v1/relations/${relation.id}/end`, { version: relation.version, validUntil: '2026-01-31' });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.code, 'STALE_VERSION');
      const twice = await enterprise.post(`/api/v1/relations/${relation.id}/end`, { version: ended.body.version, validUntil: '2026-01-31' });
      assert.equal(twice.status, 409);
      assert.match(twice.body.detail, /已于 2026-02-28 终止/);
      const [stored] = await rows<{ valid_until: string }>(server.database.db, sql`select valid_until::text from person_relations where id = ${relation.id}`);
      assert.equal(stored!.valid_until, '2026-02-28');
    });
  });
}
