import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { auditActions, auditCount } from '../helpers/audit.ts';
import { createAndSubmit, institutionIdOf, turningFiling } from '../helpers/filing-fixtures.ts';
import type { HttpClient } from '../helpers/http.ts';
import { insertFinalPlans } from '../helpers/supervision-fixtures.ts';

for (const target of dbTargets()) {
  describe(`filing (备案): apply, territorial review, directory [${target}]`, () => {
    let server: TestServer;
    let social: HttpClient;
    let huangpu: HttpClient;
    let pudong: HttpClient;
    let socialId: string;
    before(async () => {
      server = await startTestServer(target);
      social = await server.as('social-admin');
      huangpu = await server.as('huangpu-officer');
      pudong = await server.as('pudong-officer');
      socialId = await institutionIdOf(social);
    });
    after(() => server.close());

    test('the journey: file 车工 3–5, returned with a reason, resubmitted, approved, listed publicly; Pudong can neither see nor decide', async () => {
      const submitted = await createAndSubmit(social, socialId);
      assert.equal(submitted.status, 'submitted');

      const queue = await huangpu.get('/api/v1/filings?status=submitted');
      assert.deepEqual(
        queue.body.items.map((f: { id: string }) => f.id),
        [submitted.id],
      );
      assert.equal((await pudong.get('/api/v1/filings?status=submitted')).body.items.length, 0);
      const peek = await pudong.get(`/api/v1/filings/${submitted.id}`);
      assert.equal(peek.status, 403);
      assert.match(peek.body.detail, /黄浦区/);
      const pudongReturn = await pudong.post(`/api/v1/filings/${submitted.id}/return`, { version: submitted.version, reason: '越权' });
      assert.equal(pudongReturn.status, 403);

      const noReason = await huangpu.post(`/api/v1/filings/${submitted.id}/return`, { version: submitted.version });
      assert.equal(noReason.status, 400);
      assert.equal(noReason.body.errors[0].field, 'reason');
      const returned = await huangpu.post(`/api/v1/filings/${submitted.id}/return`, { version: submitted.version, reason: '请补充实操考场的视频监控说明' });
      assert.equal(returned.status, 200);
      assert.equal(returned.body.status, 'returned');

      const seen = await social.get(`/api/v1/filings/${submitted.id}`);
      assert.deepEqual(seen.body.allowedActions.sort(), ['edit', 'resubmit', 'withdraw']);
      assert.equal(seen.body.timeline.at(-1).reason, '请补充实操考场的视频监控说明');
      const body = turningFiling();
      body.content.itemBankNote = '国家题库，实操考场配备全程视频监控';
      const saved = await social.request('PUT', `/api/v1/filings/${submitted.id}`, { ...body, version: seen.body.version }, {});
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const resubmitted = await social.post(`/api/v1/filings/${submitted.id}/submit`, { version: saved.body.version });
      assert.equal(resubmitted.body.status, 'submitted');

      const reviewed = await huangpu.get(`/api/v1/filings/${submitted.id}`);
      assert.ok(reviewed.body.allowedActions.includes('approve'));
      const approved = await huangpu.post(`/api/v1/filings/${submitted.id}/approve`, { version: reviewed.body.version, institutionCode: '0101', siteSequence: '000001' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      const detail = (await social.get(`/api/v1/filings/${submitted.id}`)).body;
      assert.equal(detail.status, 'approved');
      assert.match(detail.filingNumber, /^沪评备2026101\d{4}$/);
      assert.deepEqual([detail.institutionCode, detail.provinceCode, detail.siteSequence], ['0101', '31', '000001']);
      assert.deepEqual([detail.validFrom, detail.validUntil], ['2026-03-02', '2029-03-01']);
      assert.deepEqual(
        detail.timeline.map((t: { action: string }) => t.action),
        ['filing.created', 'filing.submit', 'filing.return', 'filing.edited', 'filing.resubmit', 'filing.approve'],
      );

      const directory = await server.client().get('/api/v1/public/institutions?occupation=车工');
      assert.equal(directory.status, 200);
      const entry = directory.body.items.find((i: { id: string }) => i.id === socialId);
      assert.ok(entry, 'listed in the public directory');
      assert.deepEqual(
        entry.scope.map((s: { level: number }) => s.level),
        [5, 4, 3],
      );
      assert.equal(entry.status, 'approved');
      assert.ok(!JSON.stringify(entry).includes('王师傅'), 'no staff names in public data');
    });

    test('bad scope is refused row by row and nothing is written', async () => {
      const school = await server.as('school-admin');
      const schoolId = await institutionIdOf(school);
      const before = await auditCount(server.database);
      const body = turningFiling();
      body.scope = [
        { occupationCode: '8-99-99-99', workType: '', level: 5 },
        { occupationCode: '4-02-02-02', workType: '', level: 2 },
        { occupationCode: '6-18-01-01', workType: '数控车工', level: 4 },
        { occupationCode: '6-18-01-01', workType: '数控车工', level: 4 },
        { occupationCode: '6-18-01-01', workType: '', level: 4 },
      ];
      const response = await school.post(`/api/v1/institutions/${schoolId}/filings`, body);
      assert.equal(response.status, 400);
      assert.deepEqual(
        response.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [
          ['scope.0.occupationCode', 'scope.unknownOccupation'],
          ['scope.1.level', 'scope.levelNotRegistrable'],
          ['scope.3.level', 'scope.duplicate'],
          ['scope.4.workType', 'scope.overlap'],
        ],
      );
      assert.match(response.body.errors[1].message, /第 2 行/);
      assert.equal(await auditCount(server.database), before);
      assert.equal((await school.get(`/api/v1/filings?institutionId=${schoolId}`)).body.items.length, 0);
    });

    test('an incomplete application cannot be submitted, and says what is missing', async () => {
      const enterprise = await server.as('enterprise-admin');
      const enterpriseId = await institutionIdOf(enterprise);
      const body = turningFiling();
      body.content.sites[0]!.rooms[1]!.videoMonitoring = false;
      // The demo enterprise is filed already; an amendment is checked as strictly as a first filing.
      const created = await enterprise.post(`/api/v1/institutions/${enterpriseId}/amendments`, body);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const submit = await enterprise.post(`/api/v1/filings/${created.body.id}/submit`, { version: created.body.version });
      assert.equal(submit.status, 400);
      const messages = submit.body.errors.map((e: { message: string }) => e.message);
      assert.ok(messages.some((m: string) => m.includes('视频监控')));
      assert.ok(
        messages.some((m: string) => m.includes('岗位使用、薪酬待遇挂钩')),
        'employers must commit to link certificates to pay',
      );
      assert.equal((await enterprise.get(`/api/v1/filings/${created.body.id}`)).body.status, 'draft');
    });

    test('forbidden transitions are conflicts; two concurrent approvals: one lands, one conflicts, one event', async () => {
      const minhang = await server.as('minhang-officer');
      const school = await server.as('school-admin');
      const schoolId = await institutionIdOf(school);
      const draft = await school.post(`/api/v1/institutions/${schoolId}/filings`, turningFiling([5, 4]));
      const early = await minhang.post(`/api/v1/filings/${draft.body.id}/approve`, { version: draft.body.version, institutionCode: '0112', siteSequence: '000001' });
      assert.equal(early.status, 409);
      assert.match(early.body.detail, /草稿/);
      const submitted = await school.post(`/api/v1/filings/${draft.body.id}/submit`, { version: draft.body.version });
      const since = await auditCount(server.database);
      const [a, b] = await Promise.all([
        minhang.post(`/api/v1/filings/${draft.body.id}/approve`, { version: submitted.body.version, institutionCode: '0112', siteSequence: '000001' }),
        server.as('city-admin').then((city) => city.post(`/api/v1/filings/${draft.body.id}/reject`, { version: submitted.body.version, reason: '材料不全' })),
      ]);
      assert.deepEqual([a.status, b.status].sort(), [200, 409]);
      const actions = (await auditActions(server.database, since)).filter((x) => x.startsWith('filing.') && x !== 'filing.created');
      assert.equal(actions.length, 1);
      const again = await school.post(`/api/v1/institutions/${schoolId}/filings`, turningFiling([5]));
      assert.equal(again.status, 409, 'one filing in force or in progress per institution');
    });

    test('amendment adds scope without extending validity; renewal only inside its window, then extends', async () => {
      const amendment = await social.post(`/api/v1/institutions/${socialId}/amendments`);
      assert.equal(amendment.status, 201, JSON.stringify(amendment.body));
      const draft = (await social.get(`/api/v1/filings/${amendment.body.id}`)).body;
      assert.equal(draft.kind, 'amendment');
      assert.equal(draft.scope.length, 3, 'starts from the scope in force');
      const wider = turningFiling([5, 4, 3, 2]);
      const saved = await social.request('PUT', `/api/v1/filings/${draft.id}`, { ...wider, version: draft.version }, {});
      const sent = await social.post(`/api/v1/filings/${draft.id}/submit`, { version: saved.body.version });
      const review = (await huangpu.get(`/api/v1/filings/${draft.id}`)).body;
      assert.equal(review.base.scope.length, 3, 'the reviewer sees the scope in force beside the amendment');
      assert.equal(review.scope.length, 4);
      assert.equal((await huangpu.post(`/api/v1/filings/${draft.id}/approve`, { version: sent.body.version })).status, 200);
      const inForce = (await huangpu.get(`/api/v1/filings/${draft.baseFilingId}`)).body;
      assert.deepEqual(inForce.scope.map((s: { level: number }) => s.level).sort(), [2, 3, 4, 5]);
      assert.equal(inForce.validUntil, '2029-03-01');

      const early = await social.post(`/api/v1/institutions/${socialId}/renewals`);
      assert.equal(early.status, 412);
      assert.match(early.body.detail, /2028-12-01/);
      server.clock.set('2029-01-10T02:00:00Z');
      // Sessions from 2026 have long expired by then: sign in again.
      const [socialLater, huangpuLater] = await Promise.all([server.as('social-admin'), server.as('huangpu-officer')]);
      const renewal = await socialLater.post(`/api/v1/institutions/${socialId}/renewals`);
      assert.equal(renewal.status, 201);
      // A renewal needs six plans run to final results in the term (renewal-preconditions.test.ts has the rule itself).
      const early6 = await socialLater.post(`/api/v1/filings/${renewal.body.id}/submit`, { version: renewal.body.version });
      assert.equal(early6.status, 412);
      assert.match(early6.body.detail, /仅有 0 个评价计划完成至成绩终局/);
      await insertFinalPlans(server.database, { filingId: draft.baseFilingId, count: 6, examStart: '2027-05-10' });
      const submittedRenewal = await socialLater.post(`/api/v1/filings/${renewal.body.id}/submit`, { version: renewal.body.version });
      assert.equal((await huangpuLater.post(`/api/v1/filings/${renewal.body.id}/approve`, { version: submittedRenewal.body.version })).status, 200);
      assert.equal((await huangpuLater.get(`/api/v1/filings/${draft.baseFilingId}`)).body.validUntil, '2032-03-01');
      server.clock.set('2026-03-02T02:00:00Z');
    });

    test("attachments: PDF and images only, checked by content; editable applications only; a draft's attachments readable by its institution only", async () => {
      const enterprise = await server.as('enterprise-admin');
      const draft = (await enterprise.get('/api/v1/filings')).body.items.find((f: { status: string }) => f.status === 'draft');
      const pdf = new TextEncoder().encode('%PDF-1.7\n% 管理制度\n');
      const uploaded = await enterprise.upload(`/api/v1/filings/${draft.id}/attachments`, '管理制度.pdf', pdf, { purpose: 'management_rules' });
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      assert.equal(uploaded.body.contentType, 'application/pdf');
      const disguised = await enterprise.upload(`/api/v1/filings/${draft.id}/attachments`, 'photo.pdf', 'MZ this is an executable', { purpose: 'other' });
      assert.equal(disguised.status, 415);
      assert.match(disguised.body.detail, /PDF、PNG 或 JPEG/);
      const detail = (await enterprise.get(`/api/v1/filings/${draft.id}`)).body;
      assert.deepEqual(
        detail.attachments.map((a: { fileName: string; purpose: string }) => [a.fileName, a.purpose]),
        [['管理制度.pdf', 'management_rules']],
      );
      const unfiled = await pudong.get(`/api/v1/filings/${draft.id}/attachments/${uploaded.body.id}`);
      assert.equal(unfiled.status, 403, "a draft is the institution's own until it is submitted");
      assert.match(unfiled.body.detail, /草稿只有编制它的机构可以查看/);
      const download = await enterprise.get(`/api/v1/filings/${draft.id}/attachments/${uploaded.body.id}`);
      assert.equal(download.status, 200, 'the institution reads its own draft');
      assert.equal(download.body, '%PDF-1.7\n% 管理制度\n');
      assert.equal((await huangpu.get(`/api/v1/filings/${draft.id}/attachments/${uploaded.body.id}`)).status, 403);
      const approved = (await social.get('/api/v1/filings')).body.items.find((f: { status: string; kind: string }) => f.status === 'approved' && f.kind === 'initial');
      const locked = await social.upload(`/api/v1/filings/${approved.id}/attachments`, 'late.pdf', pdf, { purpose: 'other' });
      assert.equal(locked.status, 409);
    });

    test('the city designates a demonstration organisation; a district cannot', async () => {
      const city = await server.as('city-admin');
      const institution = (await city.get(`/api/v1/institutions/${socialId}`)).body;
      const refused = await huangpu.request('PUT', `/api/v1/institutions/${socialId}/demonstration`, { demonstration: true, version: institution.version, reason: '示范' }, {});
      assert.equal(refused.status, 403);
      const done = await city.request('PUT', `/api/v1/institutions/${socialId}/demonstration`, { demonstration: true, version: institution.version, reason: '2026 年度示范性社会培训评价组织' }, {});
      assert.equal(done.status, 200, JSON.stringify(done.body));
      const entry = await server.client().get(`/api/v1/public/institutions/${socialId}`);
      assert.equal(entry.body.demonstration, true);
    });
  });
}
