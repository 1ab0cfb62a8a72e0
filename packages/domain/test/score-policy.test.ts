import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scoreCorrectionPolicy, scoreSessionPolicy, type Actor, type Grant, type ScoreSessionFacts, type ScoreSessionOperation, type SessionDuty } from '../src/index.ts';

const user = (id: string, ...grants: Grant[]): Actor => ({ kind: 'user', userId: id, username: id, displayName: id, grants, locale: null });
const ACTORS: Record<string, Actor> = {
  anonymous: { kind: 'anonymous' },
  city: user('city', { role: 'municipal_admin' }),
  pudong: user('pudong', { role: 'district_officer', districtCode: '310115' }),
  huangpu: user('huangpu', { role: 'district_officer', districtCode: '310101' }),
  admin: user('admin', { role: 'institution_admin', institutionId: 'inst' }),
  admin2: user('admin2', { role: 'institution_admin', institutionId: 'inst' }),
  otherAdmin: user('other', { role: 'institution_admin', institutionId: 'other' }),
  examiner: user('examiner', { role: 'examiner', institutionId: 'inst' }),
  candidate: user('candidate', { role: 'candidate', personId: 'p' }),
};

const session = (component: ScoreSessionFacts['component'], status: ScoreSessionFacts['status'], duties: SessionDuty[] = []): ScoreSessionFacts => ({
  institutionId: 'inst',
  districtCode: '310115',
  component,
  status,
  duties,
});

/** [actor, duties held, operation, component, status] → allowed, or the refusal's status and reason. */
const CASES: Array<[string, SessionDuty[], ScoreSessionOperation, ScoreSessionFacts['component'], ScoreSessionFacts['status'], true | [number, string]]> = [
  ['examiner', ['examiner'], 'enter', 'skill', 'in_progress', true],
  ['examiner', ['examiner'], 'enter', 'skill', 'ended', true],
  ['examiner', ['examiner'], 'enter', 'skill', 'signed_off', [409, 'policy.score.locked']],
  ['examiner', ['examiner'], 'enter', 'skill', 'scheduled', [409, 'policy.score.notStarted']],
  ['examiner', ['examiner'], 'enter', 'skill', 'cancelled', [409, 'policy.score.cancelled']],
  ['examiner', [], 'enter', 'skill', 'ended', [403, 'policy.score.notAssigned']],
  ['examiner', ['invigilator'], 'enter', 'skill', 'ended', [403, 'policy.score.notAssigned']],
  ['examiner', ['examiner'], 'enter', 'review', 'ended', [403, 'policy.score.notAssigned']],
  ['examiner', ['panel_member'], 'enter', 'review', 'ended', true],
  ['examiner', ['invigilator'], 'enter', 'theory', 'ended', [403, 'policy.score.theoryByInstitution']],
  ['admin', [], 'enter', 'theory', 'ended', true],
  ['admin', [], 'enter', 'skill', 'ended', [403, 'policy.score.notAssigned']],
  ['otherAdmin', [], 'enter', 'theory', 'ended', [403, 'policy.score.theoryByInstitution']],
  ['admin', [], 'import', 'skill', 'ended', true],
  ['examiner', ['examiner'], 'import', 'skill', 'ended', [403, 'policy.score.institutionOnly']],
  ['admin', [], 'import', 'skill', 'signed_off', [409, 'policy.score.locked']],
  ['admin', [], 'signOff', 'skill', 'ended', true],
  ['admin', [], 'signOff', 'skill', 'in_progress', [409, 'policy.score.notEnded']],
  ['admin', [], 'signOff', 'skill', 'signed_off', [409, 'policy.score.alreadySignedOff']],
  ['examiner', ['internal_supervisor'], 'signOff', 'skill', 'ended', [403, 'policy.score.institutionOnly']],
  ['pudong', [], 'signOff', 'skill', 'ended', [403, 'policy.score.institutionOnly']],
  ['admin', [], 'requestCorrection', 'skill', 'signed_off', true],
  ['examiner', ['examiner'], 'requestCorrection', 'skill', 'signed_off', true],
  ['examiner', ['internal_supervisor'], 'requestCorrection', 'skill', 'signed_off', [403, 'policy.score.correctionRequester']],
  ['admin', [], 'requestCorrection', 'skill', 'ended', [409, 'policy.score.notLocked']],
  ['pudong', [], 'read', 'skill', 'ended', true],
  ['city', [], 'read', 'skill', 'ended', true],
  ['huangpu', [], 'read', 'skill', 'ended', [403, 'policy.district.outOfScope']],
  ['examiner', [], 'read', 'skill', 'ended', [403, 'policy.score.notYours']],
  ['examiner', ['internal_supervisor'], 'read', 'skill', 'ended', true],
  ['candidate', [], 'read', 'skill', 'ended', [403, 'policy.score.notYours']],
  ['anonymous', [], 'read', 'skill', 'ended', [401, 'auth.required']],
];

describe('who may do what with a session’s scores, and when', () => {
  for (const [actor, duties, operation, component, status, expected] of CASES) {
    test(`${actor} (${duties.join('+') || 'no duty'}) ${operation} ${component} while ${status}`, () => {
      const decision = scoreSessionPolicy(ACTORS[actor]!, operation, session(component, status, duties));
      if (expected === true) assert.equal(decision.allowed, true);
      else assert.deepEqual(decision.allowed ? null : [decision.status, decision.reason], expected);
    });
  }
});

describe('a correction takes two people', () => {
  const correction = (requestedBy: string, status: 'pending' | 'approved' = 'pending') => ({ institutionId: 'inst', districtCode: '310115', status, requestedBy });
  test('another administrator of the institution approves', () => assert.equal(scoreCorrectionPolicy(ACTORS.admin2!, 'decide', correction('admin')).allowed, true));
  test('the requester cannot approve their own', () => {
    const decision = scoreCorrectionPolicy(ACTORS.admin!, 'decide', correction('admin'));
    assert.equal(!decision.allowed && decision.reason, 'policy.score.sameApprover');
  });
  test('an examiner, another institution or another district cannot approve', () => {
    for (const name of ['examiner', 'otherAdmin', 'huangpu', 'candidate']) assert.equal(scoreCorrectionPolicy(ACTORS[name]!, 'decide', correction('admin')).allowed, false, name);
  });
  test('the institution’s district or the city approves, so a single administrator’s request can be decided', () => {
    for (const name of ['pudong', 'city']) assert.equal(scoreCorrectionPolicy(ACTORS[name]!, 'decide', correction('admin')).allowed, true, name);
  });
  test('a decided correction is not decided again', () => {
    const decision = scoreCorrectionPolicy(ACTORS.admin2!, 'decide', correction('admin', 'approved'));
    assert.equal(!decision.allowed && decision.status, 409);
  });
  test('the history is read by the institution, the requester, the district and the city', () => {
    for (const name of ['admin', 'admin2', 'pudong', 'city']) assert.equal(scoreCorrectionPolicy(ACTORS[name]!, 'read', correction('examiner')).allowed, true, name);
    assert.equal(scoreCorrectionPolicy(ACTORS.examiner!, 'read', correction('examiner')).allowed, true);
    for (const name of ['huangpu', 'otherAdmin', 'candidate']) assert.equal(scoreCorrectionPolicy(ACTORS[name]!, 'read', correction('admin')).allowed, false, name);
  });
});
