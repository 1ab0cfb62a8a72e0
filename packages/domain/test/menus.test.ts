import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workspacesFor, type Actor, type Grant } from '../src/index.ts';

const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u', username: 'u', displayName: 'u', grants, locale: null });

test('a user with two roles gets both workspaces, each with its own menus', () => {
  const views = workspacesFor(user({ role: 'examiner', institutionId: 'i1' }, { role: 'candidate', personId: 'p1' }));
  assert.deepEqual(
    views.map((v) => [v.workspace, v.menus.map((m) => m.path)]),
    [
      ['examiner', ['/examiner', '/examiner/my-sessions', '/examiner/conflicts', '/examiner/scoring', '/examiner/profile']],
      ['candidate', ['/candidate', '/candidate/my-profile', '/candidate/apply', '/candidate/my-registrations', '/candidate/my-scores', '/candidate/my-certificates', '/candidate/profile']],
    ],
  );
});

test('the public has no workspace', () => {
  assert.deepEqual(workspacesFor({ kind: 'anonymous' }), []);
});

test('破格复核 is for the district bureaus and the city, who give the second approval', () => {
  const keys = (actor: Actor) => workspacesFor(actor).map((v) => [v.workspace, v.menus.map((m) => m.key)]);
  assert.deepEqual(keys(user({ role: 'district_officer', districtCode: '310115' })), [
    [
      'government',
      [
        'dashboard',
        'filings',
        'plans',
        'results',
        'certificates',
        'direct-recognition',
        'identity-claims',
        'institutions',
        'score-corrections',
        'inspection-tasks',
        'inspections',
        'rectifications',
        'document-requests',
        'inspection-registry',
        'profile',
      ],
    ],
  ]);
  assert.deepEqual(keys(user({ role: 'municipal_admin' })), [
    [
      'government',
      [
        'dashboard',
        'filings',
        'plans',
        'results',
        'certificates',
        'national-export',
        'direct-recognition',
        'identity-claims',
        'institutions',
        'catalogue',
        'audit',
        'users',
        'score-corrections',
        'inspection-tasks',
        'inspections',
        'rectifications',
        'document-requests',
        'inspection-registry',
        'profile',
      ],
    ],
  ]);
  assert.deepEqual(workspacesFor(user({ role: 'district_officer', districtCode: '310115' }))[0]!.menus.find((m) => m.key === 'direct-recognition')?.path, '/government/direct-recognition');
  // An industry officer, an inspector and an institution do not decide 破格.
  for (const grant of [{ role: 'industry_officer', occupationCodes: ['6-18-01-01'] }, { role: 'inspector' }, { role: 'institution_admin', institutionId: 'i1' }] as Grant[]) {
    assert.ok(!workspacesFor(user(grant)).some((v) => v.menus.some((m) => m.key === 'direct-recognition')), grant.role);
  }
});

test('新八级工评聘 is on the menu of an employer’s administrator only', () => {
  const admin = user({ role: 'institution_admin', institutionId: 'i1' });
  const has = (category: 'employer' | 'social' | 'school') =>
    workspacesFor(admin, { institutions: [{ id: 'i1', districtCode: '310115', category }] }).some((v) => v.menus.some((m) => m.key === 'appointments' && m.path === '/institution/appointments'));
  assert.equal(has('employer'), true);
  assert.equal(has('social'), false);
  assert.equal(has('school'), false);
  // Without the facts of its institution the menu is not offered.
  assert.ok(!workspacesFor(admin).some((v) => v.menus.some((m) => m.key === 'appointments')));
});
