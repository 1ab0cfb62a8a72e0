import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { personPolicy, relationPolicy, type Actor, type Decision, type Grant } from '../src/index.ts';

const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u', username: 'u', displayName: 'u', grants, locale: null });
const pudongInstitution = { id: 'inst-pudong', districtCode: '310115' };

const ACTORS: Record<string, Actor> = {
  anonymous: { kind: 'anonymous' },
  city: user({ role: 'municipal_admin' }),
  huangpu: user({ role: 'district_officer', districtCode: '310101' }),
  pudong: user({ role: 'district_officer', districtCode: '310115' }),
  industry: user({ role: 'industry_officer', occupationCodes: ['6-18-01-01'] }),
  ownAdmin: user({ role: 'institution_admin', institutionId: 'inst-pudong' }),
  otherAdmin: user({ role: 'institution_admin', institutionId: 'inst-other' }),
  ownExaminer: user({ role: 'examiner', institutionId: 'inst-pudong' }),
  self: user({ role: 'candidate', personId: 'person-1' }),
  otherCandidate: user({ role: 'candidate', personId: 'person-2' }),
  system: { kind: 'system', job: 'test' },
};

function check(name: string, decide: (actor: Actor) => Decision, expected: Record<string, true | 401 | 403>) {
  describe(name, () => {
    for (const [actorName, outcome] of Object.entries(expected)) {
      test(`${actorName} → ${outcome === true ? 'allowed' : outcome}`, () => {
        const decision = decide(ACTORS[actorName]!);
        if (outcome === true) assert.equal(decision.allowed, true);
        else assert.deepEqual({ allowed: decision.allowed, status: decision.allowed ? null : decision.status }, { allowed: false, status: outcome });
      });
    }
  });
}

check("read a Pudong institution's agreements and relations", (a) => relationPolicy(a, 'read', pudongInstitution), {
  anonymous: 401,
  city: true,
  huangpu: 403,
  pudong: true,
  industry: 403,
  ownAdmin: true,
  otherAdmin: 403,
  ownExaminer: 403,
  self: 403,
  system: true,
});

check("record a Pudong institution's agreements and relations", (a) => relationPolicy(a, 'write', pudongInstitution), {
  anonymous: 401,
  city: 403,
  huangpu: 403,
  pudong: 403,
  industry: 403,
  ownAdmin: true,
  otherAdmin: 403,
  ownExaminer: 403,
  self: 403,
  system: true,
});

test('an officer of another district is told which district the relations belong to', () => {
  assert.deepEqual(relationPolicy(ACTORS.huangpu!, 'read', pudongInstitution), { allowed: false, status: 403, reason: 'policy.district.outOfScope', params: { district: '310115' } });
});

const registeredElsewhere = { id: 'person-1', createdByInstitutionId: 'inst-other', relatedInstitutionIds: [] };
const relatedToPudong = { id: 'person-1', createdByInstitutionId: 'inst-other', relatedInstitutionIds: ['inst-pudong'] };

check('read a person registered by another institution', (a) => personPolicy(a, 'read', registeredElsewhere), {
  anonymous: 401,
  city: true,
  pudong: 403,
  ownAdmin: 403,
  otherAdmin: true,
  self: true,
  otherCandidate: 403,
  system: true,
});

check('read a person the institution has a relation with', (a) => personPolicy(a, 'read', relatedToPudong), {
  city: true,
  pudong: 403,
  ownAdmin: true,
  otherAdmin: true,
  ownExaminer: 403,
  self: true,
  otherCandidate: 403,
});

check("edit a person's profile", (a) => personPolicy(a, 'edit', relatedToPudong), {
  anonymous: 401,
  city: 403,
  pudong: 403,
  ownAdmin: true,
  otherAdmin: true,
  self: true,
  otherCandidate: 403,
  system: true,
});

check('reveal the ID number of a related person', (a) => personPolicy(a, 'reveal', relatedToPudong), { ownAdmin: true, pudong: 403, otherCandidate: 403 });
