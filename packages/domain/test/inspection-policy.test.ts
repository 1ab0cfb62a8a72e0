import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addWorkingDays,
  allowedInspectionActions,
  canCreateInspection,
  inspectionPolicy,
  publicationOverdue,
  type Actor,
  type Decision,
  type InspectionFacts,
  type InspectionStatus,
} from '../src/index.ts';

/** The refusal's reason, or null when allowed. */
const reason = (decision: Decision) => (decision.allowed ? null : decision.reason);
const user = (userId: string, grants: Extract<Actor, { kind: 'user' }>['grants']): Actor => ({ kind: 'user', userId, username: userId, displayName: userId, grants, locale: null });
const city = user('city', [{ role: 'municipal_admin' }]);
const huangpu = user('huangpu', [{ role: 'district_officer', districtCode: '310101' }]);
const pudong = user('pudong', [{ role: 'district_officer', districtCode: '310115' }]);
const industry = user('industry', [{ role: 'industry_officer', occupationCodes: ['6-18-01-01'] }]);
const otherIndustry = user('industry-2', [{ role: 'industry_officer', occupationCodes: ['4-10-01-01'] }]);
const inspector1 = user('u-inspector-1', [{ role: 'inspector' }]);
const inspector2 = user('u-inspector-2', [{ role: 'inspector' }]);
const inspector3 = user('u-inspector-3', [{ role: 'inspector' }]);
const enterprise = user('enterprise', [{ role: 'institution_admin', institutionId: 'inst-pudong' }]);
const social = user('social', [{ role: 'institution_admin', institutionId: 'inst-huangpu' }]);

/** A Pudong enterprise (车工) inspected by the Pudong bureau, inspectors 1 and 2. */
const facts = (status: InspectionStatus, over: Partial<InspectionFacts> = {}): InspectionFacts => ({
  number: 'JC2026000001',
  institutionId: 'inst-pudong',
  districtCode: '310115',
  occupationCodes: ['6-18-01-01'],
  departmentKind: 'district',
  departmentDistrictCode: '310115',
  status,
  inspectorUserIds: ['u-inspector-1', 'u-inspector-2'],
  confirmedUserIds: [],
  ...over,
});

test('reading: the city, the district of the institution, the industry of its occupations and the assigned inspectors; others are told why', () => {
  for (const actor of [city, pudong, industry, inspector1, inspector2]) assert.equal(inspectionPolicy(actor, 'read', facts('assigned')).allowed, true, actor.kind === 'user' ? actor.userId : '');
  const other = inspectionPolicy(inspector3, 'read', facts('assigned'));
  assert.deepEqual(other, { allowed: false, status: 403, reason: 'policy.inspection.notAssigned', params: { number: 'JC2026000001' } });
  assert.deepEqual(inspectionPolicy(huangpu, 'read', facts('assigned')), { allowed: false, status: 403, reason: 'policy.district.outOfScope', params: { district: '310115' } });
  assert.equal(reason(inspectionPolicy(otherIndustry, 'read', facts('assigned'))), 'policy.inspection.notYours');
  assert.equal(inspectionPolicy({ kind: 'anonymous' }, 'read', facts('assigned')).allowed, false);
  // A district bureau reads what it runs even in another district (a cross-district task).
  assert.equal(inspectionPolicy(huangpu, 'read', facts('assigned', { departmentDistrictCode: '310101' })).allowed, true);
});

test('the institution reads its own inspection only once completed, and never another institution’s', () => {
  for (const status of ['assigned', 'in_progress', 'submitted', 'cancelled'] as const) {
    const decision = inspectionPolicy(enterprise, 'report', facts(status));
    assert.equal(decision.allowed, false, status);
    assert.equal(reason(decision), 'policy.inspection.institutionAfterCompletion');
  }
  for (const status of ['completed', 'published'] as const) assert.equal(inspectionPolicy(enterprise, 'report', facts(status)).allowed, true, status);
  assert.equal(inspectionPolicy(social, 'read', facts('published')).allowed, false);
});

