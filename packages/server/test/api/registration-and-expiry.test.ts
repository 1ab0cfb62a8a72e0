import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditCount } from '../helpers/audit.ts';
import { createAndSubmit, institutionIdOf } from '../helpers/filing-fixtures.ts';
import { expireFilings } from '../../src/modules/filings/expire-filings.ts';
import { systemContext } from '../../src/boot.ts';
import { creditCodeCheckChar } from '@jiping/domain';

function registration(creditCode: string, username: string, category = 'social', kind = 'association') {
  return {
    organization: {
      creditCode,
      name: `上海测试评价中心 ${username}`,
      kind,
      districtCode: '310104',
      address: '上海市徐汇区漕溪北路 1 号',
      legalRepresentative: '孙明',
      contactName: '周敏',
      contactPhone: '13800138000',
    },
    institution: { name: `上海测试评价中心 ${username}`, category },
    admin: { username, displayName: '测试管理员', password: 'A-long-password-1' },
  };
}

describe('self-registration and the daily expiry job', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('pglite');
  });
  after(() => server.close());

  test('a Shanghai association registers itself, signs in and starts a filing without a government account', async () => {
    const code = '51310104MJ0000123' + creditCodeCheckChar('51310104MJ0000123');
    const response = await server.client().post('/api/v1/organizations/register', registration(code, 'xuhui-admin'));
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const admin = server.client();
    assert.equal((await admin.post('/api/v1/auth/login', { username: 'xuhui-admin', password: 'A-long-password-1' })).status, 200);
    const draft = await admin.post(`/api/v1/institutions/${response.body.institutionId}/filings`, { scope: [], content: {} });
    assert.equal(draft.status, 201);
    const mine = await admin.get('/api/v1/filings');
    assert.deepEqual(
      mine.body.items.map((f: { status: string; districtName: string }) => [f.status, f.districtName]),
      [['draft', '徐汇区']],
    );
  });

  test('a real code passes; a corrupted one is refused with nothing written; a social organisation must be from Shanghai', async () => {
    const before = await auditCount(server.database);
    const corrupted = await server.client().post('/api/v1/organizations/register', registration('91350100M000100Y44', 'fj-admin', 'social', 'enterprise'));
    assert.equal(corrupted.status, 400);
    assert.match(corrupted.body.errors[0].message, /校验位不正确/);
    const fujian = await server.client().post('/api/v1/organizations/register', registration('91350100M000100Y43', 'fj-admin', 'social', 'enterprise'));
    assert.equal(fujian.status, 400);
    assert.match(fujian.body.errors[0].message, /须在上海市登记注册/);
    assert.equal(await auditCount(server.database), before);
    // The same real code is fine for an employer institution (no registration-place rule for them).
    const employer = await server.client().post('/api/v1/organizations/register', registration('91350100M000100Y43', 'fj-admin', 'employer', 'enterprise'));
    assert.equal(employer.status, 201, JSON.stringify(employer.body));
    const admin = server.client();
    assert.equal((await admin.post('/api/v1/auth/login', { username: 'fj-admin', password: 'A-long-password-1' })).status, 200);
    assert.equal((await admin.get('/api/v1/auth/me')).body.grants[0].role, 'institution_admin');
    const twice = await server.client().post('/api/v1/organizations/register', registration('91350100M000100Y43', 'fj-admin-2', 'employer', 'enterprise'));
    assert.equal(twice.status, 409);
  });

  test('with a fixed clock: reminders at 90, 30 and 7 days, once each; expiry the day after validity ends', async () => {
    const social = await server.as('social-admin');
    const filing = await createAndSubmit(social, await institutionIdOf(social));
    await (await server.as('huangpu-officer')).post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode: '0301', siteSequence: '000003' });
    // What the job did to this filing: the demo world has approved filings of its own.
    const run = async (at: string) => {
      server.clock.set(at);
      const result = await expireFilings(systemContext(server.database, server.clock, 'filing-expiry'));
      return { expired: result.expired.filter((id) => id === filing.id), reminded: result.reminded.filter((r) => r.filingId === filing.id) };
    };
    // Valid until 2029-03-01 (Shanghai dates; 02:00Z is 10:00 in Shanghai).
    assert.deepEqual(await run('2028-11-30T02:00:00Z'), { expired: [], reminded: [] });
    assert.deepEqual(
      (await run('2028-12-01T02:00:00Z')).reminded.map((r) => r.days),
      [90],
    );
    assert.deepEqual((await run('2028-12-01T08:00:00Z')).reminded, [], 'a second run the same day sends nothing');
    assert.deepEqual(
      (await run('2029-01-30T02:00:00Z')).reminded.map((r) => r.days),
      [30],
    );
    assert.deepEqual(
      (await run('2029-02-22T02:00:00Z')).reminded.map((r) => r.days),
      [7],
    );
    assert.deepEqual(await run('2029-03-01T02:00:00Z'), { expired: [], reminded: [] }, 'still valid on its last day');
    assert.deepEqual((await run('2029-03-02T02:00:00Z')).expired, [filing.id]);
    assert.deepEqual((await run('2029-03-03T02:00:00Z')).expired, []);
    server.clock.set('2026-03-02T02:00:00Z');
    const detail = (await (await server.as('social-admin')).get(`/api/v1/filings/${filing.id}`)).body;
    assert.equal(detail.status, 'expired');
    assert.equal(detail.timeline.at(-1).actorName, 'filing-expiry');
    const inbox = await (await server.as('social-admin')).get('/api/v1/notifications');
    assert.deepEqual(
      inbox.body.map((n: { title: string }) => n.title),
      Array(3).fill('备案将于 2029-03-01 到期'),
    );
    assert.match(inbox.body[0].body, /剩余 7 天/);
    assert.equal((await (await server.as('school-admin')).get('/api/v1/notifications')).body.length, 0);
    const directory = await server.client().get('/api/v1/public/institutions');
    assert.ok(!directory.body.items.some((i: { id: string }) => i.id === (detail.institutionId as string)));
  });
});

describe('dated rule parameters', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('pglite');
  });
  after(() => server.close());

  test('a validity of 5 years from a future date applies to approvals from that date, not before', async () => {
    const city = await server.as('city-admin');
    const past = await city.post('/api/v1/parameters', { key: 'filing.validityYears', value: 5, effectiveFrom: '2026-01-01', reason: '试行' });
    assert.equal(past.status, 400);
    const set = await city.post('/api/v1/parameters', { key: 'filing.validityYears', value: 5, effectiveFrom: '2026-04-01', reason: '沪人社职〔2026〕1号' });
    assert.equal(set.status, 201, JSON.stringify(set.body));
    assert.equal((await (await server.as('huangpu-officer')).post('/api/v1/parameters', { key: 'filing.validityYears', value: 2, effectiveFrom: '2026-05-01', reason: 'x' })).status, 403);
    const listed = (await server.client().get('/api/v1/parameters')).body.find((p: { key: string }) => p.key === 'filing.validityYears');
    assert.equal(listed.current, 3);
    assert.equal(listed.history.length, 1);

    const social = await server.as('social-admin');
    const filing = await createAndSubmit(social, await institutionIdOf(social));
    server.clock.set('2026-04-01T02:00:00Z');
    await (await server.as('huangpu-officer')).post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode: '0401', siteSequence: '000004' });
    assert.equal((await (await server.as('social-admin')).get(`/api/v1/filings/${filing.id}`)).body.validUntil, '2031-03-31');
  });
});
