import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addWorkingDays, isWorkingDay, latestDayWithNotice, workingDaysBetween, type WorkCalendar } from '../src/index.ts';

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

test('the last day to file with 10 working days of notice skips the holidays and counts the adjusted Saturday', () => {
  // Back from Monday 12 Oct: 12, 10 (Sat, adjusted), 9, 8 October, then 30, 29, 28, 25, 24, 23 September.
  const last = latestDayWithNotice('2026-10-12', 10, calendar);
  assert.equal(last, '2026-09-22');
  assert.equal(workingDaysBetween(last, '2026-10-12', calendar), 10);
  assert.equal(workingDaysBetween('2026-09-23', '2026-10-12', calendar), 9);
});

test('without holidays the notice is plain weekdays', () => {
  const empty: WorkCalendar = { holidays: new Set(), adjustedWorkdays: new Set() };
  // Monday 16 and Friday 13 March are the two working days, so Thursday 12 March is the last day.
  assert.equal(latestDayWithNotice('2026-03-16', 2, empty), '2026-03-12');
  assert.equal(latestDayWithNotice('2026-03-16', 0, empty), '2026-03-16');
});