test('only the assigned inspectors work an inspection, each in its state; officers who may read it are told it is the inspectors’', () => {
  assert.equal(inspectionPolicy(inspector1, 'start', facts('assigned')).allowed, true);
  assert.deepEqual(inspectionPolicy(pudong, 'fill', facts('in_progress')), {
    allowed: false,
    status: 403,
    reason: 'policy.inspection.assignedInspectorsOnly',
    params: { number: 'JC2026000001' },
  });
  assert.equal(reason(inspectionPolicy(inspector3, 'fill', facts('in_progress'))), 'policy.inspection.notAssigned');
  const early = inspectionPolicy(inspector1, 'fill', facts('assigned'));
  assert.equal(early.allowed === false && early.status, 409);
  assert.equal(inspectionPolicy(inspector1, 'confirm', facts('submitted')).allowed, true);
  const twice = inspectionPolicy(inspector1, 'confirm', facts('submitted', { confirmedUserIds: ['u-inspector-1'] }));
  assert.deepEqual(twice, { allowed: false, status: 409, reason: 'policy.inspection.alreadyConfirmed' });
  assert.deepEqual(allowedInspectionActions(inspector2, facts('in_progress')), ['fill', 'submit']);
});

test('the running department reassigns before the start, cancels until submitted and publishes once completed; the city does not run a district’s inspection', () => {
  assert.deepEqual(allowedInspectionActions(pudong, facts('assigned')), ['reassign', 'cancel']);
  assert.deepEqual(allowedInspectionActions(pudong, facts('in_progress')), ['cancel']);
  assert.deepEqual(allowedInspectionActions(pudong, facts('completed')), ['publish']);
  assert.deepEqual(allowedInspectionActions(pudong, facts('submitted')), []);
  assert.deepEqual(inspectionPolicy(city, 'publish', facts('completed')), { allowed: false, status: 403, reason: 'policy.inspection.runningDistrictOnly', params: { district: '310115' } });
  assert.equal(inspectionPolicy(inspector1, 'publish', facts('completed')).allowed, false);
  const cityRun = facts('completed', { departmentKind: 'city', departmentDistrictCode: null });
  assert.equal(inspectionPolicy(city, 'publish', cityRun).allowed, true);
  assert.equal(reason(inspectionPolicy(pudong, 'publish', cityRun)), 'policy.inspection.runningDepartmentOnly');
  const industryRun = facts('assigned', { departmentKind: 'industry', departmentDistrictCode: null });
  assert.equal(inspectionPolicy(industry, 'cancel', industryRun).allowed, true);
});

test('creating: officers whose department supervises the institution', () => {
  const institution = { id: 'inst-pudong', districtCode: '310115', occupationCodes: ['6-18-01-01'] };
  assert.equal(canCreateInspection(city, institution).allowed, true);
  assert.equal(canCreateInspection(pudong, institution).allowed, true);
  assert.equal(canCreateInspection(industry, institution).allowed, true);
  assert.deepEqual(canCreateInspection(huangpu, institution), { allowed: false, status: 403, reason: 'policy.district.outOfScope', params: { district: '310115' } });
  assert.equal(reason(canCreateInspection(otherIndustry, institution)), 'policy.inspection.institutionNotSupervised');
  assert.equal(reason(canCreateInspection(inspector1, institution)), 'policy.supervision.officersOnly');
  assert.equal(reason(canCreateInspection(enterprise, institution)), 'policy.supervision.officersOnly');
});

test('publication is overdue the day after its due date while still unpublished', () => {
  const due = addWorkingDays('2026-04-24', 20, { holidays: new Set(['2026-05-01', '2026-05-04', '2026-05-05']), adjustedWorkdays: new Set(['2026-05-09']) });
  assert.equal(due, '2026-05-26');
  assert.equal(publicationOverdue({ status: 'completed', publicationDue: due }, '2026-05-26'), false);
  assert.equal(publicationOverdue({ status: 'completed', publicationDue: due }, '2026-05-27'), true);
  assert.equal(publicationOverdue({ status: 'published', publicationDue: due }, '2026-06-30'), false);
});
