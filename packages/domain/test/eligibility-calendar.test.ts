import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonths, calendarSpan, sumSpans, workExperience, type WorkPeriod } from '../src/eligibility/index.ts';

const A = '6-18-01-01';
const B = '6-18-01-02';
const period = (from: string, to: string | null, occupationCode = A): WorkPeriod => ({ occupationCode, from, to });

describe('calendar spans', () => {
  const spans: Array<[string, string, [number, number, number]]> = [
    ['2020-03-02', '2024-03-02', [4, 0, 0]],
    ['2020-03-02', '2024-03-01', [3, 11, 28]],
    ['2020-03-02', '2024-05-02', [4, 2, 0]],
    ['2020-02-29', '2021-02-28', [1, 0, 0]],
    ['2020-02-29', '2024-02-29', [4, 0, 0]],
    ['2024-01-31', '2024-02-29', [0, 1, 0]],
    ['2024-01-31', '2024-03-01', [0, 1, 1]],
    ['2023-01-31', '2024-01-30', [0, 11, 30]],
    ['2024-05-01', '2024-05-01', [0, 0, 0]],
    ['2024-05-02', '2024-05-01', [0, 0, 0]],
  ];
  for (const [from, to, [years, months, days]] of spans) {
    test(`${from} → ${to} is ${years}y ${months}m ${days}d`, () => {
      assert.deepEqual(calendarSpan(from, to), { years, months, days });
    });
  }

  test('adding months clamps to the end of the month, across years both ways', () => {
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
    assert.equal(addMonths('2024-11-15', 3), '2025-02-15');
    assert.equal(addMonths('2024-01-15', -2), '2023-11-15');
    assert.equal(addMonths('2020-02-29', 12), '2021-02-28');
  });

  test('one span is exact; only leftovers of separate spans are pooled, 30 days to a month', () => {
    assert.deepEqual(sumSpans([{ years: 0, months: 11, days: 30 }]), { years: 0, months: 11, days: 30 });
    assert.deepEqual(
      sumSpans([
        { years: 0, months: 11, days: 30 },
        { years: 0, months: 0, days: 1 },
      ]),
      { years: 1, months: 0, days: 1 },
    );
    assert.deepEqual(
      sumSpans([
        { years: 1, months: 7, days: 0 },
        { years: 2, months: 6, days: 12 },
      ]),
      { years: 4, months: 1, days: 12 },
    );
    assert.deepEqual(sumSpans([]), { years: 0, months: 0, days: 0 });
  });
});

describe('cumulative work', () => {
  const E = '2024-03-02';

  test('an open period ends on the evaluation date', () => {
    assert.deepEqual(workExperience([period('2020-03-02', null)], [A], E).span, { years: 4, months: 0, days: 0 });
    assert.deepEqual(workExperience([period('2020-03-02', null)], [A], '2024-03-01').span, { years: 3, months: 11, days: 28 });
  });

  test('overlapping periods count each day once', () => {
    const periods = [period('2018-03-02', '2021-03-02'), period('2020-03-02', '2022-03-02', B), period('2019-01-01', '2019-06-01')];
    const result = workExperience(periods, [A, B], E);
    assert.deepEqual(result.span, { years: 4, months: 0, days: 0 });
    assert.deepEqual(result.periods, [{ from: '2018-03-02', to: '2022-03-02' }]);
  });

  test('touching periods join into one, so a job change loses no day', () => {
    const result = workExperience([period('2020-03-02', '2022-03-02'), period('2022-03-02', null, B)], [A, B], E);
    assert.equal(result.periods.length, 1);
    assert.deepEqual(result.span, { years: 4, months: 0, days: 0 });
  });

  test('separate periods add up by calendar', () => {
    const result = workExperience([period('2010-01-01', '2012-01-01'), period('2015-06-01', '2017-12-01')], [A], E);
    assert.deepEqual(result.span, { years: 4, months: 6, days: 0 });
  });

  test('work after the evaluation date is ignored and a later end is cut at the evaluation date', () => {
    const result = workExperience([period('2020-03-02', '2030-01-01'), period('2024-03-02', null), period('2025-01-01', null)], [A], E);
    assert.deepEqual(result.periods, [{ from: '2020-03-02', to: E }]);
    assert.deepEqual(result.span, { years: 4, months: 0, days: 0 });
  });

  test('only the named occupations count, and a period ending before it starts is ignored', () => {
    const periods = [period('2015-01-01', null, '4-10-01-05'), period('2021-03-02', null, B), period('2022-01-01', '2021-01-01')];
    assert.deepEqual(workExperience(periods, [A], E).span, { years: 0, months: 0, days: 0 });
    assert.deepEqual(workExperience(periods, [A, B], E).span, { years: 3, months: 0, days: 0 });
  });
});
