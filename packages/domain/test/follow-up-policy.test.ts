import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonths,
  allowedDocumentRequestActions,
  allowedRectificationActions,
  documentRequestOverdue,
  documentRequestPolicy,
  rectificationOverdue,
  rectificationPolicy,
  sanctionPolicy,
  sanctionProblems,
  suspensionEndsOn,
  type Actor,
  type Grant,
  type InspectionFollowUpFacts,
} from '../src/index.ts';

const user = (userId: string, ...grants: Grant[]): Actor => ({ kind: 'user', userId, username: userId, displayName: userId, grants, locale: null });
const city = user('city', { role: 'municipal_admin' });
const pudong = user('pudong', { role: 'district_officer', districtCode: '310115' });
const huangpu = user('huangpu', { role: 'district_officer', districtCode: '310101' });
const industry = user('industry', { role: 'industry_officer', occupationCodes: ['6-18-01-01'] });
const assigned = user('inspector-1', { role: 'inspector' });
const stranger = user('inspector-3', { role: 'inspector' });
const admin = user('admin', { role: 'institution_admin', institutionId: 'ent' });
const otherAdmin = user('other', { role: 'institution_admin', institutionId: 'school' });
const examiner = user('examiner', { role: 'examiner', institutionId: 'ent' });

const facts = (over: Partial<InspectionFollowUpFacts> = {}): InspectionFollowUpFacts => ({
  institutionId: 'ent',
  districtCode: '310115',
  departmentKind: 'district',
  departmentDistrictCode: '310101',
  occupationCodes: ['6-18-01-01'],
  inspectorUserIds: ['inspector-1', 'inspector-2'],
  status: 'in_progress',
  ...over,
});

test('rectification: the assigned inspectors, the department running the inspection and the city order; nobody else', () => {
  const who = (actor: Actor, f = facts()) => rectificationPolicy(actor, 'order', f);
  assert.equal(who(assigned).allowed, true);
  assert.equal(who(city).allowed, true);
  assert.equal(who(huangpu).allowed, true, 'the 黄浦 bureau runs this inspection');
  const district = who(pudong);
  assert.deepEqual(district, { allowed: false, status: 403, reason: 'policy.followUp.otherDistrict', params: { district: '310101' } }, 'the institution’s own district reads but does not order');
  assert.deepEqual(who(stranger), { allowed: false, status: 403, reason: 'policy.followUp.notAssigned' });
  assert.equal(who(industry).allowed, false);
  assert.equal(who(industry, facts({ departmentKind: 'industry', departmentDistrictCode: null })).allowed, true, 'an industry inspection in its occupations');
  assert.equal(who(industry, facts({ departmentKind: 'industry', departmentDistrictCode: null, occupationCodes: ['4-10-01-05'] })).allowed, false);
  assert.equal(who(admin).allowed, false);
  assert.deepEqual(
    who(assigned, facts({ status: 'cancelled' })),
    { allowed: false, status: 409, reason: 'policy.rectification.inspectionNotOrderable', params: { inspectionStatus: 'cancelled' } },
    'right person, wrong state: 409',
  );
  assert.equal(who(assigned, facts({ status: 'assigned' })).allowed, false, 'not before the inspection has started');
});

test('rectification: the institution answers open and reopened orders; the supervisors decide answered ones', () => {
  assert.equal(rectificationPolicy(admin, 'respond', { ...facts(), orderStatus: 'open' }).allowed, true);
  assert.equal(rectificationPolicy(admin, 'respond', { ...facts(), orderStatus: 'reopened' }).allowed, true);
  assert.equal(rectificationPolicy(admin, 'respond', { ...facts(), orderStatus: 'accepted' }).allowed, false);
  assert.equal(rectificationPolicy(otherAdmin, 'respond', { ...facts(), orderStatus: 'open' }).allowed, false);
  assert.equal(rectificationPolicy(assigned, 'respond', { ...facts(), orderStatus: 'open' }).allowed, false);
  assert.deepEqual(allowedRectificationActions(assigned, { ...facts(), orderStatus: 'responded' }), ['accept', 'reopen']);
  assert.deepEqual(allowedRectificationActions(assigned, { ...facts(), orderStatus: 'open' }), []);
  assert.deepEqual(allowedRectificationActions(stranger, { ...facts(), orderStatus: 'responded' }), []);
  assert.deepEqual(allowedRectificationActions(admin, { ...facts(), orderStatus: 'open' }), ['respond']);
});

test('reading what follows an inspection: supervisors, the institution’s district, the institution; not another institution nor its examiners', () => {
  for (const actor of [city, pudong, huangpu, assigned, admin]) assert.equal(rectificationPolicy(actor, 'read', facts()).allowed, true, actor.kind === 'user' ? actor.userId : '');
  for (const actor of [stranger, otherAdmin, examiner, industry]) assert.equal(rectificationPolicy(actor, 'read', facts()).allowed, false);
  assert.equal(
    rectificationPolicy(otherAdmin, 'read', facts()).allowed === false && (rectificationPolicy(otherAdmin, 'read', facts()) as { reason: string }).reason,
    'policy.followUp.otherInstitution',
  );
  assert.equal(rectificationPolicy({ kind: 'anonymous' }, 'read', facts()).allowed, false);
});

