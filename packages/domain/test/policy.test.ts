import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { auditPolicy, districtPolicy, institutionPolicy, userPolicy, type Actor, type Grant } from '../src/index.ts';

const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u', username: 'u', displayName: 'u', grants, locale: null });
const pudongInstitution = { id: 'inst-pudong', districtCode: '310115', occupationCodes: ['6-18-01-01'] };

const ACTORS: Record<string, Actor> = {
  anonymous: { kind: 'anonymous' },
  city: user({ role: 'municipal_admin' }),
  huangpu: user({ role: 'district_officer', districtCode: '310101' }),
  pudong: user({ role: 'district_officer', districtCode: '310115' }),
  industry: user({ role: 'industry_officer', occupationCodes: ['6-18-01-01'] }),
  otherIndustry: user({ role: 'industry_officer', occupationCodes: ['4-10-01-05'] }),
  inspector: user({ role: 'inspector' }),
  ownAdmin: user({ role: 'institution_admin', institutionId: 'inst-pudong' }),
  otherAdmin: user({ role: 'institution_admin', institutionId: 'inst-other' }),
  ownExaminer: user({ role: 'examiner', institutionId: 'inst-pudong' }),
  candidate: user({ role: 'candidate', personId: null }),
  system: { kind: 'system', job: 'test' },
};

/** Expected outcome per actor: true = allowed, 401/403 = refused with that status. */
function check(name: string, decide: (actor: Actor) => ReturnType<typeof auditPolicy>, expected: Record<string, true | 401 | 403>) {
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

check('read a Pudong institution', (a) => institutionPolicy(a, 'read', pudongInstitution), {
  anonymous: 401,
  city: true,
  huangpu: 403,
  pudong: true,
  industry: true,
  otherIndustry: 403,
  inspector: 403,
  ownAdmin: true,
  otherAdmin: 403,
  ownExaminer: true,
  candidate: 403,
  system: true,
});

check('list institutions', (a) => institutionPolicy(a, 'list'), {
  anonymous: 401,
  city: true,
  huangpu: true,
  industry: true,
  inspector: 403,
  ownAdmin: true,
  candidate: 403,
  system: true,
});

check("read Pudong's district data", (a) => districtPolicy(a, 'readData', '310115'), {
  anonymous: 401,
  city: true,
  huangpu: 403,
  pudong: true,
  industry: 403,
  ownAdmin: 403,
  system: true,
});

check('verify the audit trail', (a) => auditPolicy(a, 'verify'), {
  anonymous: 401,
  city: true,
  huangpu: 403,
  inspector: 403,
  ownAdmin: 403,
  candidate: 403,
  system: true,
});

check('list accounts', (a) => userPolicy(a, 'list'), { anonymous: 401, city: true, pudong: 403, ownAdmin: 403 });

test('a refusal for another district names that district, so the message can say why', () => {
  const decision = institutionPolicy(ACTORS.huangpu!, 'read', pudongInstitution);
  assert.deepEqual(decision, { allowed: false, status: 403, reason: 'policy.district.outOfScope', params: { district: '310115' } });
});
