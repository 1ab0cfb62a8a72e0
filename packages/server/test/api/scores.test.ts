import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { examWorld, markAbsent, setSessionStatus, type ExamWorld } from '../helpers/exam-fixtures.ts';
import { auditCount } from '../helpers/audit.ts';
import type { HttpClient } from '../helpers/http.ts';
import { rows as dbRows } from '../../src/platform/db/client.ts';

for (const target of dbTargets()) {
  describe(`entering scores [${target}]`, () => {
    let server: TestServer;
    let world: ExamWorld;
    let sun: HttpClient;
    let zhou: HttpClient;
    let wu: HttpClient;
    let enterprise: HttpClient;
    let skill: string;
    let theory: string;
    const li = () => world.candidates.find((c) => c.name === '李强')!;
    const other = (n: number) => world.candidates.filter((c) => c.name !== '李强')[n]!;
    const put = (client: HttpClient, session: string, registrationId: string, body: unknown) => client.put(`/api/v1/exam-sessions/${session}/scores/${registrationId}`, body);
    const count = async (table: string) => Number((await dbRows<{ n: number }>(server.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);

    before(async () => {
      server = await startTestServer(target);
      world = await examWorld(server, { extraCandidates: 3 });
      // Scoring follows the sessions' status; the clock stays before the exam day so a rule can still be dated for it.
      server.clock.set('2026-03-20T02:00:00Z');
      skill = world.sessions.skill!;
      theory = world.sessions.theory!;
      sun = await server.as('enterprise-examiner');
      zhou = await server.as('enterprise-examiner-2');
      wu = await server.as('enterprise-examiner-3');
      enterprise = await server.as('enterprise-admin');
    });
    after(() => server.close());

    test('three examiners score 李强: each sees only their own until all have scored, then the mean and the spread warning', async () => {
      const first = await put(sun, skill, li().registrationId, { score: 72 });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.deepEqual(first.body.myScore, { score: 72, version: 1 });
      assert.equal(first.body.result, null);
      assert.equal(first.body.scoredBy, 1);

      const second = await put(zhou, skill, li().registrationId, { score: 85.5 });
      assert.equal(second.status, 200);
      assert.deepEqual(second.body.examinerScores, [], 'another examiner’s score stays hidden until everyone has scored');

      const sheetBefore = (await wu.get(`/api/v1/exam-sessions/${skill}/scores`)).body;
      const row = sheetBefore.rows.find((r: { registrationId: string }) => r.registrationId === li().registrationId);
      assert.equal(row.scoredBy, 2);
      assert.deepEqual(row.examinerScores, []);
      assert.deepEqual(sheetBefore.rules, { passMark: 60, combination: 'mean', spreadWarning: 10 });

      const third = await put(wu, skill, li().registrationId, { score: 90 });
      assert.equal(third.status, 200);
      // (72 + 85.5 + 90) / 3 = 82.5; the examiners differ by 18 points, over the 10 allowed.
      assert.deepEqual({ ...third.body.result, version: undefined }, { score: 82.5, passed: true, combination: 'mean', spread: 18, spreadWarning: true, locked: false, version: undefined });
      assert.equal(third.body.examinerScores.length, 3);

      const institutionView = (await enterprise.get(`/api/v1/exam-sessions/${skill}/scores`)).body;
      const seen = institutionView.rows.find((r: { registrationId: string }) => r.registrationId === li().registrationId);
      assert.deepEqual(seen.examinerScores.map((s: { score: number }) => s.score).sort(), [72, 85.5, 90]);
      assert.equal(seen.result.spreadWarning, true);
      // Recorded: the score row keeps the spread, and the trail says it was over.
      const [stored] = await dbRows<{ spread: number; warning: boolean; score: number }>(
        server.database.db,
        sql`select spread_centi as spread, spread_warning as warning, score_centi as score from component_scores where session_id = ${skill} and registration_id = ${li().registrationId}`,
      );
      assert.deepEqual(stored, { spread: 1800, warning: true, score: 8250 });
      const [event] = await dbRows<{ detail: { spreadWarning?: boolean } }>(server.database.db, sql`select detail from audit_events where action = 'score.entered' order by seq desc limit 1`);
      assert.equal(event!.detail.spreadWarning, true);
    });

    test('an examiner changes their score with the version they read; a stale version is refused and nothing changes', async () => {
      const sheet = (await sun.get(`/api/v1/exam-sessions/${skill}/scores`)).body;
      const mine = sheet.rows.find((r: { registrationId: string }) => r.registrationId === li().registrationId).myScore;
      const changed = await put(sun, skill, li().registrationId, { score: 80, version: mine.version });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      // (80 + 85.5 + 90) / 3 = 85.17 (85.1666… rounded half up); spread 10 is not over 10.
      assert.equal(changed.body.result.score, 85.17);
      assert.equal(changed.body.result.spreadWarning, false);
      const stale = await put(sun, skill, li().registrationId, { score: 60, version: mine.version });
      assert.equal(stale.status, 409);
      assert.match(stale.body.detail, /已被他人修改/);
      const again = await put(sun, skill, li().registrationId, { score: 60 });
      assert.equal(again.status, 409, 'a second first entry is a stale one');
      assert.equal((await sun.get(`/api/v1/exam-sessions/${skill}/scores`)).body.rows.find((r: { registrationId: string }) => r.registrationId === li().registrationId).myScore.score, 80);
    });

    test('every refusal says why and writes nothing', async () => {
      const supervisor = await server.as('enterprise-supervisor');
      const stranger = await server.as('social-examiner');
      const scores = await count('examiner_scores');
      const events = await auditCount(server.database);
      const cases: Array<[string, Promise<{ status: number; body: { detail: string; errors?: Array<{ field: string; message: string }> } }>, number, RegExp]> = [
        ['above 100', put(sun, skill, other(0).registrationId, { score: 100.5 }), 400, /0–100/],
        ['below 0', put(sun, skill, other(0).registrationId, { score: -1 }), 400, /0–100/],
        ['three decimals', put(sun, skill, other(0).registrationId, { score: 88.125 }), 400, /两位小数/],
        ['a text', put(sun, skill, other(0).registrationId, { score: '88' }), 400, /./],
        ['an examiner scoring theory', put(sun, theory, other(0).registrationId, { score: 70 }), 403, /理论知识考试成绩由评价机构录入/],
        ['the institution scoring for an examiner', put(enterprise, skill, other(0).registrationId, { score: 70 }), 403, /不是本场次的考评员/],
        ['the supervisor', put(supervisor, skill, other(0).registrationId, { score: 70 }), 403, /不是本场次的考评员/],
        ['another institution’s examiner', put(stranger, skill, other(0).registrationId, { score: 70 }), 403, /不是本场次的考评员/],
        ['a registration not seated in the session', put(sun, skill, '00000000-0000-4000-8000-000000000000', { score: 70 }), 422, /未安排在本场次/],
        ['no such session', put(sun, '00000000-0000-4000-8000-000000000000', other(0).registrationId, { score: 70 }), 404, /场次/],
      ];
      for (const [name, pending, status, message] of cases) {
        const response = await pending;
        assert.equal(response.status, status, `${name}: ${JSON.stringify(response.body)}`);
        const text = [response.body.detail, ...(response.body.errors ?? []).map((e) => e.message)].join(' ');
        assert.match(text, message, name);
      }
      const field = (await put(sun, skill, other(0).registrationId, { score: 101 })).body.errors;
      assert.deepEqual(
        field.map((e: { field: string }) => e.field),
        ['score'],
      );
      assert.equal(await count('examiner_scores'), scores, 'nothing written');
      assert.equal(await auditCount(server.database), events, 'nothing audited');
    });

    test('an absent candidate gets no score', async () => {
      await markAbsent(server, skill, [other(2).registrationId]);
      const refused = await put(sun, skill, other(2).registrationId, { score: 70 });
      assert.equal(refused.status, 422);
      assert.match(refused.body.detail, /缺考/);
      const row = (await enterprise.get(`/api/v1/exam-sessions/${skill}/scores`)).body.rows.find((r: { registrationId: string }) => r.registrationId === other(2).registrationId);
      assert.equal(row.absent, true);
    });

    test('a session not started, or cancelled, takes no score', async () => {
      await setSessionStatus(server, skill, 'scheduled');
      const early = await put(sun, skill, other(0).registrationId, { score: 70 });
      assert.equal(early.status, 409);
      assert.match(early.body.detail, /尚未开考/);
      await setSessionStatus(server, skill, 'in_progress');
      assert.equal((await put(sun, skill, other(0).registrationId, { score: 70 })).status, 200, 'while the session runs');
      await setSessionStatus(server, skill, 'ended');
    });

    test('theory: one score entered by the institution, passed from 60', async () => {
      const failed = await put(enterprise, theory, other(0).registrationId, { score: 59.99 });
      assert.equal(failed.status, 200, JSON.stringify(failed.body));
      assert.deepEqual({ score: failed.body.result.score, passed: failed.body.result.passed, combination: failed.body.result.combination }, { score: 59.99, passed: false, combination: null });
      const passed = await put(enterprise, theory, other(1).registrationId, { score: 60 });
      assert.equal(passed.body.result.passed, true);
      const changed = await put(enterprise, theory, other(0).registrationId, { score: 61, version: failed.body.result.version });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(changed.body.result.passed, true);
      assert.equal((await put(enterprise, theory, other(0).registrationId, { score: 62 })).status, 409, 'changing needs the version');
    });

    test('the occupation’s own combination rule, in force on the exam day, wins over the city’s', async () => {
      const city = await server.as('city-admin');
      const set = await city.post('/api/v1/parameters', {
        key: 'exam.scoreCombination',
        occupationCode: '6-18-01-01',
        value: 'median',
        effectiveFrom: '2026-03-25',
        reason: '车工国家职业标准规定取中位数',
      });
      assert.equal(set.status, 201, JSON.stringify(set.body));
      const bad = await city.post('/api/v1/parameters', { key: 'exam.scoreCombination', value: 'max', effectiveFrom: '2026-03-25', reason: 'x' });
      assert.equal(bad.status, 400);
      assert.match(bad.body.errors[0].message, /mean, median, trimmed_mean/);
      const cityOnly = await city.post('/api/v1/parameters', { key: 'exam.passMark', occupationCode: '6-18-01-01', value: 70, effectiveFrom: '2026-03-25', reason: 'x' });
      assert.equal(cityOnly.status, 400);
      const candidate = other(1).registrationId;
      for (const [client, score] of [
        [sun, 60],
        [zhou, 95],
        [wu, 70],
      ] as const)
        await put(client, skill, candidate, { score });
      const row = (await enterprise.get(`/api/v1/exam-sessions/${skill}/scores`)).body.rows.find((r: { registrationId: string }) => r.registrationId === candidate);
      assert.deepEqual({ score: row.result.score, combination: row.result.combination }, { score: 70, combination: 'median' });
      const listed = (await server.client().get('/api/v1/parameters')).body.find((p: { key: string }) => p.key === 'exam.scoreCombination');
      assert.equal(listed.current, 'mean', 'the city’s value is unchanged');
      assert.deepEqual(
        listed.history.map((h: { occupationCode: string; value: string }) => [h.occupationCode, h.value]),
        [['6-18-01-01', 'median']],
      );
    });

    test('an examiner lists the sessions they serve in; the supervisor reads the sheet, the district too, another district not', async () => {
      const mine = (await sun.get('/api/v1/scoring/sessions')).body.items;
      assert.deepEqual(mine.map((s: { component: string }) => s.component).sort(), ['skill', 'theory']);
      assert.deepEqual(mine.find((s: { component: string }) => s.component === 'skill').allowedActions, ['enter']);
      const stranger = (await (await server.as('social-examiner')).get('/api/v1/scoring/sessions')).body.items;
      assert.deepEqual(stranger, [], 'an examiner who serves in no session sees none');
      assert.equal((await (await server.as('enterprise-supervisor')).get(`/api/v1/exam-sessions/${skill}/scores`)).status, 200);
      assert.equal((await (await server.as('pudong-officer')).get(`/api/v1/exam-sessions/${skill}/scores`)).status, 200);
      const huangpu = await (await server.as('huangpu-officer')).get(`/api/v1/exam-sessions/${skill}/scores`);
      assert.equal(huangpu.status, 403);
      assert.match(huangpu.body.detail, /浦东/);
      assert.equal((await (await server.as('candidate-2')).get(`/api/v1/exam-sessions/${skill}/scores`)).status, 403);
    });
  });
}
