import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import ExcelJS from '../../src/platform/files/xlsx.ts';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { finalPlan, issueCertificates, type IssuedCertificate } from '../helpers/certificate-document-fixtures.ts';
import { LI_QIANG_ID } from '../helpers/results-fixtures.ts';
import { craftedXlsx, SHEET_END, SHEET_START } from '../helpers/crafted-xlsx.ts';
import { certificateEvents, certificates } from '../../src/platform/db/schema.ts';
import { credentialDigest } from '../../src/modules/certificate-documents/index.ts';

/** A list as Excel writes it: shared strings, a header row, one row per certificate. */
async function listXlsx(rows: string[][], header = ['证书编号', '姓名']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same list as LibreOffice and WPS may write it: inline strings, no shared-strings part. */
function inlineXlsx(rows: string[][]): Promise<Buffer> {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const xml = rows.map((row, i) => `<row r="${i + 1}">${row.map((value, j) => cell(`${'AB'[j]}${i + 1}`, value)).join('')}</row>`).join('');
  return craftedXlsx({ sheet: [SHEET_START, xml, SHEET_END] });
}

async function readResult(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

for (const target of dbTargets()) {
  describe(`public certificate verification [${target}]`, () => {
    let server: TestServer;
    let issued: IssuedCertificate[];
    let li: IssuedCertificate;
    let other: IssuedCertificate;

    before(async () => {
      server = await startTestServer(target);
      issued = await issueCertificates(server, await finalPlan(server, { workers: 2 }));
      li = issued.find((c) => c.holderName === '李强')!;
      other = issued.find((c) => c.holderName !== '李强')!;
    });
    after(() => server.close());

    test('a number alone tells the standing and what is certified, with the holder’s name masked and never the ID number', async () => {
      const res = await server.client().get(`/api/v1/public/certificates/${li.number}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'valid');
      assert.equal(res.body.holderName, '李*');
      assert.equal(res.body.nameMatches, null);
      assert.equal(res.body.level, 4);
      assert.equal(res.body.institutionName.length > 0, true);
      assert.equal(res.body.digestMatches, null);
      assert.ok(!JSON.stringify(res.body).includes(LI_QIANG_ID));
      assert.equal('idNumber' in res.body || 'idNumberMasked' in res.body, false);
    });

    test('the holder’s name is the second factor: the right one unmasks it, a wrong one is said to be wrong and unmasks nothing', async () => {
      const right = await server.client().get(`/api/v1/public/certificates/${li.number}?name=${encodeURIComponent(' 李 强 ')}`);
      assert.equal(right.body.holderName, '李强');
      assert.equal(right.body.nameMatches, true);
      const wrong = await server.client().get(`/api/v1/public/certificates/${li.number}?name=${encodeURIComponent('李四')}`);
      assert.equal(wrong.status, 200);
      assert.equal(wrong.body.holderName, '李*');
      assert.equal(wrong.body.nameMatches, false);
    });

    test('the QR digest shows whether a document was made from the credential on record', async () => {
      const good = await server.client().get(`/api/v1/public/certificates/${li.number}?d=${credentialDigest(li.credential!)}`);
      assert.equal(good.body.digestMatches, true);
      const forged = await server.client().get(`/api/v1/public/certificates/${li.number}?d=${credentialDigest(other.credential!)}`);
      assert.equal(forged.body.digestMatches, false);
    });

    test('malformed numbers are refused with the reason, in Chinese by default and English on request; unknown ones are not found', async () => {
      const cases: Array<[string, RegExp]> = [
        ['Y12345', /22 位/],
        ['X000031000123264000007', /以 Y（用人单位）或 S/],
        ['Y00003100012326A000007', /数字/],
        ['Y000031000123267000007', /等级/],
        ['Y000031000123264000000', /顺序号/],
      ];
      for (const [number, message] of cases) {
        const res = await server.client().get(`/api/v1/public/certificates/${number}`);
        assert.equal(res.status, 400, number);
        assert.match(res.body.detail, message, number);
      }
      const english = await server.client({ locale: 'en-US' }).get('/api/v1/public/certificates/Y12345');
      assert.match(english.body.detail, /22 characters/);
      const unknown = await server.client().get(`/api/v1/public/certificates/${li.number.slice(0, 16)}999999`);
      assert.equal(unknown.status, 404);
      assert.match(unknown.body.detail, /未找到编号为/);
    });

    test('a revoked certificate shows the date, who revoked it and the reason; a replaced one names its replacement', async () => {
      const { db } = server.database;
      await db
        .update(certificates)
        .set({ status: 'revoked', revokedAt: new Date('2026-06-01T02:00:00Z'), revokedByAuthority: 'city', revocationReason: '经查弄虚作假取得' })
        .where(eq(certificates.id, other.id));
      const res = await server.client().get(`/api/v1/public/certificates/${other.number}`);
      assert.equal(res.body.status, 'revoked');
      assert.equal(res.body.revokedOn, '2026-06-01');
      assert.equal(res.body.revokedBy, 'city');
      assert.equal(res.body.revocationReason, '经查弄虚作假取得');
      assert.equal((await db.select().from(certificateEvents)).length >= 0, true);
    });

    test('bulk verification: an Excel list of numbers and names comes back with a verdict per row; details only where number and name agree', async () => {
      const list = await listXlsx([
        [li.number, '李强'],
        [li.number, '王五'],
        [other.number, other.holderName],
        ['Y123', '张三'],
        [`${li.number.slice(0, 16)}999999`, '张三'],
        [li.number, ''],
      ]);
      const res = await fetch(`${server.baseUrl}/api/v1/public/certificates/verifications`, { method: 'POST', body: formWith(list) });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
      const rows = await readResult(Buffer.from(await res.arrayBuffer()));
      assert.deepEqual(rows[0]!.slice(0, 4), ['行号', '证书编号', '姓名', '核验结果']);
      assert.equal(rows[1]![3], '有效');
      assert.match(rows[1]![4]!, /车工/);
      assert.equal(rows[2]![3], '姓名与证书不符');
      assert.equal(rows[2]![4] ?? '', '');
      assert.equal(rows[3]![3], '已撤销');
      assert.match(rows[3]![8]!, /经查弄虚作假取得/);
      assert.equal(rows[4]![3], '编号格式错误');
      assert.match(rows[4]![8]!, /22 位/);
      assert.equal(rows[5]![3], '未找到');
      assert.equal(rows[6]![3], '未填姓名');
    });

    test('bulk lists written with inline strings (LibreOffice, WPS) are read the same', async () => {
      const list = await inlineXlsx([
        ['姓名', '证书编号'],
        ['李强', li.number],
      ]);
      const res = await fetch(`${server.baseUrl}/api/v1/public/certificates/verifications`, { method: 'POST', body: formWith(list) });
      const content = Buffer.from(await res.arrayBuffer());
      assert.equal(res.status, 200, content.toString());
      const rows = await readResult(content);
      assert.equal(rows[1]![3], '有效');
    });

    test('a list without the headers, not a workbook, or over 500 rows is refused with the reason', async () => {
      const post = async (content: Buffer) => {
        const res = await fetch(`${server.baseUrl}/api/v1/public/certificates/verifications`, { method: 'POST', body: formWith(content) });
        return { status: res.status, body: (await res.json()) as { detail: string } };
      };
      const noHeader = await post(await listXlsx([[li.number, '李强']], ['编号', '名字']));
      assert.equal(noHeader.status, 400);
      assert.match(noHeader.body.detail, /证书编号.*姓名/);
      const notXlsx = await post(Buffer.from('证书编号,姓名\n'));
      assert.equal(notXlsx.status, 400);
      assert.match(notXlsx.body.detail, /无法读取/);
      const many = await post(await listXlsx(Array.from({ length: 501 }, () => [li.number, '李强'])));
      assert.equal(many.status, 400);
      assert.match(many.body.detail, /最多 500 行/);
    });

    test('the template is an Excel list with the two columns', async () => {
      const res = await fetch(`${server.baseUrl}/api/v1/public/certificates/verifications/template.xlsx`);
      assert.equal(res.status, 200);
      const rows = await readResult(Buffer.from(await res.arrayBuffer()));
      assert.deepEqual(rows[0], ['证书编号', '姓名']);
    });

    test('the verification page is served for /verify/<number> as its own page, not the signed-in app', async () => {
      const res = await fetch(`${server.baseUrl}/verify/${li.number}`);
      // The page needs the web build; without it the server says so rather than serving the app.
      if (res.status === 503) return;
      const html = await res.text();
      assert.match(html, /证书核验/);
      assert.doesNotMatch(html, /id="root"/);
    });
  });
}

function formWith(content: Buffer): FormData {
  const form = new FormData();
  form.append('file', new Blob([content as BlobPart]), 'list.xlsx');
  return form;
}
