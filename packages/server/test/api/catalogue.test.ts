import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from '../../src/platform/files/xlsx.ts';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditCount } from '../helpers/audit.ts';
import { createAndSubmit, institutionIdOf, turningFiling } from '../helpers/filing-fixtures.ts';

const HEADER = '职业编码,职业名称,工种,等级,标准版本';

for (const target of dbTargets()) {
  describe(`catalogue import and export [${target}]`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(target);
    });
    after(() => server.close());

    test('one bad row writes nothing and the report names that row and column', async () => {
      const city = await server.as('city-admin');
      const before = await auditCount(server.database);
      const csv = [HEADER, '6-18-01-02,铣工,数控铣工,5|4|3,2018', '6-18-01-03,钳工,,5|4|9,2018', '6-18-01-04,磨工,,5|4,2023'].join('\n');
      const response = await city.upload('/api/v1/catalogue/imports', 'catalogue.csv', csv);
      assert.equal(response.status, 422);
      assert.equal(response.body.ok, false);
      assert.deepEqual(
        response.body.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        [[3, '等级']],
      );
      assert.match(response.body.errors[0].message, /只能是 1–5/);
      assert.equal(await auditCount(server.database), before);
      const occupations = (await server.client().get('/api/v1/occupations')).body.map((o: { code: string }) => o.code);
      assert.ok(!occupations.includes('6-18-01-02'), 'the good rows of a failed file are not imported either');
    });

    test('a good Excel import is visible at once, and usable in a filing', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('职业目录');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['6-18-01-02', '铣工', '数控铣工|普通铣工', '5|4|3', '2023']);
      const file = new Uint8Array(await workbook.xlsx.writeBuffer());
      const response = await (await server.as('city-admin')).upload('/api/v1/catalogue/imports', '目录.xlsx', file);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      assert.deepEqual(response.body, { ok: true, rows: 1, occupations: 1, withdrawn: { workTypes: 0, levels: 0 } });
      const milling = (await server.client().get('/api/v1/occupations')).body.find((o: { code: string }) => o.code === '6-18-01-02');
      assert.deepEqual(milling, { code: '6-18-01-02', nameZh: '铣工', workTypes: ['数控铣工', '普通铣工'], levels: [5, 4, 3], verified: true, standardVersion: '2023' });
      const school = await server.as('school-admin');
      const body = turningFiling();
      body.scope.push({ occupationCode: '6-18-01-02', workType: '数控铣工', level: 4 });
      assert.equal((await school.post(`/api/v1/institutions/${await institutionIdOf(school)}/filings`, body)).status, 201);
    });

    test('withdrawing a level keeps existing filings but refuses it in new scope', async () => {
      const social = await server.as('social-admin');
      const filing = await createAndSubmit(social, await institutionIdOf(social));
      const huangpu = await server.as('huangpu-officer');
      await huangpu.post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode: '0201', siteSequence: '000002' });
      const csv = [HEADER, '6-18-01-01,车工,数控车工|普通车工,5|4|2|1,2018'].join('\n');
      const withdrawn = await (await server.as('city-admin')).upload('/api/v1/catalogue/imports', 'withdraw.csv', csv);
      assert.deepEqual(withdrawn.body.withdrawn, { workTypes: 0, levels: 1 });
      const detail = (await social.get(`/api/v1/filings/${filing.id}`)).body;
      assert.equal(detail.status, 'approved');
      assert.deepEqual(
        detail.scope.filter((s: { withdrawn: boolean }) => s.withdrawn).map((s: { level: number }) => s.level),
        [3],
      );
      // A new application (here an amendment of the filing in force) may no longer name level 3.
      const refused = await social.post(`/api/v1/institutions/${await institutionIdOf(social)}/amendments`, turningFiling([3]));
      assert.equal(refused.status, 400);
      assert.equal(refused.body.errors[0].code, 'scope.levelNotRegistrable');
    });

    test('wrong headers, wrong file types and non-admins are refused clearly', async () => {
      const city = await server.as('city-admin');
      const headers = await city.upload('/api/v1/catalogue/imports', 'x.csv', 'a,b,c\n1,2,3');
      assert.equal(headers.status, 400);
      assert.match(headers.body.detail, /缺少列：职业编码、职业名称、等级/);
      assert.equal((await city.upload('/api/v1/catalogue/imports', 'x.pdf', '%PDF')).status, 400);
      const notXlsx = await city.upload('/api/v1/catalogue/imports', 'x.xlsx', 'not a zip');
      assert.equal(notXlsx.status, 400);
      assert.match(notXlsx.body.detail, /无法读取文件/);
      assert.equal((await (await server.as('huangpu-officer')).upload('/api/v1/catalogue/imports', 'x.csv', HEADER)).status, 403);
    });

    test('the template and the export download as spreadsheets that import again', async () => {
      const template = await fetch(`${server.baseUrl}/api/v1/catalogue/template.xlsx`);
      assert.equal(template.status, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await template.arrayBuffer());
      assert.deepEqual((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1), HEADER.split(','));
      const exported = await fetch(`${server.baseUrl}/api/v1/catalogue/export?format=csv`);
      const text = await exported.text();
      assert.match(text, /6-18-01-01,车工,数控车工\|普通车工/);
      const again = await (await server.as('city-admin')).upload('/api/v1/catalogue/imports', 'export.csv', text);
      assert.equal(again.status, 200, JSON.stringify(again.body));
    });
  });
}
