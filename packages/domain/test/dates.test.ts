import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, addYears, daysBetween, shanghaiDate } from '../src/index.ts';

test('the Shanghai date changes at 16:00 UTC', () => {
  assert.equal(shanghaiDate(new Date('2026-03-01T15:59:59Z')), '2026-03-01');
  assert.equal(shanghaiDate(new Date('2026-03-01T16:00:00Z')), '2026-03-02');
});

test('calendar arithmetic, including leap days', () => {
  assert.equal(addYears('2024-02-29', 3), '2027-02-28');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(daysBetween('2026-03-02', '2029-03-01'), 1095);
});
