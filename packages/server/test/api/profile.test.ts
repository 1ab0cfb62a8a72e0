import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/server.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { institutionIdOf } from '../helpers/filing-fixtures.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows } from '../../src/platform/db/client.ts';

// Born 1990-01-01, so 16 on 2006-01-01; the server's clock says 2026-03-02.
const ID = '310101199001011234';
const PHONE = '13912345678';
const DIPLOMA_PDF = '%PDF-1.4\n% diploma\n';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

type Message = { field: string; message: string };
const messageOf = (body: { errors?: Message[] }, field: string) => body.errors?.find((e) => e.field === field)?.message ?? '';
const put = (client: HttpClient, path: string, body: unknown) => client.request('PUT', path, body, {});

const work = (from: string, to: string | null, evidenceFileIds: string[] = []) => ({ occupationCode: '6-18-01-01', employer: '上海某机械厂', from, to, evidenceFileIds });
const emptyProfile = { workHistory: [], certificates: [], diplomas: [], titles: [], apprenticeshipCompletedOn: null };

for (const target of dbTargets()) {
  describe(`profile: a person's declarations and evidence [${target}]`, () => {
    let server: TestServer;
    let candidate: HttpClient;
    let personId: string;
    let diplomaId: string;

    before(async () => {
      server = await startTestServer(target);
      candidate = await server.as('candidate-1');
    });
    after(() => server.close());

    test('a candidate who has not registered their identity is told so, and sees their own record once they have', async () => {
      const unregistered = await candidate.get('/api/v1/people/me');
      assert.equal(unregistered.status, 404);
      assert.match(unregistered.body.detail, /尚未完成实名登记/);
      assert.equal((await (await server.as('enterprise-admin')).get('/api/v1/people/me')).status, 403);
      assert.equal((await server.client().get('/api/v1/people/me')).status, 401);

      const registered = await candidate.post('/api/v1/people/me/identity-claim', { idType: 'resident_id', idNumber: ID, name: '陈一', phone: PHONE });
      assert.equal(registered.status, 201, JSON.stringify(registered.body));
      assert.equal(registered.body.status, 'verified');
      const me = await candidate.get('/api/v1/people/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.idNumberMasked, '3101**********1234');
      assert.equal(me.body.phoneMasked, '139****5678');
      assert.deepEqual(me.body.profile, emptyProfile);
      assert.deepEqual(me.body.files, []);
      personId = me.body.id;
    });

    test('evidence is a PDF or an image, recognised by its content', async () => {
      const disguised = await candidate.upload(`/api/v1/people/${personId}/files`, '毕业证.pdf', 'MZ this is a program', { purpose: 'diploma' });
      assert.equal(disguised.status, 415);
      assert.match(disguised.body.detail, /只接受 PDF、PNG 或 JPEG/);
      const noPurpose = await candidate.upload(`/api/v1/people/${personId}/files`, '毕业证.pdf', DIPLOMA_PDF);
      assert.equal(noPurpose.status, 400);
      assert.match(noPurpose.body.detail, /材料用途无效/);

      const since = await auditCount(server.database);
      const uploaded = await candidate.upload(`/api/v1/people/${personId}/files`, '毕业证.pdf', DIPLOMA_PDF, { purpose: 'diploma' });
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      assert.equal(uploaded.body.contentType, 'application/pdf');
      assert.equal(uploaded.body.purpose, 'diploma');
      assert.deepEqual(await auditActions(server.database, since), ['evidence.uploaded']);
      diplomaId = uploaded.body.id;

      const download = await candidate.get(`/api/v1/evidence-files/${diplomaId}`);
      assert.equal(download.status, 200);
      assert.equal(download.headers.get('content-type'), 'application/pdf');
      assert.equal(download.body, DIPLOMA_PDF);
    });

    test("impossible declarations are refused row by row, in the reader's language, and nothing is saved", async () => {
      const english = server.client({ locale: 'en-US' });
      await english.post('/api/v1/auth/login', { username: 'candidate-1', password: DEMO_PASSWORD });
      const before = { audit: await auditCount(server.database), me: (await candidate.get('/api/v1/people/me')).body };
      const impossible = {
        workHistory: [work('2008-01-01', '2012-01-01', [randomUUID()]), work('2013-05-01', '2013-01-01'), work('2011-06-01', '2014-01-01'), work('2005-03-01', '2005-09-01')],
        certificates: [{ occupationCode: '1-01-01-01', level: 5, number: '', issuedOn: '2026-06-01', evidenceFileIds: [] }],
        diplomas: [{ kind: 'secondary_vocational', major: '数控技术应用', school: '上海市工业技术学校', graduatedOn: '1989-06-30', finalYear: false, evidenceFileIds: [diplomaId] }],
        titles: [],
        apprenticeshipCompletedOn: null,
      };
      const refused = await put(candidate, `/api/v1/people/${personId}/profile`, { version: before.me.version, profile: impossible });
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.match(messageOf(refused.body, 'workHistory.0.evidenceFileIds.0'), /^第 1 条工作经历：所附证明材料不是该人员上传的文件/);
      assert.match(messageOf(refused.body, 'workHistory.1.to'), /^第 2 条工作经历：结束日期早于开始日期/);
      assert.match(messageOf(refused.body, 'workHistory.2.from'), /^第 3 条工作经历：与第 1 条工作经历的时间重叠/);
      assert.match(messageOf(refused.body, 'workHistory.3.from'), /^第 4 条工作经历：开始日期早于年满 16 周岁之日（2006-01-01）/);
      assert.match(messageOf(refused.body, 'certificates.0.issuedOn'), /^第 1 个证书：日期不能晚于今天/);
      assert.match(messageOf(refused.body, 'certificates.0.occupationCode'), /^第 1 个证书：职业编码 1-01-01-01 不在职业目录中/);
      assert.match(messageOf(refused.body, 'diplomas.0.graduatedOn'), /^第 1 条学历：毕业日期早于出生日期/);

      const inEnglish = await put(english, `/api/v1/people/${personId}/profile`, { version: before.me.version, profile: impossible });
      assert.equal(inEnglish.status, 400);
      assert.match(messageOf(inEnglish.body, 'workHistory.1.to'), /^Work history row 2: it ends before it starts/);

      const after = (await candidate.get('/api/v1/people/me')).body;
      assert.deepEqual(after.profile, emptyProfile);
      assert.equal(after.version, before.me.version);
      assert.equal(await auditCount(server.database), before.audit);
    });

    test('a valid profile is saved with its evidence, a stale version is refused, and the audit names no ID number or phone', async () => {
      const me = (await candidate.get('/api/v1/people/me')).body;
      const profile = {
        ...emptyProfile,
        workHistory: [work('2010-07-01', '2015-06-30'), work('2015-07-01', null)],
        certificates: [{ occupationCode: '6-18-01-01', level: 5, number: 'S000031000005000001', issuedOn: '2016-05-20', evidenceFileIds: [] }],
        diplomas: [{ kind: 'secondary_vocational', major: '数控技术应用', school: '上海市工业技术学校', graduatedOn: '2009-06-30', finalYear: false, evidenceFileIds: [diplomaId] }],
      };
      const since = await auditCount(server.database);
      const saved = await put(candidate, `/api/v1/people/${personId}/profile`, { version: me.version, profile });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.version, me.version + 1);
      assert.equal(saved.body.profile.workHistory.length, 2);
      assert.deepEqual(saved.body.profile.diplomas[0].evidenceFileIds, [diplomaId]);
      assert.equal(saved.body.idNumberMasked, '3101**********1234');
      assert.deepEqual(await auditActions(server.database, since), ['person.profile_updated']);
      const [event] = await rows<{ detail: { changed: string[] } }>(server.database.db, sql`select detail from audit_events where seq > ${since}`);
      assert.deepEqual(event!.detail.changed, ['workHistory', 'certificates', 'diplomas']);
      const trail = JSON.stringify(await rows(server.database.db, sql`select * from audit_events`));
      assert.ok(!trail.includes(ID) && !trail.includes(PHONE), 'no clear ID number or phone in the audit trail');

      const stale = await put(candidate, `/api/v1/people/${personId}/profile`, { version: me.version, profile: emptyProfile });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.code, 'STALE_VERSION');
      assert.match(stale.body.detail, /数据已被他人修改/);
      assert.equal((await candidate.get(`/api/v1/people/${personId}/profile`)).body.profile.workHistory.length, 2);
    });

    test('an institution sees and edits the profile only once it holds a relation with the person; the city reads it', async () => {
      const enterprise = await server.as('enterprise-admin');
      const enterpriseId = await institutionIdOf(enterprise);
      assert.equal((await enterprise.get(`/api/v1/people/${personId}/profile`)).status, 403);
      const refused = await put(enterprise, `/api/v1/people/${personId}/profile`, { version: 2, profile: emptyProfile });
      assert.equal(refused.status, 403);
      assert.match(refused.body.detail, /只有本人或与其有登记关系的评价机构可以修改/);
      assert.equal((await enterprise.upload(`/api/v1/people/${personId}/files`, '社保.png', PNG, { purpose: 'work_record' })).status, 403);
      assert.equal((await enterprise.get(`/api/v1/evidence-files/${diplomaId}`)).status, 403);

      const relation = await enterprise.post(`/api/v1/institutions/${enterpriseId}/relations`, {
        person: { idType: 'resident_id', idNumber: ID, name: '陈一' },
        kind: 'employee',
        employmentType: 'direct',
        validFrom: '2015-07-01',
      });
      assert.equal(relation.status, 201, JSON.stringify(relation.body));
      assert.equal(relation.body.personId, personId);

      const seen = await enterprise.get(`/api/v1/people/${personId}/profile`);
      assert.equal(seen.status, 200);
      assert.equal(seen.body.files.length, 1);
      const record = await enterprise.upload(`/api/v1/people/${personId}/files`, '社保缴费记录.png', PNG, { purpose: 'work_record' });
      assert.equal(record.status, 201, JSON.stringify(record.body));
      assert.equal(record.body.contentType, 'image/png');
      const edited = seen.body.profile;
      edited.workHistory[1].evidenceFileIds = [record.body.id];
      const saved = await put(enterprise, `/api/v1/people/${personId}/profile`, { version: seen.body.version, profile: edited });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body.profile.workHistory[1].evidenceFileIds, [record.body.id]);
      assert.equal((await enterprise.get(`/api/v1/evidence-files/${diplomaId}`)).status, 200);
      const png = await candidate.get(`/api/v1/evidence-files/${record.body.id}`);
      assert.equal(png.status, 200);
      assert.equal(png.headers.get('content-type'), 'image/png');

      // The enterprise's own files are not the person's evidence.
      const institutionFile = await enterprise.upload(`/api/v1/institutions/${enterpriseId}/files`, '劳动合同.pdf', DIPLOMA_PDF, { purpose: 'labour_contract' });
      edited.workHistory[0].evidenceFileIds = [institutionFile.body.id];
      const foreign = await put(enterprise, `/api/v1/people/${personId}/profile`, { version: saved.body.version, profile: edited });
      assert.equal(foreign.status, 400);
      assert.match(messageOf(foreign.body, 'workHistory.0.evidenceFileIds.0'), /不是该人员上传的文件/);

      const city = await server.as('city-admin');
      assert.equal((await city.get(`/api/v1/people/${personId}/profile`)).status, 200);
      assert.equal((await put(city, `/api/v1/people/${personId}/profile`, { version: saved.body.version, profile: emptyProfile })).status, 403);
      assert.equal((await (await server.as('pudong-officer')).get(`/api/v1/people/${personId}/profile`)).status, 403);
      assert.equal((await (await server.as('social-admin')).get(`/api/v1/people/${personId}/profile`)).status, 403);
      assert.equal((await (await server.as('social-admin')).get(`/api/v1/evidence-files/${record.body.id}`)).status, 403);
    });
  });
}
