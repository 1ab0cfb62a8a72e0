import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  attemptOutcome,
  chooseResitBasis,
  combineScores,
  keptUntil,
  parseScore,
  resitBasis,
  scoreSpread,
  spreadExceeds,
  type ComponentResult,
  type EarlierAttempt,
  type ExamComponent,
} from '../src/index.ts';

describe('a score as typed: 0–100, two decimals at most', () => {
  const cases: Array<[string | number, number | string]> = [
    ['0', 0],
    ['100', 10_000],
    ['59.99', 5999],
    ['87.5', 8750],
    ['87.50', 8750],
    ['87.', 8700],
    [' 60 ', 6000],
    [87.35, 8735],
    [0.1 + 0.2, 'tooPrecise'],
    ['99.999', 'tooPrecise'],
    ['100.01', 'outOfRange'],
    ['101', 'outOfRange'],
    ['-1', 'outOfRange'],
    [-0.5, 'outOfRange'],
    [1e21, 'outOfRange'],
    ['', 'notANumber'],
    ['八十', 'notANumber'],
    ['87,5', 'notANumber'],
    ['1e2', 'notANumber'],
    [Number.NaN, 'notANumber'],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${expected}`, () => {
      assert.deepEqual(parseScore(input), typeof expected === 'number' ? { centi: expected } : { problem: expected });
    });
  }
});

describe('combining examiners’ scores', () => {
  const cases: Array<[number[], 'mean' | 'median' | 'trimmed_mean', number]> = [
    [[8000, 8500, 9000], 'mean', 8500],
    [[8000, 8500, 9050], 'mean', 8517], // 8516.67 rounds up
    [[7000, 7001], 'mean', 7001], // 7000.5 rounds half up
    [[6000, 8000, 9900], 'median', 8000],
    [[6000, 8000, 9000, 9900], 'median', 8500],
    [[6001, 8000], 'median', 7001],
    [[5000, 8000, 8200, 8400, 10_000], 'trimmed_mean', 8200],
    [[5000, 8000], 'trimmed_mean', 6500], // fewer than three: the mean
    [[7500], 'median', 7500],
  ];
  for (const [scores, rule, expected] of cases) {
    test(`${rule} of ${scores.join(', ')} → ${expected}`, () => assert.equal(combineScores(scores, rule), expected));
  }
  test('the spread is highest minus lowest, and warns only above the parameter', () => {
    assert.equal(scoreSpread([7000, 8000, 8100]), 1100);
    assert.equal(spreadExceeds([7000, 8000], 10), false, 'exactly 10 points is within');
    assert.equal(spreadExceeds([7000, 8001], 10), true);
  });
});

const result = (component: ExamComponent, score: number | null, examDate = '2026-04-01', extra: Partial<ComponentResult> = {}): ComponentResult => ({
  component,
  scoreCenti: score,
  absent: score === null,
  final: true,
  examDate,
  ...extra,
});

describe('a registration’s outcome: every required component at 60 or above, no averaging', () => {
  const cases: Array<{ name: string; level: number; components: ComponentResult[]; expected: 'passed' | 'failed' | 'pending'; passMark?: number }> = [
    { name: 'both at 60 exactly', level: 4, components: [result('theory', 6000), result('skill', 6000)], expected: 'passed' },
    { name: '59.99 in skill fails despite 100 in theory', level: 4, components: [result('theory', 10_000), result('skill', 5999)], expected: 'failed' },
    { name: 'absent from theory fails', level: 4, components: [result('theory', null), result('skill', 9000)], expected: 'failed' },
    { name: 'a component not yet sat is pending', level: 4, components: [result('theory', 8000)], expected: 'pending' },
    { name: 'a score not yet signed off is pending', level: 4, components: [result('theory', 8000), result('skill', 9000, '2026-04-02', { final: false })], expected: 'pending' },
    { name: 'level 2 needs the review too', level: 2, components: [result('theory', 8000), result('skill', 9000)], expected: 'pending' },
    { name: 'level 2 with all three', level: 2, components: [result('theory', 8000), result('skill', 9000), result('review', 6500)], expected: 'passed' },
    { name: 'a failed component fails at once, whatever else waits', level: 2, components: [result('theory', 3000)], expected: 'failed' },
    { name: 'the pass mark is a parameter', level: 4, components: [result('theory', 6500), result('skill', 6900)], expected: 'failed', passMark: 70 },
    { name: 'a component sat twice: a passed sitting passes it', level: 5, components: [result('theory', 4000), result('theory', 7000), result('skill', 8000)], expected: 'passed' },
    {
      name: 'sat twice, failed once and the other not signed off: pending',
      level: 4,
      components: [result('theory', 4000), result('theory', 9000, '2026-04-01', { final: false }), result('skill', 8000)],
      expected: 'pending',
    },
    { name: 'sat twice, failed both: failed', level: 4, components: [result('theory', 4000), result('theory', null), result('skill', 8000)], expected: 'failed' },
  ];
  for (const c of cases) {
    test(c.name, () => assert.equal(attemptOutcome({ level: c.level, passMark: c.passMark ?? 60, components: c.components }).result, c.expected));
  }
  test('a kept component counts as passed and says until when it is kept', () => {
    const outcome = attemptOutcome({
      level: 4,
      passMark: 60,
      components: [result('skill', 7000, '2026-10-10')],
      kept: [{ component: 'theory', scoreCenti: 8000, examDate: '2026-04-01', keptUntil: '2027-03-31' }],
    });
    assert.equal(outcome.result, 'passed');
    assert.deepEqual(outcome.components[0], { component: 'theory', standing: 'kept', scoreCenti: 8000, examDate: '2026-04-01', keptUntil: '2027-03-31' });
  });
  test('a score not signed off is not shown', () => {
    const outcome = attemptOutcome({ level: 4, passMark: 60, components: [result('theory', 4000, '2026-04-01', { final: false })] });
    assert.equal(outcome.components[0]!.scoreCenti, null);
  });
});

describe('keep period and the one resit', () => {
  const rules = { passMark: 60, keepYears: 1 };
  const earlier = (over: Partial<EarlierAttempt> = {}): EarlierAttempt => ({
    registrationId: 'r1',
    level: 4,
    attempt: 'regular',
    components: [result('theory', 8000, '2026-04-01'), result('skill', 5000, '2026-04-02')],
    resat: false,
    ...over,
  });
  test('a passed component is kept through the day before the anniversary of its exam', () => {
    assert.equal(keptUntil('2026-04-01', 1), '2027-03-31');
    assert.equal(keptUntil('2024-02-29', 1), '2025-02-27');
  });
  const cases: Array<{ name: string; attempt: EarlierAttempt; on: string; expected: string; needed?: ExamComponent[] }> = [
    { name: 'theory passed, skill failed: resit skill the next day', attempt: earlier(), on: '2026-04-03', expected: 'ok', needed: ['skill'] },
    { name: 'on the last day theory is kept', attempt: earlier(), on: '2027-03-31', expected: 'ok', needed: ['skill'] },
    { name: 'the day after: theory no longer kept', attempt: earlier(), on: '2027-04-01', expected: 'keepExpired' },
    { name: 'already resat once', attempt: earlier({ resat: true }), on: '2026-06-01', expected: 'alreadyResat' },
    { name: 'a resit cannot be resat', attempt: earlier({ attempt: 'resit' }), on: '2026-06-01', expected: 'onlyOneResit' },
    {
      name: 'everything failed: nothing to keep, apply as a regular attempt',
      attempt: earlier({ components: [result('theory', 4000), result('skill', 5000)] }),
      on: '2026-06-01',
      expected: 'nothingKept',
    },
    { name: 'absent from skill counts as failed', attempt: earlier({ components: [result('theory', 8000), result('skill', null)] }), on: '2026-06-01', expected: 'ok', needed: ['skill'] },
    { name: 'passed: nothing to resit', attempt: earlier({ components: [result('theory', 8000), result('skill', 7000)] }), on: '2026-06-01', expected: 'alreadyPassed' },
    {
      name: 'results not yet signed off',
      attempt: earlier({ components: [result('theory', 8000), result('skill', 5000, '2026-04-02', { final: false })] }),
      on: '2026-06-01',
      expected: 'resultPending',
    },
    { name: 'a component never sat', attempt: earlier({ components: [result('theory', 8000)] }), on: '2026-06-01', expected: 'resultPending' },
    {
      name: 'level 2: theory and skill kept, review resat',
      attempt: earlier({ level: 2, components: [result('theory', 8000), result('skill', 7000), result('review', 5500)] }),
      on: '2026-09-01',
      expected: 'ok',
      needed: ['review'],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const basis = resitBasis(c.attempt, c.on, rules);
      assert.equal(basis.ok ? 'ok' : basis.reason, c.expected);
      if (basis.ok) assert.deepEqual(basis.needed, c.needed);
    });
  }
  test('the keep period is a parameter', () => {
    assert.equal(resitBasis(earlier(), '2027-06-01', { passMark: 60, keepYears: 2 }).ok, true);
  });
  test('the most recent attempt that can carry a resit is chosen; without one, the latest says why', () => {
    const old = earlier({ registrationId: 'old' });
    const recent = earlier({ registrationId: 'recent', components: [result('theory', 9000, '2026-10-01'), result('skill', 4000, '2026-10-02')] });
    const chosen = chooseResitBasis([recent, old], '2027-05-01', rules);
    assert.equal(chosen.ok && chosen.registrationId, 'recent');
    const none = chooseResitBasis([earlier({ registrationId: 'a', resat: true }), earlier({ registrationId: 'b', attempt: 'resit' })], '2026-06-01', rules);
    assert.equal(!none.ok && none.reason, 'alreadyResat');
    const nothing = chooseResitBasis([], '2026-06-01', rules);
    assert.equal(!nothing.ok && nothing.reason, 'noEarlierAttempt');
  });
});
