import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  appointmentPolicy,
  appointmentProblems,
  appointmentQuotaLimit,
  fullYearsBetween,
  renewalStart,
  termEnd,
  type Actor,
  type AppointmentFacts,
  type AppointmentRules,
  type Grant,
} from '../src/index.ts';

const RULES: AppointmentRules = { specialMinYears: 4, specialQuotaPercent: 10, chiefMaxPerEnterprise: 2, termYears: 3 };
const OCCUPATION = '6-18-01-01';

const facts = (overrides: Partial<AppointmentFacts> = {}): AppointmentFacts => ({
  title: 'special',
  occupationCode: OCCUPATION,
  on: '2026-06-01',
  occupationHasLevel1: true,
  employed: true,
  certificates: [{ occupationCode: OCCUPATION, level: 1, issueDate: '2021-05-10', status: 'valid' }],
  merits: [{ kind: 'competition', evidenceFileIds: ['f1'] }],
  currentSpecial: false,
  alreadyHolds: false,
  quota: { title: 'special', qualified: 3, limit: 1, used: 0 },
  ...overrides,
});

const codes = (f: AppointmentFacts) => appointmentProblems(f, RULES).map((p) => p.code);

describe('appointment prerequisites', () => {
  const cases: Array<[string, Partial<AppointmentFacts>, string[]]> = [
    ['a qualified 特级技师', {}, []],
    ['an occupation without level 1', { occupationHasLevel1: false }, ['occupationWithoutLevel1']],
    ['someone not employed on the first day', { employed: false }, ['notEmployed']],
    ['no certificate at all', { certificates: [] }, ['noLevel1']],
    ['a level 2 certificate only', { certificates: [{ occupationCode: OCCUPATION, level: 2, issueDate: '2015-01-01', status: 'valid' }] }, ['noLevel1']],
    ['a level 1 certificate of another occupation', { certificates: [{ occupationCode: '6-31-01-03', level: 1, issueDate: '2015-01-01', status: 'valid' }] }, ['noLevel1']],
    ['a revoked level 1 certificate', { certificates: [{ occupationCode: OCCUPATION, level: 1, issueDate: '2015-01-01', status: 'revoked' }] }, ['noLevel1']],
    ['held three years', { certificates: [{ occupationCode: OCCUPATION, level: 1, issueDate: '2022-06-02', status: 'valid' }] }, ['heldTooShort']],
    ['held four years to the day', { certificates: [{ occupationCode: OCCUPATION, level: 1, issueDate: '2022-06-01', status: 'valid' }] }, []],
    ['no merit', { merits: [] }, ['noMerit']],
    ['a merit without evidence', { merits: [{ kind: 'honour', evidenceFileIds: [] }] }, ['meritWithoutEvidence']],
    ['a full quota', { quota: { title: 'special', qualified: 3, limit: 1, used: 1 } }, ['quotaFull']],
    ['the title already held', { alreadyHolds: true }, ['alreadyHolds']],
    ['首席 from a current 特级', { title: 'chief', currentSpecial: true, certificates: [], merits: [], quota: { title: 'chief', qualified: 3, limit: 2, used: 1 } }, []],
    ['首席 from someone not 特级', { title: 'chief', currentSpecial: false, quota: { title: 'chief', qualified: 3, limit: 2, used: 0 } }, ['notSpecial']],
    [
      'every problem at once',
      { occupationHasLevel1: false, employed: false, certificates: [], merits: [], quota: { title: 'special', qualified: 0, limit: 0, used: 0 } },
      ['occupationWithoutLevel1', 'notEmployed', 'noLevel1', 'noMerit', 'quotaFull'],
    ],
  ];
  for (const [name, overrides, expected] of cases) test(name, () => assert.deepEqual(codes(facts(overrides)), expected));

  test('the years held and when the certificate will have been held long enough are named', () => {
    const [problem] = appointmentProblems(facts({ certificates: [{ occupationCode: OCCUPATION, level: 1, issueDate: '2023-03-15', status: 'valid' }] }), RULES);
    assert.deepEqual(problem, { code: 'heldTooShort', params: { years: '3', required: '4', since: '2023-03-15', until: '2027-03-15' } });
  });

  test('the earliest valid level 1 certificate counts', () => {
    const certificates = [
      { occupationCode: OCCUPATION, level: 1, issueDate: '2024-01-01', status: 'valid' as const },
      { occupationCode: OCCUPATION, level: 1, issueDate: '2020-01-01', status: 'valid' as const },
    ];
    assert.deepEqual(codes(facts({ certificates })), []);
  });

  test('a full quota names its numbers', () => {
    const problems = appointmentProblems(facts({ quota: { title: 'special', qualified: 25, limit: 2, used: 2 } }), RULES);
    assert.deepEqual(problems, [{ code: 'quotaFull', params: { used: '2', limit: '2', qualified: '25' } }]);
  });
});

