import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { shanghaiDate } from '@jiping/domain';
import { dbTargets } from '../helpers/database.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import type { HttpResponse } from '../helpers/http.ts';

const must = (response: HttpResponse, status: number) => {
  assert.equal(response.status, status, JSON.stringify(response.body));
  return response.body;
};
const shanghaiTime = (instant: string) => new Date(instant).toLocaleTimeString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 5);

for (const target of dbTargets()) {
  // 10:00 in Shanghai: the morning's 08:00 theory start has passed, so the theory sitting starts later.
  for (const startAt of ['2026-03-02T02:00:00.000Z', '2026-03-02T09:20:00.000Z']) {
    describe(`the demo's 车工 四级 exam on the day it is loaded, at ${startAt} [${target}]`, () => {
      let server: TestServer;
      let sessions: Array<{ id: string; planId: string; component: string; startsAt: string; endsAt: string; version: number; occupationName: string; level: number }>;

      before(async () => {
        server = await startTestServer(target, {}, startAt, { demoExam: true });
      });
      after(async () => server?.close());

      test('孙国华 finds the theory and the skill sitting of today in 我的场次, both still ahead', async () => {
        const examiner = await server.as('enterprise-examiner');
        sessions = must(await examiner.get('/api/v1/exam-sessions/mine'), 200).items;
        assert.deepEqual(
          sessions.map((s) => [s.component, s.occupationName, s.level, shanghaiDate(new Date(s.startsAt))]),
          [
            ['theory', '车工', 4, '2026-03-02'],
            ['skill', '车工', 4, '2026-03-02'],
          ],
        );
        const [theory, skill] = sessions;
        assert.ok(new Date(theory!.startsAt) > server.clock.now(), 'scheduled ahead of the clock');
        assert.ok(new Date(theory!.endsAt) <= new Date(skill!.startsAt), 'the same staff serve both, so they never overlap');
        if (startAt.endsWith('02:00:00.000Z')) {
          assert.deepEqual(
            sessions.map((s) => [shanghaiTime(s.startsAt), shanghaiTime(s.endsAt)]),
            [
              ['10:15', '11:45'],
              ['13:00', '17:30'],
            ],
          );
        }
      });

      test('the plan was acknowledged by the district and its staffing breaks no rule', async () => {
        const admin = await server.as('enterprise-admin');
        const planId = sessions[0]!.planId;
        assert.equal(must(await admin.get(`/api/v1/plans/${planId}`), 200).status, 'acknowledged');
        const staffing = must(await admin.get(`/api/v1/plans/${planId}/staffing`), 200);
        assert.deepEqual(
          staffing.sessions.map((s: { component: string; candidates: number; problems: unknown[]; assignments: Array<{ duty: string; name: string }> }) => [
            s.component,
            s.candidates,
            s.problems,
            s.assignments.map((a) => `${a.duty}:${a.name}`).sort(),
          ]),
          [
            ['theory', 5, [], ['internal_supervisor:郑质量', 'invigilator:周建平', 'invigilator:孙国华'].sort()],
            ['skill', 5, [], ['examiner:吴秀兰', 'examiner:周建平', 'examiner:孙国华', 'internal_supervisor:郑质量'].sort()],
          ],
        );
      });

      test('李强 downloads his admission ticket, which lists both sittings', async () => {
        const li = await server.as('candidate-2');
        const [ticket] = must(await li.get('/api/v1/exam-tickets/mine'), 200).items;
        assert.deepEqual(
          ticket.sessions.map((s: { component: string }) => s.component),
          ['theory', 'skill'],
        );
        const response = await fetch(`${server.baseUrl}/api/v1/exam-tickets/mine/${ticket.registrationId}/ticket.pdf`, { headers: { cookie: `jiping_session=${li.cookie('jiping_session')}` } });
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), 'application/pdf');
        assert.equal(
          Buffer.from(await response.arrayBuffer())
            .subarray(0, 5)
            .toString(),
          '%PDF-',
        );
      });

      test('孙国华 can open the theory sitting from an hour before it starts', async () => {
        const examiner = await server.as('enterprise-examiner');
        const theory = sessions[0]!;
        server.clock.set(new Date(Math.max(new Date(theory.startsAt).getTime() - 30 * 60_000, server.clock.now().getTime())));
        const started = must(await examiner.post(`/api/v1/exam-sessions/${theory.id}/start`, { version: theory.version }), 200);
        assert.equal(started.status, 'in_progress');
      });
    });
  }
}