test('document requests: asked by supervisors from assignment to completion, answered by the institution while open, closed by supervisors', () => {
  assert.equal(documentRequestPolicy(assigned, 'request', facts({ status: 'assigned' })).allowed, true);
  assert.equal(documentRequestPolicy(assigned, 'request', facts({ status: 'published' })).allowed, false);
  assert.equal(documentRequestPolicy(stranger, 'request', facts()).allowed, false);
  assert.deepEqual(allowedDocumentRequestActions(admin, { ...facts(), requestStatus: 'open' }), ['upload', 'answer']);
  assert.deepEqual(allowedDocumentRequestActions(admin, { ...facts(), requestStatus: 'answered' }), []);
  assert.deepEqual(allowedDocumentRequestActions(assigned, { ...facts(), requestStatus: 'answered' }), ['close']);
  assert.deepEqual(allowedDocumentRequestActions(assigned, { ...facts(), requestStatus: 'closed' }), []);
});

test('sanctions: the bureau of the institution’s district or the city decides; the institution reads its own', () => {
  const ent = { institutionId: 'ent', districtCode: '310115' };
  assert.equal(sanctionPolicy(city, 'decide', ent).allowed, true);
  assert.equal(sanctionPolicy(pudong, 'decide', ent).allowed, true);
  assert.deepEqual(sanctionPolicy(huangpu, 'decide', ent), { allowed: false, status: 403, reason: 'policy.district.outOfScope', params: { district: '310115' } });
  assert.equal(sanctionPolicy(assigned, 'decide', ent).allowed, false, 'an inspector finds, the bureau sanctions');
  assert.equal(sanctionPolicy(industry, 'decide', ent).allowed, false);
  assert.equal(sanctionPolicy(admin, 'decide', ent).allowed, false);
  assert.equal(sanctionPolicy(admin, 'read', ent).allowed, true);
  assert.equal(sanctionPolicy(otherAdmin, 'read', ent).allowed, false);
});

test('sanction terms: months only for a suspension and 1–12 there, a reason always; every problem at once', () => {
  assert.deepEqual(sanctionProblems({ kind: 'suspension', months: 3, reason: '监控缺失' }), []);
  assert.deepEqual(
    sanctionProblems({ kind: 'suspension', months: 13, reason: ' ' }).map((p) => p.reason),
    ['sanction.monthsOutOfRange', 'sanction.reasonRequired'],
  );
  assert.deepEqual(
    sanctionProblems({ kind: 'suspension', months: null, reason: 'x' }).map((p) => p.reason),
    ['sanction.monthsRequired'],
  );
  assert.deepEqual(
    sanctionProblems({ kind: 'suspension', months: 1.5, reason: 'x' }).map((p) => p.reason),
    ['sanction.monthsOutOfRange'],
  );
  assert.deepEqual(
    sanctionProblems({ kind: 'termination', months: 2, reason: 'x' }).map((p) => p.reason),
    ['sanction.monthsOnlyForSuspension'],
  );
  assert.deepEqual(sanctionProblems({ kind: 'interview', reason: '3月16日 14:00 区人社局 302 会议室' }), []);
});

test('a suspension of N months ends N months on, at the month’s last day when the day does not exist', () => {
  assert.equal(suspensionEndsOn('2026-03-12', 2), '2026-05-12');
  assert.equal(suspensionEndsOn('2026-01-31', 1), '2026-02-28');
  assert.equal(suspensionEndsOn('2026-11-30', 12), '2027-11-30');
  assert.equal(addMonths('2027-12-15', 1), '2028-01-15');
});

test('overdue: past the deadline (not on it) while the institution still owes its answer', () => {
  assert.equal(rectificationOverdue({ status: 'open', deadline: '2026-03-10' }, '2026-03-10'), false);
  assert.equal(rectificationOverdue({ status: 'open', deadline: '2026-03-10' }, '2026-03-11'), true);
  assert.equal(rectificationOverdue({ status: 'reopened', deadline: '2026-03-10' }, '2026-03-11'), true);
  assert.equal(rectificationOverdue({ status: 'responded', deadline: '2026-03-10' }, '2026-03-11'), false, 'answered in time, waiting for the inspector');
  assert.equal(rectificationOverdue({ status: 'accepted', deadline: '2026-03-10' }, '2026-03-11'), false);
  assert.equal(documentRequestOverdue({ status: 'open', deadline: '2026-03-10' }, '2026-03-11'), true);
  assert.equal(documentRequestOverdue({ status: 'answered', deadline: '2026-03-10' }, '2026-03-11'), false);
});
