import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FILING_ACTIONS, FILING_STATUSES, filingPolicy, nextFilingStatus, TERMINAL_FILING_STATUSES, type FilingAction, type FilingStatus } from '../src/index.ts';

/** Every legal move, written out by hand: the table in the code must say exactly this. */
const LEGAL: Array<[FilingStatus, FilingAction, FilingStatus]> = [
  ['draft', 'submit', 'submitted'],
  ['draft', 'withdraw', 'superseded'],
  ['submitted', 'return', 'returned'],
  ['submitted', 'approve', 'approved'],
  ['submitted', 'reject', 'rejected'],
  ['returned', 'resubmit', 'submitted'],
  ['returned', 'withdraw', 'superseded'],
  ['approved', 'suspend', 'suspended'],
  ['approved', 'expire', 'expired'],
  ['approved', 'terminate', 'terminated'],
  ['suspended', 'restore', 'approved'],
  ['suspended', 'expire', 'expired'],
  ['suspended', 'terminate', 'terminated'],
];

describe('filing transitions: every status × every action', () => {
  for (const from of FILING_STATUSES) {
    for (const action of FILING_ACTIONS) {
      const legal = LEGAL.find(([f, a]) => f === from && a === action);
      test(`${from} --${action}--> ${legal ? legal[2] : 'refused'}`, () => {
        assert.equal(nextFilingStatus(from, action), legal ? legal[2] : null);
      });
    }
  }
  test('terminal states have no way out', () => {
    for (const status of TERMINAL_FILING_STATUSES)
      assert.ok(
        FILING_ACTIONS.every((a) => nextFilingStatus(status, a) === null),
        status,
      );
  });
});

describe('who may move a filing', () => {
  const facts = (status: FilingStatus) => ({ institutionId: 'inst-1', districtCode: '310101', status, occupationCodes: ['6-18-01-01'] });
  const admin = { kind: 'user' as const, userId: 'a', username: 'a', displayName: 'a', locale: null, grants: [{ role: 'institution_admin' as const, institutionId: 'inst-1' }] };
  const huangpu = { kind: 'user' as const, userId: 'h', username: 'h', displayName: 'h', locale: null, grants: [{ role: 'district_officer' as const, districtCode: '310101' }] };
  const pudong = { kind: 'user' as const, userId: 'p', username: 'p', displayName: 'p', locale: null, grants: [{ role: 'district_officer' as const, districtCode: '310115' }] };

  test('the applicant submits but cannot approve its own filing', () => {
    assert.equal(filingPolicy(admin, 'submit', facts('draft')).allowed, true);
    assert.deepEqual(filingPolicy(admin, 'approve', facts('submitted')), { allowed: false, status: 403, reason: 'policy.filing.notReviewer' });
  });
  test('the district of registration decides; another district is refused before it learns the state', () => {
    assert.equal(filingPolicy(huangpu, 'approve', facts('submitted')).allowed, true);
    const refused = filingPolicy(pudong, 'approve', facts('draft'));
    assert.equal(refused.allowed, false);
    assert.equal(!refused.allowed && refused.reason, 'policy.district.outOfScope');
  });
  test('the right reviewer in the wrong state gets a conflict, not a refusal', () => {
    const decision = filingPolicy(huangpu, 'approve', facts('draft'));
    assert.equal(!decision.allowed && decision.status, 409);
  });
  test('only the daily job expires filings', () => {
    assert.equal(filingPolicy(huangpu, 'expire', facts('approved')).allowed, false);
    assert.equal(filingPolicy({ kind: 'system', job: 'filing-expiry' }, 'expire', facts('approved')).allowed, true);
  });
});
