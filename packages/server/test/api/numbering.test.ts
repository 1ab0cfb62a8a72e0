import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { creditCodeCheckChar } from '@jiping/domain';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { createAndSubmit } from '../helpers/filing-fixtures.ts';
import type { HttpClient } from '../helpers/http.ts';

const ORGANISATIONS = 32;
const PASSWORD = 'A-long-password-1';

/** A Huangpu association registering itself; `n` keeps its credit code and account apart from the others. */
function huangpuOrganisation(n: number) {
  const stem = `51310101MK${String(n).padStart(7, '0')}`;
  return {
    organization: {
      creditCode: stem + creditCodeCheckChar(stem),
      name: `上海黄浦测试评价中心 ${n}`,
      kind: 'association',
      districtCode: '310101',
      address: '上海市黄浦区南京东路 1 号',
      legalRepresentative: '孙明',
      contactName: '周敏',
      contactPhone: '13800138000',
    },
    institution: { name: `上海黄浦测试评价中心 ${n}`, category: 'social' },
    admin: { username: `huangpu-org-${n}`, displayName: '测试管理员', password: PASSWORD },
  };
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}

const numberOf = (n: number) => `沪评备2026101${String(n).padStart(4, '0')}`;

for (const target of dbTargets()) {
  describe(`filing numbers under concurrent approvals [${target}]`, () => {
    let server: TestServer;
    let huangpu: HttpClient;
    const logLines: string[] = [];
    /** Submitted initial filings of distinct Huangpu institutions, with a client of each institution's admin. */
    let submitted: Array<{ id: string; version: number; admin: HttpClient; institutionId: string }>;
    const segmentsOf = (n: number) => ({ institutionCode: String(3000 + n), siteSequence: String(300000 + n) });

    before(async () => {
      server = await startTestServer(target, { logLevel: 'warn' }, undefined, { logStream: { write: (line) => void logLines.push(line) } });
      huangpu = await server.as('huangpu-officer');
      submitted = await inBatches([...Array(ORGANISATIONS).keys()], 4, async (n) => {
        const registered = await server.client().post('/api/v1/organizations/register', huangpuOrganisation(n));
        assert.equal(registered.status, 201, JSON.stringify(registered.body));
        const admin = server.client();
        assert.equal((await admin.post('/api/v1/auth/login', { username: `huangpu-org-${n}`, password: PASSWORD })).status, 200);
        const filing = await createAndSubmit(admin, registered.body.institutionId);
        return { id: filing.id, version: filing.version, admin, institutionId: registered.body.institutionId };
      });
    });
    after(() => server.close());
    const numberOfFiling = async (id: string): Promise<string> => (await huangpu.get(`/api/v1/filings/${id}`)).body.filingNumber;

    test('30 approvals of 30 filings of one district at once: 30 distinct consecutive numbers, no 5xx', async () => {
      const batch = submitted.slice(0, 30);
      const responses = await Promise.all(batch.map((f, n) => huangpu.post(`/api/v1/filings/${f.id}/approve`, { version: f.version, ...segmentsOf(n) })));
      assert.deepEqual(
        responses.map((r) => r.status),
        Array(30).fill(200),
        JSON.stringify(responses.filter((r) => r.status !== 200).map((r) => r.body)),
      );
      const numbers = (await Promise.all(batch.map((f) => numberOfFiling(f.id)))).sort();
      assert.deepEqual(
        numbers,
        Array.from({ length: 30 }, (_, i) => numberOf(i + 1)),
      );
    });

    test('30 approvals of one filing at once: one success, 29 conflicts, one event, one number', async () => {
      const [filing] = submitted.slice(30, 31);
      const since = await auditCount(server.database);
      const officers = await Promise.all([huangpu, ...Array.from({ length: 4 }, () => server.as('huangpu-officer'))]);
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => officers[i % officers.length]!.post(`/api/v1/filings/${filing!.id}/approve`, { version: filing!.version, ...segmentsOf(30) })),
      );
      const statuses = responses.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, ...Array(29).fill(409)]);
      for (const refused of responses.filter((r) => r.status === 409)) {
        assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
        assert.ok(/[\u4e00-\u9fff]/.test(refused.body.detail), 'a Chinese explanation');
      }
      assert.equal(await numberOfFiling(filing!.id), numberOf(31));
      assert.deepEqual(
        (await auditActions(server.database, since)).filter((a) => a.startsWith('filing.')),
        ['filing.approve'],
      );
    });

    test('a rolled-back approval and an approved amendment consume no number', async () => {
      const last = submitted[31]!;
      const stale = await huangpu.post(`/api/v1/filings/${last.id}/approve`, { version: last.version + 5, ...segmentsOf(31) });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.code, 'STALE_VERSION');

      const inForce = submitted[0]!;
      const itsNumber = await numberOfFiling(inForce.id);
      const amendment = await inForce.admin.post(`/api/v1/institutions/${inForce.institutionId}/amendments`);
      assert.equal(amendment.status, 201, JSON.stringify(amendment.body));
      const sent = await inForce.admin.post(`/api/v1/filings/${amendment.body.id}/submit`, { version: amendment.body.version });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      const amended = await huangpu.post(`/api/v1/filings/${amendment.body.id}/approve`, { version: sent.body.version });
      assert.equal(amended.status, 200, JSON.stringify(amended.body));

      const approved = await huangpu.post(`/api/v1/filings/${last.id}/approve`, { version: last.version, ...segmentsOf(31) });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(await numberOfFiling(last.id), numberOf(32));
      assert.equal(await numberOfFiling(inForce.id), itsNumber, 'the amended filing keeps its number');
    });

    test('a number the database already holds is a clear 409 that writes nothing, and the log names the constraint, not the data', async () => {
      // A counter restored from an older backup than the filings: the next number it gives is taken.
      await server.database.db.execute(sql`update number_counters set last = last - 1 where scope = 'filing:310101:2026'`);
      const taken = numberOf(32);
      const institutionCode = '3999';
      const extra = huangpuOrganisation(99);
      const registered = await server.client().post('/api/v1/organizations/register', extra);
      const admin = server.client();
      await admin.post('/api/v1/auth/login', { username: extra.admin.username, password: PASSWORD });
      const filing = await createAndSubmit(admin, registered.body.institutionId);
      const huangpuEn = await server.as('huangpu-officer');
      const since = await auditCount(server.database);

      const refused = await huangpu.post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode, siteSequence: '399999' });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'CONFLICT');
      assert.match(refused.body.detail, /备案编号已被占用/);
      assert.ok(!refused.body.detail.includes('filings_filing_number_key'), 'the constraint is explained, not named');
      const refusedEn = await huangpuEn.post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode, siteSequence: '399999' }, { 'accept-language': 'en' });
      assert.equal(refusedEn.status, 409);
      assert.match(refusedEn.body.detail, /filing number is already taken/);

      assert.equal((await auditCount(server.database)) - since, 0, 'nothing written, not even an audit event');
      assert.equal((await admin.get(`/api/v1/filings/${filing.id}`)).body.status, 'submitted');

      const lines = logLines.filter((line) => line.includes(refused.body.requestId));
      assert.ok(lines.length > 0, 'the refusal is logged under its request id');
      const logged = lines.join('\n');
      assert.match(logged, /"sqlState":"23505"/);
      assert.match(logged, /"constraint":"filings_filing_number_key"/);
      for (const secret of [taken, institutionCode, 'update "filings"', 'params:']) assert.ok(!logged.includes(secret), `the log does not carry ${secret}`);
      assert.ok(!logLines.join('\n').includes(taken), 'no log line anywhere carries the value');
    });
  });
}