describe('appointment quota', () => {
  const cases: Array<[number, number]> = [
    [0, 0],
    [1, 1],
    [9, 1],
    [19, 1],
    [20, 2],
    [35, 3],
  ];
  for (const [qualified, limit] of cases) test(`${qualified} qualified employees allow ${limit} 特级技师`, () => assert.equal(appointmentQuotaLimit('special', qualified, RULES), limit));
  test('首席技师 are a fixed number per enterprise', () => assert.equal(appointmentQuotaLimit('chief', 0, RULES), 2));
});

describe('terms', () => {
  test('a term of three years ends the day before the third anniversary', () => assert.equal(termEnd('2026-01-01', 3), '2028-12-31'));
  test('a renewal starts the day after the old term ends', () => assert.equal(renewalStart('2028-12-31'), '2029-01-01'));
  test('a year is full on the same month and day', () => {
    assert.equal(fullYearsBetween('2022-06-01', '2026-05-31'), 3);
    assert.equal(fullYearsBetween('2022-06-01', '2026-06-01'), 4);
    assert.equal(fullYearsBetween('2020-02-29', '2024-02-28'), 3);
    assert.equal(fullYearsBetween('2026-06-02', '2026-06-01'), 0);
  });
});

describe('appointment policy', () => {
  const enterprise = { id: 'ent', districtCode: '310115', category: 'employer' as const };
  const social = { id: 'soc', districtCode: '310101', category: 'social' as const };
  const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u', username: 'u', displayName: 'u', grants, locale: null });
  const cases: Array<[string, Actor, 'read' | 'write', typeof enterprise | typeof social, boolean]> = [
    ['the enterprise admin appoints', user({ role: 'institution_admin', institutionId: 'ent' }), 'write', enterprise, true],
    ['a social organisation does not appoint', user({ role: 'institution_admin', institutionId: 'soc' }), 'write', social, false],
    ['another institution does not appoint', user({ role: 'institution_admin', institutionId: 'soc' }), 'write', enterprise, false],
    ['another institution does not read', user({ role: 'institution_admin', institutionId: 'soc' }), 'read', enterprise, false],
    ['the district reads', user({ role: 'district_officer', districtCode: '310115' }), 'read', enterprise, true],
    ['the district does not appoint', user({ role: 'district_officer', districtCode: '310115' }), 'write', enterprise, false],
    ['another district does not read', user({ role: 'district_officer', districtCode: '310101' }), 'read', enterprise, false],
    ['the city reads', user({ role: 'municipal_admin' }), 'read', enterprise, true],
    ['an examiner of the enterprise does not read', user({ role: 'examiner', institutionId: 'ent' }), 'read', enterprise, false],
    ['a candidate does not read', user({ role: 'candidate', personId: 'p' }), 'read', enterprise, false],
    ['the public does not read', { kind: 'anonymous' }, 'read', enterprise, false],
  ];
  for (const [name, actor, action, institution, allowed] of cases) test(name, () => assert.equal(appointmentPolicy(actor, action, institution).allowed, allowed));
  test('another district is told which district the enterprise is in', () => {
    assert.deepEqual(appointmentPolicy(user({ role: 'district_officer', districtCode: '310101' }), 'read', enterprise), {
      allowed: false,
      status: 403,
      reason: 'policy.district.outOfScope',
      params: { district: '310115' },
    });
  });
});
