import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { examWorld, markAbsent, setSessionStatus, type ExamWorld } from '../helpers/exam-fixtures.ts';
import type { HttpClient, HttpResponse } from '../helpers/http.ts';
import { rows as dbRows } from '../../src/platform/db/client.ts';
import { examSessions } from '../../src/platform/db/schema.ts';

for (const target of dbTargets()) {
  describe(`sign-off, lock and corrections by a second person [${target}]`, () => {
    let server: TestServer;
    let world: ExamWorld;
    let enterprise: HttpClient;
    let admin2: HttpClient;
    let sun: HttpClient;
    let liAccount: HttpClient;
    let skill: string;
    let theory: string;
    const li = () => world.candidates.find((c) => c.name === '李强')!;
    const others = () => world.candidates.filter((c) => c.name !== '李强');
    const sheet = async (session: string) => (await enterprise.get(`/api/v1/exam-sessions/${session}/scores`)).body;
    const signOff = async (client: HttpClient, session: string) => client.post(`/api/v1/exam-sessions/${session}/sign-off`, { version: (await sheet(session)).session.version });
    const myScores = async () => (await liAccount.get('/api/v1/scores/mine')).body.items;

    before(async () => {
      server = await startTestServer(target);
      world = await examWorld(server, { extraCandidates: 2 });
      skill = world.sessions.skill!;
      theory = world.sessions.theory!;
      server.clock.set('2026-04-01T10:00:00Z');
      enterprise = await server.as('enterprise-admin');
      admin2 = await server.as('enterprise-admin-2');
      sun = await server.as('enterprise-examiner');
      liAccount = await server.as('candidate-2');
      const zhou = await server.as('enterprise-examiner-2');
      const wu = await server.as('enterprise-examiner-3');
      // 李强: theory 78, skill 66 / 70 / 74 → 70. The second candidate scores in theory only; the third is absent from skill.
      await enterprise.put(`/api/v1/exam-sessions/${theory}/scores/${li().registrationId}`, { score: 78 });
      for (const [client, score] of [
        [sun, 66],
        [zhou, 70],
        [wu, 74],
      ] as const) {
        assert.equal((await client.put(`/api/v1/exam-sessions/${skill}/scores/${li().registrationId}`, { score })).status, 200);
      }
      for (const c of others()) await enterprise.put(`/api/v1/exam-sessions/${theory}/scores/${c.registrationId}`, { score: 55 });
      await markAbsent(server, skill, [others()[1]!.registrationId]);
    });
    after(() => server.close());

    test('before sign-off the candidate sees no score, only that results are pending', async () => {
      const [mine] = await myScores();
      assert.equal(mine.result, 'pending');
      assert.deepEqual(
        mine.components.map((c: { component: string; standing: string; score: number | null }) => [c.component, c.standing, c.score]),
        [
          ['theory', 'pending', null],
          ['skill', 'pending', null],
        ],
      );
    });

    test('sign-off is refused with its reason: not ended, no supervisor record, a present candidate without a score, not the institution, a stale version', async () => {
      await setSessionStatus(server, skill, 'in_progress');
      const running = await signOff(enterprise, skill);
      assert.equal(running.status, 409);
      assert.match(running.body.detail, /“考试中”，考试结束后才能确认成绩/);
      await setSessionStatus(server, skill, 'ended');

      await server.database.db.update(examSessions).set({ record: '  ' }).where(eq(examSessions.id, skill));
      const noRecord = await signOff(enterprise, skill);
      assert.equal(noRecord.status, 412);
      assert.match(noRecord.body.detail, /督导员尚未提交本场次的督导记录/);
      await server.database.db.update(examSessions).set({ record: '考场秩序良好。' }).where(eq(examSessions.id, skill));

      const unscored = await signOff(enterprise, skill);
      assert.equal(unscored.status, 412);
      assert.match(unscored.body.detail, new RegExp(`还有 1 名到考考生没有成绩（${others()[0]!.name}（\\d+ 号座））`));

      assert.equal((await signOff(sun, skill)).status, 403, 'an examiner does not sign off');
      const supervisor = await signOff(await server.as('enterprise-supervisor'), skill);
      assert.equal(supervisor.status, 403, 'nor does the supervisor: the record is theirs, the results the institution’s');
      const stale = await enterprise.post(`/api/v1/exam-sessions/${skill}/sign-off`, { version: 1 });
      assert.equal(stale.status, 409);
      assert.equal((await sheet(skill)).session.status, 'ended', 'nothing changed');
    });

    test('sign-off locks every score: absent candidates are recorded without one, and no score changes any more', async () => {
      for (const [client, score] of [
        [sun, 50],
        [await server.as('enterprise-examiner-2'), 52],
        [await server.as('enterprise-examiner-3'), 58],
      ] as const) {
        await client.put(`/api/v1/exam-sessions/${skill}/scores/${others()[0]!.registrationId}`, { score });
      }
      const signed = await signOff(enterprise, skill);
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      assert.equal(signed.body.status, 'signed_off');
      assert.equal(signed.body.absent, 1);
      assert.equal(signed.body.scored, 2);
      assert.deepEqual(signed.body.allowedActions, ['requestCorrection']);
      const locked = await dbRows<{ absent: boolean; locked: boolean; score: number | null }>(
        server.database.db,
        sql`select absent, locked_at is not null as locked, score_centi as score from component_scores where session_id = ${skill} order by absent, score_centi`,
      );
      assert.deepEqual(locked, [
        { absent: false, locked: true, score: 5333 },
        { absent: false, locked: true, score: 7000 },
        { absent: true, locked: true, score: null },
      ]);
      const late = await sun.put(`/api/v1/exam-sessions/${skill}/scores/${li().registrationId}`, { score: 99, version: 1 });
      assert.equal(late.status, 409);
      assert.match(late.body.detail, /已确认并锁定.*更正申请/);
      assert.equal((await signOff(enterprise, skill)).status, 409, 'signed off once');
    });

    test('the candidate is told, in the app, that the signed-off session’s scores are confirmed, once', async () => {
      const told = (await liAccount.get('/api/v1/notifications')).body.filter((n: { kind: string }) => n.kind === 'score.signed_off');
      assert.equal(told.length, 1);
      assert.match(told[0].title, /^车工（.+）操作技能考核成绩已确认$/);
      assert.match(told[0].body, /成绩已由评价机构确认并锁定，请在“我的成绩”中查看/);
      const english = (await liAccount.request('GET', '/api/v1/notifications', undefined, { 'accept-language': 'en' })).body.find((n: { kind: string }) => n.kind === 'score.signed_off');
      assert.match(english.title, /skill assessment: scores confirmed/);
    });

    test('the candidate sees their own scores once a session is signed off, and nobody else’s', async () => {
      let [mine] = await myScores();
      assert.deepEqual(
        mine.components.map((c: { component: string; standing: string; score: number | null }) => [c.component, c.standing, c.score]),
        [
          ['theory', 'pending', null],
          ['skill', 'passed', 70],
        ],
      );
      assert.equal(mine.result, 'pending');
      assert.equal((await signOff(enterprise, theory)).status, 200);
      [mine] = await myScores();
      assert.equal(mine.result, 'passed');
      assert.equal(mine.components[0].score, 78);
      const wang = (await (await server.as('candidate-3')).get('/api/v1/scores/mine')).body.items;
      assert.deepEqual(wang, [], '王芳 sees no one else’s results');
      assert.deepEqual((await enterprise.get('/api/v1/scores/mine')).body.items, [], 'staff accounts have no results of their own');
    });

    test('a correction: asked for with a reason by an examiner, approved by an administrator, visible to the district and the city', async () => {
      const early = await admin2.post(`/api/v1/exam-sessions/${skill}/scores/${li().registrationId}/corrections`, { score: 71, reason: 'x' });
      assert.equal(early.status, 201, 'the session is locked: a correction is the way');
      const decidedEarly = await enterprise.post(`/api/v1/score-corrections/${early.body.id}/decision`, { version: early.body.version, decision: 'reject', reason: '与评分记录一致，无需更正' });
      assert.equal(decidedEarly.status, 200, JSON.stringify(decidedEarly.body));

      server.clock.advance(60_000);
      const noReason = await sun.post(`/api/v1/exam-sessions/${skill}/scores/${li().registrationId}/corrections`, { score: 80, reason: '' });
      assert.equal(noReason.status, 400);
      const same = await sun.post(`/api/v1/exam-sessions/${skill}/scores/${li().registrationId}/corrections`, { score: 70, reason: '复核' });
      assert.equal(same.status, 400);
      assert.match(same.body.errors[0].message, /与原成绩相同/);
      const absent = await sun.post(`/api/v1/exam-sessions/${skill}/scores/${others()[1]!.registrationId}/corrections`, { score: 60, reason: '补录' });
      assert.equal(absent.status, 422);
      assert.match(absent.body.detail, /缺考/);

      const asked = await sun.post(`/api/v1/exam-sessions/${skill}/scores/${li().registrationId}/corrections`, { score: 76.5, reason: '孙国华评分表誊录错误，原始评分 86.5' });
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      assert.deepEqual(
        { old: asked.body.oldScore, new: asked.body.newScore, status: asked.body.status, by: asked.body.requestedByName },
        { old: 70, new: 76.5, status: 'pending', by: '浦江精密 考评员 孙国华' },
      );
      assert.deepEqual(asked.body.allowedActions, [], 'the requester cannot decide');
      const second = await enterprise.post(`/api/v1/exam-sessions/${skill}/scores/${li().registrationId}/corrections`, { score: 75, reason: '另一理由' });
      assert.equal(second.status, 409);
      assert.match(second.body.detail, /已有一项待审批的更正申请/);
      assert.equal((await sheet(skill)).session.pendingCorrections, 1);

      const bySelf = await sun.post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: asked.body.version, decision: 'approve' });
      assert.equal(bySelf.status, 403);
      const byOtherDistrict = await (await server.as('huangpu-officer')).post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: asked.body.version, decision: 'approve' });
      assert.equal(byOtherDistrict.status, 403);
      const noReject = await enterprise.post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: asked.body.version, decision: 'reject' });
      assert.equal(noReject.status, 400);
      const approved = await enterprise.post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: asked.body.version, decision: 'approve', reason: '核对原始评分表属实' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.status, 'approved');
      assert.equal(approved.body.decidedByName, '浦江精密 评价管理员');
      const row = (await sheet(skill)).rows.find((r: { registrationId: string }) => r.registrationId === li().registrationId);
      assert.deepEqual({ score: row.result.score, locked: row.result.locked }, { score: 76.5, locked: true });
      const [mine] = await myScores();
      assert.equal(mine.components[1].score, 76.5);

      const again = await admin2.post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: approved.body.version, decision: 'reject', reason: 'x' });
      assert.equal(again.status, 409, 'decided once');

      for (const reader of ['pudong-officer', 'city-admin']) {
        const history = (await (await server.as(reader)).get('/api/v1/score-corrections')).body.items;
        assert.deepEqual(
          history.map((c: { status: string; newScore: number }) => [c.status, c.newScore]),
          [
            ['approved', 76.5],
            ['rejected', 71],
          ],
          reader,
        );
      }
      assert.deepEqual((await (await server.as('huangpu-officer')).get('/api/v1/score-corrections')).body.items, []);
      assert.deepEqual(
        (await sun.get('/api/v1/score-corrections')).body.items.map((c: { id: string }) => c.id),
        [asked.body.id],
        'an examiner lists the corrections they asked for',
      );
      assert.equal((await liAccount.get('/api/v1/score-corrections')).status, 403);
    });

    test('an administrator’s own request needs the other administrator', async () => {
      const asked = await enterprise.post(`/api/v1/exam-sessions/${theory}/scores/${li().registrationId}/corrections`, { score: 80, reason: '阅卷复核加分' });
      assert.equal(asked.status, 201);
      const self = await enterprise.post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: asked.body.version, decision: 'approve' });
      assert.equal(self.status, 403);
      assert.match(self.body.detail, /申请人以外的另一人审批/);
      const listed = (await admin2.get('/api/v1/score-corrections?status=pending')).body.items;
      assert.deepEqual(
        listed.map((c: { id: string; allowedActions: string[] }) => [c.id, c.allowedActions]),
        [[asked.body.id, ['decide']]],
      );
      const approved = await admin2.post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: asked.body.version, decision: 'approve' });
      assert.equal(approved.status, 200);
      const events = await dbRows<{ action: string }>(server.database.db, sql`select action from audit_events where entity_id = ${asked.body.id} order by seq`);
      assert.deepEqual(
        events.map((e) => e.action),
        ['score.correction_requested', 'score.correction_approved'],
      );
    });

    test('an administrator’s own request is decided by the institution’s district when no second administrator does it', async () => {
      const asked = await enterprise.post(`/api/v1/exam-sessions/${theory}/scores/${others()[0]!.registrationId}/corrections`, { score: 62, reason: '复核试卷漏计一题' });
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      const pudong = await server.as('pudong-officer');
      const listed = (await pudong.get('/api/v1/score-corrections?status=pending')).body.items;
      assert.deepEqual(
        listed.map((c: { id: string; allowedActions: string[] }) => [c.id, c.allowedActions]),
        [[asked.body.id, ['decide']]],
      );
      const elsewhere = await (await server.as('huangpu-officer')).post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: asked.body.version, decision: 'approve' });
      assert.equal(elsewhere.status, 403);
      const approved = await pudong.post(`/api/v1/score-corrections/${asked.body.id}/decision`, { version: asked.body.version, decision: 'approve', reason: '核对答题卡属实' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.status, 'approved');
      const row = (await sheet(theory)).rows.find((r: { registrationId: string }) => r.registrationId === others()[0]!.registrationId);
      assert.deepEqual({ score: row.result.score, passed: row.result.passed, locked: row.result.locked }, { score: 62, passed: true, locked: true });
    });

    test('the corrections are read a page at a time: past the first page every one is reached, in the same order, each once', async () => {
      const pudong = await server.as('pudong-officer');
      const whole = (await pudong.get('/api/v1/score-corrections?limit=200')).body;
      assert.equal(whole.nextCursor, null);
      assert.ok(whole.items.length >= 4, JSON.stringify(whole.items.length));
      // Every request here was made at the same instant of the test clock: the id breaks the tie.
      const walk = async (query: string) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        for (let page = 0; page < 20; page += 1) {
          const response: HttpResponse<{ items: Array<{ id: string }>; nextCursor: string | null }> = await pudong.get(
            `/api/v1/score-corrections?limit=1${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          );
          assert.equal(response.status, 200, JSON.stringify(response.body));
          assert.ok(response.body.items.length <= 1);
          seen.push(...response.body.items.map((c: { id: string }) => c.id));
          cursor = response.body.nextCursor;
          if (!cursor) break;
        }
        assert.equal(cursor, null, 'the last page says there is no more');
        return seen;
      };
      assert.deepEqual(
        await walk(''),
        whole.items.map((c: { id: string }) => c.id),
      );
      const approved = whole.items.filter((c: { status: string }) => c.status === 'approved').map((c: { id: string }) => c.id);
      assert.deepEqual(await walk('&status=approved'), approved, 'the filter holds on every page');
      const tampered = await pudong.get(`/api/v1/score-corrections?cursor=${Buffer.from(JSON.stringify({ at: 'yesterday', id: 'x' })).toString('base64url')}`);
      assert.equal(tampered.status, 400);
      assert.match(JSON.stringify(tampered.body), /分页游标无效/);
      const tooMany = await pudong.get('/api/v1/score-corrections?limit=201');
      assert.equal(tooMany.status, 400, 'a page holds at most 200');
    });
  });
}
