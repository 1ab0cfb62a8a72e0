import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  distributeSeats,
  examSessionPolicy,
  fisherYates,
  formatTicketNumber,
  maskPersonName,
  scheduleProblems,
  sessionRecordMissing,
  startWindowProblem,
  TICKET_NUMBER_PATTERN,
  type Actor,
  type ExamSessionFacts,
  type ExamSessionOperation,
  type SessionSchedule,
} from '../src/index.ts';

const PLAN = { level: 4, examStart: '2026-04-01', examEnd: '2026-04-02', rooms: ['理论考场 301', '数控实操车间'] };
const FILED = [
  { name: '理论考场 301', capacity: 40 },
  { name: '数控实操车间', capacity: 12 },
  { name: '未列入计划的考场', capacity: 50 },
];
const NOW = new Date('2026-03-02T02:00:00Z');
const at = (s: string) => new Date(s);
const OK: SessionSchedule = { component: 'theory', startsAt: at('2026-04-01T09:00:00+08:00'), endsAt: at('2026-04-01T11:00:00+08:00'), room: '理论考场 301', capacity: 40 };

describe('scheduling a session', () => {
  const cases: Array<[string, Partial<SessionSchedule>, string[]]> = [
    ['inside the dates, in a filed room, within capacity', {}, []],
    ['the last exam day, late evening in Shanghai (still the same day)', { startsAt: at('2026-04-02T22:00:00+08:00'), endsAt: at('2026-04-02T23:30:00+08:00') }, []],
    ['the day before the exam dates', { startsAt: at('2026-03-31T09:00:00+08:00') }, ['startsAt:examSession.outsideExamDates']],
    ['ending the day after', { endsAt: at('2026-04-03T00:30:00+08:00') }, ['endsAt:examSession.outsideExamDates']],
    ['an end before the start', { endsAt: at('2026-04-01T08:00:00+08:00') }, ['endsAt:examSession.endBeforeStart']],
    ['an end equal to the start', { endsAt: at('2026-04-01T09:00:00+08:00') }, ['endsAt:examSession.endBeforeStart']],
    ['a room the plan does not name', { room: '未列入计划的考场' }, ['room:examSession.unknownRoom']],
    ['a room nobody filed', { room: '会议室' }, ['room:examSession.unknownRoom']],
    ['one seat over the filed capacity', { room: '数控实操车间', capacity: 13 }, ['capacity:examSession.overCapacity']],
    ['the review, which level 4 does not take', { component: 'review' }, ['component:examSession.componentNotExamined']],
  ];
  for (const [name, change, expected] of cases) {
    test(name, () => {
      assert.deepEqual(
        scheduleProblems({ ...OK, ...change }, PLAN, FILED, NOW).map((p) => `${p.field}:${p.messageKey}`),
        expected,
      );
    });
  }
  test('levels 2 and 1 take the comprehensive review', () => {
    assert.deepEqual(scheduleProblems({ ...OK, component: 'review' }, { ...PLAN, level: 2 }, FILED, NOW), []);
  });
  test('a start already past is refused', () => {
    assert.deepEqual(
      scheduleProblems(OK, PLAN, FILED, at('2026-04-01T09:30:00+08:00')).map((p) => p.messageKey),
      ['examSession.startPassed'],
    );
  });
});

describe('seats, tickets and the day', () => {
  test('seats fill sessions in order and count the shortage', () => {
    const drawn = ['a', 'b', 'c', 'd', 'e'];
    assert.deepEqual(
      distributeSeats(drawn, [
        { id: 's1', capacity: 2 },
        { id: 's2', capacity: 2 },
      ]),
      {
        seats: [
          { sessionId: 's1', candidate: 'a', seatNumber: 1 },
          { sessionId: 's1', candidate: 'b', seatNumber: 2 },
          { sessionId: 's2', candidate: 'c', seatNumber: 1 },
          { sessionId: 's2', candidate: 'd', seatNumber: 2 },
        ],
        shortage: 1,
      },
    );
  });
  test('Fisher–Yates with a fixed source is a known permutation', () => {
    // Always drawing 0 swaps each element with the first: [1,2,3,4] → [2,3,4,1].
    assert.deepEqual(
      fisherYates([1, 2, 3, 4], () => 0),
      [2, 3, 4, 1],
    );
    // Always drawing the largest index leaves the order as it is.
    assert.deepEqual(
      fisherYates([1, 2, 3, 4], (n) => n - 1),
      [1, 2, 3, 4],
    );
  });
  test('ticket numbers: ZK, year, institution code, 5-digit serial', () => {
    assert.equal(formatTicketNumber('2026', '1501', 7), 'ZK2026150100007');
    assert.ok(TICKET_NUMBER_PATTERN.test('ZK2026150100007'));
    assert.throws(() => formatTicketNumber('2026', '1501', 100_000), RangeError);
    assert.throws(() => formatTicketNumber('2026', '15', 1), RangeError);
  });
  test('names are masked after the first character', () => {
    assert.deepEqual(['李强', '欧阳娜娜', '王', ' 张三 '].map(maskPersonName), ['李*', '欧***', '*', '张*']);
  });
  test('a session starts from an hour before until its end', () => {
    const start = at('2026-04-01T09:00:00+08:00');
    const end = at('2026-04-01T11:00:00+08:00');
    assert.equal(startWindowProblem(at('2026-04-01T07:59:00+08:00'), start, end), 'tooEarly');
    assert.equal(startWindowProblem(at('2026-04-01T08:00:00+08:00'), start, end), null);
    assert.equal(startWindowProblem(at('2026-04-01T10:59:00+08:00'), start, end), null);
    assert.equal(startWindowProblem(at('2026-04-01T11:00:00+08:00'), start, end), 'tooLate');
  });
  test('a blank record is no record', () => {
    assert.deepEqual(
      [null, '', '  \n', '考场秩序良好'].map((record) => sessionRecordMissing({ record })),
      [true, true, true, false],
    );
  });
});

