import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  archiveRetention,
  lateWorkingDays,
  maskObjectionContact,
  maskPersonName,
  objectionContactKind,
  publicityEnd,
  publicityPhase,
  resultsStage,
  submissionDeadline,
  workingDaysFrom,
  type ResultsStageFacts,
  type WorkCalendar,
} from '../src/index.ts';

// Labour Day 2026: 1–5 May off, Saturday 9 May worked (调休). National Day 2026: 1–7 October off
// (weekdays 1, 2, 5, 6, 7), Sunday 20 September and Saturday 10 October worked.
const calendar: WorkCalendar = {
  holidays: new Set(['2026-05-01', '2026-05-04', '2026-05-05', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
  adjustedWorkdays: new Set(['2026-05-09', '2026-09-20', '2026-10-10']),
};

describe('publicity end: N working days, the first day counting when it is a working day', () => {
  const rows: Array<[start: string, days: number, end: string, why: string]> = [
    ['2026-03-02', 5, '2026-03-06', 'Monday to Friday'],
    ['2026-03-04', 5, '2026-03-10', 'Wednesday over a weekend'],
    ['2026-03-07', 5, '2026-03-13', 'published on a Saturday: Monday is day one'],
    ['2026-04-30', 5, '2026-05-09', 'across Labour Day, the worked Saturday is day five'],
    ['2026-04-29', 5, '2026-05-08', 'across Labour Day ending before the worked Saturday'],
    ['2026-05-01', 1, '2026-05-06', 'published on the holiday: the first working day after'],
    ['2026-09-30', 5, '2026-10-12', 'across National Day: 30 Sep, 8, 9, 10 (Sat) and 12 Oct'],
    ['2026-03-02', 7, '2026-03-10', 'longer than the minimum'],
  ];
  for (const [start, days, end, why] of rows) {
    test(`${start} + ${days} → ${end} (${why})`, () => assert.equal(publicityEnd(start, days, calendar), end));
  }
});

describe('submission deadline and lateness in working days', () => {
  const rows: Array<[lastExam: string, days: number, due: string, submitted: string, late: number]> = [
    ['2026-03-02', 10, '2026-03-16', '2026-03-16', 0],
    ['2026-03-02', 10, '2026-03-16', '2026-03-10', 0],
    ['2026-03-02', 5, '2026-03-09', '2026-03-10', 1],
    // Exam on Tuesday 28 April: 29, 30 April, 6, 7, 8, 9 (Sat), 11, 12, 13, 14 May.
    ['2026-04-28', 10, '2026-05-14', '2026-05-18', 2],
    ['2026-04-28', 5, '2026-05-08', '2026-05-09', 1],
    // A Sunday after the deadline is not a working day late.
    ['2026-04-28', 5, '2026-05-08', '2026-05-10', 1],
    // Due on the worked Saturday of National Day; the Monday after is one working day late.
    ['2026-09-29', 4, '2026-10-10', '2026-10-12', 1],
  ];
  for (const [lastExam, days, due, submitted, late] of rows) {
    test(`exam ${lastExam} + ${days} → due ${due}; submitted ${submitted} → ${late} late`, () => {
      assert.equal(submissionDeadline(lastExam, days, calendar), due);
      assert.equal(lateWorkingDays(due, submitted, calendar), late);
    });
  }
  test('the district has 5 working days from the submission, skipping the holiday', () => {
    assert.equal(workingDaysFrom('2026-04-30', 5, calendar), '2026-05-11');
  });
});

describe('publicity phases', () => {
  test('objections are taken from the first to the last day, weekends inside included', () => {
    assert.equal(publicityPhase('2026-04-29', '2026-04-30', '2026-05-09'), 'upcoming');
    assert.equal(publicityPhase('2026-04-30', '2026-04-30', '2026-05-09'), 'open');
    assert.equal(publicityPhase('2026-05-03', '2026-04-30', '2026-05-09'), 'open');
    assert.equal(publicityPhase('2026-05-09', '2026-04-30', '2026-05-09'), 'open');
    assert.equal(publicityPhase('2026-05-10', '2026-04-30', '2026-05-09'), 'ended');
  });
});

describe('the stage of a plan’s results', () => {
  const base: ResultsStageFacts = { planStatus: 'acknowledged', sessions: 2, signedOff: 2, publication: null, openObjections: 0, submission: null, today: '2026-05-11' };
  const rows: Array<[Partial<ResultsStageFacts>, string]> = [
    [{ sessions: 0, signedOff: 0 }, 'awaiting_scores'],
    [{ signedOff: 1 }, 'awaiting_scores'],
    [{ planStatus: 'cancelled' }, 'awaiting_scores'],
    [{}, 'ready'],
    [{ planStatus: 'closed' }, 'ready'],
    [{ publication: { endsOn: '2026-05-11' } }, 'publicity'],
    [{ publication: { endsOn: '2026-05-11' }, openObjections: 2 }, 'publicity'],
    [{ publication: { endsOn: '2026-05-09' }, openObjections: 1 }, 'objections_open'],
    [{ publication: { endsOn: '2026-05-09' } }, 'final'],
    [{ publication: { endsOn: '2026-05-09' }, submission: 'submitted' }, 'submitted'],
    [{ publication: { endsOn: '2026-05-09' }, submission: 'returned' }, 'returned'],
    [{ publication: { endsOn: '2026-05-09' }, submission: 'accepted' }, 'accepted'],
  ];
  for (const [facts, stage] of rows) test(`${JSON.stringify(facts)} → ${stage}`, () => assert.equal(resultsStage({ ...base, ...facts }), stage));
});

describe('what the public and the pages see of people', () => {
  test('names keep the family name only', () => {
    assert.equal(maskPersonName('李强'), '李*');
    assert.equal(maskPersonName('欧阳娜娜'), '欧***');
    assert.equal(maskPersonName('王'), '*');
    assert.equal(maskPersonName('𠮷田'), '𠮷*');
  });
  test('contacts are a mobile number or an e-mail address, shown masked', () => {
    assert.equal(objectionContactKind('13812345678'), 'phone');
    assert.equal(objectionContactKind(' zhang@example.com '), 'email');
    assert.equal(objectionContactKind('12812345678'), null);
    assert.equal(objectionContactKind('021-12345678'), null);
    assert.equal(objectionContactKind('not an address'), null);
    assert.equal(maskObjectionContact('13812345678'), '138****5678');
    assert.equal(maskObjectionContact('zhang@example.com'), 'z***@example.com');
  });
});

test('a file is kept 3 years on paper and 5 electronically from the day it is archived', () => {
  assert.deepEqual(archiveRetention('2026-05-20', 3, 5), { paperRetainUntil: '2029-05-20', electronicRetainUntil: '2031-05-20' });
  assert.deepEqual(archiveRetention('2028-02-29', 3, 5), { paperRetainUntil: '2031-02-28', electronicRetainUntil: '2033-02-28' });
});
