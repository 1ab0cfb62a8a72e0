import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addWorkingDays, isWorkingDay, workingDaysBetween, type WorkCalendar } from '../src/index.ts';

// National Day 2026: 1–7 October off; Sunday 20 September and Saturday 10 October worked.
const calendar: WorkCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
  adjustedWorkdays: new Set(['2026-09-20', '2026-10-10']),
};

test('weekends rest, holidays rest, adjusted weekend days work', () => {
  assert.equal(isWorkingDay('2026-09-19', calendar), false);
  assert.equal(isWorkingDay('2026-09-20', calendar), true);
  assert.equal(isWorkingDay('2026-10-01', calendar), false);
  assert.equal(isWorkingDay('2026-10-10', calendar), true);
});

test('10 working days from the last day before National Day skip the whole holiday', () => {
  // Working days after 30 Sep: 8, 9, 10 (Sat, adjusted), 12, 13, 14, 15, 16, 19, 20 October.
  assert.equal(addWorkingDays('2026-09-30', 10, calendar), '2026-10-20');
  assert.equal(workingDaysBetween('2026-09-30', '2026-10-20', calendar), 10);
  assert.equal(workingDaysBetween('2026-09-30', '2026-10-19', calendar), 9);
  assert.equal(addWorkingDays('2026-09-30', 0, calendar), '2026-09-30');
});