describe('who may act in a session', () => {
  const INSTITUTION = 'inst-1';
  const user = (userId: string, grants: Extract<Actor, { kind: 'user' }>['grants']): Actor => ({ kind: 'user', userId, username: userId, displayName: userId, grants, locale: null });
  const admin = user('admin', [{ role: 'institution_admin', institutionId: INSTITUTION }]);
  const otherAdmin = user('other', [{ role: 'institution_admin', institutionId: 'inst-2' }]);
  const supervisor = user('sup', [{ role: 'examiner', institutionId: INSTITUTION }]);
  const invigilator = user('inv', [{ role: 'examiner', institutionId: INSTITUTION }]);
  const external = user('ext', [{ role: 'district_officer', districtCode: '310101' }]);
  const district = user('pd', [{ role: 'district_officer', districtCode: '310115' }]);
  const candidate = user('cand', [{ role: 'candidate', personId: 'p1' }]);
  const facts = (status: ExamSessionFacts['status']): ExamSessionFacts => ({
    institutionId: INSTITUTION,
    districtCode: '310115',
    occupationCode: '6-18-01-01',
    status,
    staff: [
      { userId: 'sup', duty: 'internal_supervisor' },
      { userId: 'inv', duty: 'invigilator' },
      { userId: 'ext', duty: 'external_supervisor' },
    ],
  });
  const allowed = (actor: Actor, op: ExamSessionOperation, status: ExamSessionFacts['status'], subject?: string) => examSessionPolicy(actor, op, facts(status), subject);
  const table: Array<[string, Actor, ExamSessionOperation, ExamSessionFacts['status'], 'allow' | 403 | 409]> = [
    ['admin edits a scheduled session', admin, 'edit', 'scheduled', 'allow'],
    ['admin cannot edit a running one', admin, 'edit', 'in_progress', 409],
    ['another institution cannot edit', otherAdmin, 'edit', 'scheduled', 403],
    ['the internal supervisor cannot edit', supervisor, 'edit', 'scheduled', 403],
    ['the internal supervisor starts', supervisor, 'start', 'scheduled', 'allow'],
    ['the invigilator checks candidates in', invigilator, 'checkIn', 'in_progress', 'allow'],
    ['check-in only while in progress', invigilator, 'checkIn', 'scheduled', 409],
    ['the external supervisor does not check candidates in', external, 'checkIn', 'in_progress', 403],
    ['the external supervisor records incidents', external, 'recordIncident', 'in_progress', 'allow'],
    ['the invigilator does not record incidents', invigilator, 'recordIncident', 'in_progress', 403],
    ['the internal supervisor writes the record', supervisor, 'writeRecord', 'ended', 'allow'],
    ['the external supervisor does not write the record', external, 'writeRecord', 'ended', 403],
    ['no record after sign-off', admin, 'writeRecord', 'signed_off', 409],
    ['the district reads', district, 'read', 'scheduled', 'allow'],
    ['the district does not start', district, 'start', 'scheduled', 403],
    ['a candidate never acts', candidate, 'checkIn', 'in_progress', 403],
    ['a candidate does not read', candidate, 'read', 'in_progress', 403],
  ];
  for (const [name, actor, op, status, expected] of table) {
    test(name, () => {
      const decision = allowed(actor, op, status);
      assert.equal(decision.allowed ? 'allow' : decision.status, expected);
    });
  }
  test('staff check themselves in; the internal supervisor checks anyone in; an invigilator not others', () => {
    assert.equal(allowed(invigilator, 'checkInStaff', 'scheduled', 'inv').allowed, true);
    assert.equal(allowed(invigilator, 'checkInStaff', 'scheduled', 'sup').allowed, false);
    assert.equal(allowed(supervisor, 'checkInStaff', 'in_progress', 'inv').allowed, true);
    assert.equal(allowed(external, 'checkInStaff', 'in_progress', 'ext').allowed, true);
  });
});
