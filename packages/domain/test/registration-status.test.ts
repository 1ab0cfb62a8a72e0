import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  initialRegistrationStatus,
  nextRegistrationStatus,
  REGISTRATION_ACTIONS,
  REGISTRATION_STATUSES,
  REGISTRATION_TERMINAL,
  registrationPolicy,
  type Actor,
  type RegistrationAction,
  type RegistrationStatus,
} from '../src/index.ts';

const LEGAL: Array<[RegistrationStatus, RegistrationAction, RegistrationStatus]> = [
  ['pending', 'admit', 'admitted'],
  ['ineligible', 'admit', 'admitted'],
  ['pending', 'reject', 'rejected'],
  ['ineligible', 'reject', 'rejected'],
  ['ineligible', 'requestDirect', 'direct_pending'],
  ['direct_pending', 'approveDirect', 'admitted'],
  ['direct_pending', 'refuseDirect', 'ineligible'],
  ['pending', 'withdraw', 'withdrawn'],
  ['ineligible', 'withdraw', 'withdrawn'],
  ['direct_pending', 'withdraw', 'withdrawn'],
  ['admitted', 'withdraw', 'withdrawn'],
];

describe('registration transitions: every status × every action', () => {
  for (const from of REGISTRATION_STATUSES) {
    for (const action of REGISTRATION_ACTIONS) {
      const legal = LEGAL.find(([f, a]) => f === from && a === action);
      test(`${from} --${action}-->  ${legal ? legal[2] : 'refused'}`, () => assert.equal(nextRegistrationStatus(from, action), legal ? legal[2] : null));
    }
  }
  test("the engine's verdict decides where an application starts", () => {
    assert.equal(initialRegistrationStatus(true), 'pending');
    assert.equal(initialRegistrationStatus(false), 'ineligible');
  });
  test('rejected and withdrawn applications are final', () => assert.deepEqual([...REGISTRATION_TERMINAL], ['rejected', 'withdrawn']));
});

describe('the policy allows an operation in exactly the states the table does', () => {
  const staff: Actor = { kind: 'user', userId: 'u1', name: '机构管理员', grants: [{ role: 'institution_admin', institutionId: 'i1', districtCode: '310115' }] } as unknown as Actor;
  const district: Actor = { kind: 'user', userId: 'u2', name: '区人社局', grants: [{ role: 'district_officer', districtCode: '310115' }] } as unknown as Actor;
  const facts = (status: RegistrationStatus) => ({ institutionId: 'i1', districtCode: '310115', personId: 'p1', status, examStarted: false, directRequestedBy: 'u1' });
  for (const status of REGISTRATION_STATUSES) {
    test(status, () => {
      assert.equal(registrationPolicy(staff, 'review', facts(status)).allowed, nextRegistrationStatus(status, 'admit') !== null);
      assert.equal(registrationPolicy(staff, 'review', facts(status)).allowed, nextRegistrationStatus(status, 'reject') !== null);
      assert.equal(registrationPolicy(staff, 'withdraw', facts(status)).allowed, nextRegistrationStatus(status, 'withdraw') !== null);
      assert.equal(registrationPolicy(staff, 'requestDirect', facts(status)).allowed, nextRegistrationStatus(status, 'requestDirect') !== null);
      assert.equal(registrationPolicy(district, 'decideDirect', facts(status)).allowed, nextRegistrationStatus(status, 'approveDirect') !== null);
    });
  }
});
