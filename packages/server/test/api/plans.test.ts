import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { createAndSubmit, institutionIdOf } from '../helpers/filing-fixtures.ts';
import type { HttpClient } from '../helpers/http.ts';

const plan = (overrides: Record<string, unknown> = {}) => ({
  occupationCode: '6-18-01-01',
  workType: '数控车工',
  level: 4,
  examStart: '2026-03-20',
  examEnd: '2026-03-20',
  siteName: '西藏中路考点',
  rooms: ['理论考场 1', '实操车间 A'],
  expectedCandidates: 30,
  examiners: ['王师傅'],
  internalSupervisor: '赵督导',
  ...overrides,
});

for (const target of dbTargets()) {
  describe(`evaluation plans inside a filing, with working-day notice [${target}]`, () => {
    let server: TestServer;
    let social: HttpClient;
    let huangpu: HttpClient;
    let socialId: string;
    before(async () => {
      server = await startTestServer(target);
      social = await server.as('social-admin');
      huangpu = await server.as('huangpu-officer');
      socialId = await institutionIdOf(social);
    });
    after(() => server.close());

    test('no plan without a filing in force', async () => {
      const response = await social.post(`/api/v1/institutions/${socialId}/plans`, plan());
      assert.equal(response.status, 412);
      assert.match(response.body.detail, /没有有效的备案/);
    });

    test('a plan outside scope, with an unqualified examiner, an unknown room or too many candidates is refused field by field', async () => {
      const filing = await createAndSubmit(social, socialId);
      assert.equal((await huangpu.post(`/api/v1/filings/${filing.id}/approve`, { version: filing.version, institutionCode: '0501', siteSequence: '000005' })).status, 200);
      const bad = await social.post(`/api/v1/institutions/${socialId}/plans`, plan({ level: 2, examiners: ['李师傅'], rooms: ['不存在的考场'], expectedCandidates: 500 }));
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['examiners.0', 'level', 'rooms.0'].sort());
      const crowded = await social.post(`/api/v1/institutions/${socialId}/plans`, plan({ expectedCandidates: 41 }));
      assert.equal(crowded.status, 400);
      assert.match(crowded.body.errors[0].message, /40 人/);
    });

    test('filing needs 10 working days of notice, counted through the holiday calendar', async () => {
      // 2026-03-02 (Mon) to 2026-03-13 (Fri): 9 working days after today.
      const tight = await social.post(`/api/v1/institutions/${socialId}/plans`, plan({ examStart: '2026-03-13', examEnd: '2026-03-13' }));
      assert.equal(tight.status, 201, JSON.stringify(tight.body));
      const refused = await social.post(`/api/v1/plans/${tight.body.id}/file`, { version: tight.body.version });
      assert.equal(refused.status, 412);
      assert.match(refused.body.detail, /至少 10 个工作日.*仅剩 9 个工作日/);
      const cancelled = await social.post(`/api/v1/plans/${tight.body.id}/cancel`, { version: tight.body.version, reason: '改期' });
      assert.equal(cancelled.body.status, 'cancelled');
    });

    test('filed, then acknowledged by the district of registration only, with an external supervisor', async () => {
      const draft = await social.post(`/api/v1/institutions/${socialId}/plans`, plan());
      const filed = await social.post(`/api/v1/plans/${draft.body.id}/file`, { version: draft.body.version });
      assert.equal(filed.status, 200, JSON.stringify(filed.body));
      assert.equal(filed.body.status, 'filed');
      const pudong = await server.as('pudong-officer');
      assert.equal((await pudong.post(`/api/v1/plans/${draft.body.id}/acknowledge`, { version: filed.body.version })).status, 403);
      assert.equal((await pudong.get(`/api/v1/plans/${draft.body.id}`)).status, 403);
      const acknowledged = await huangpu.post(`/api/v1/plans/${draft.body.id}/acknowledge`, { version: filed.body.version, externalSupervisor: '钱外督' });
      assert.equal(acknowledged.body.status, 'acknowledged');
      assert.equal(acknowledged.body.externalSupervisor, '钱外督');
      const again = await huangpu.post(`/api/v1/plans/${draft.body.id}/acknowledge`, { version: acknowledged.body.version });
      assert.equal(again.status, 409);
      assert.deepEqual((await huangpu.get('/api/v1/plans')).body.map((p: { status: string }) => p.status).sort(), ['acknowledged', 'cancelled']);
    });
  });
}
