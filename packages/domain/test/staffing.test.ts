import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  conflictDeclarationPolicy,
  maskPersonName,
  requiredStaff,
  sessionStaffingPolicy,
  staffConflicts,
  staffEligibility,
  STAFFING_RULES_DEFAULT,
  staffingRulesFor,
  staffingVerdict,
  staffPolicy,
  type Actor,
  type DeclaredConflict,
  type Grant,
  type InstitutionCategory,
  type SessionDuty,
  type StaffingAssignment,
  type StaffingCandidate,
  type StaffingRules,
  type StaffingSession,
  type StaffingStaff,
  type TieRelation,
} from '../src/index.ts';

const RULES = STAFFING_RULES_DEFAULT.default;
const SESSION: StaffingSession = { component: 'skill', examDate: '2026-04-01', institutionId: 'inst', occupationCode: '6-18-01-01', level: 4 };

const member = (overrides: Partial<StaffingStaff> = {}): StaffingStaff => ({
  id: 's1',
  name: '孙国华',
  kind: 'examiner',
  personId: 'p-staff',
  named: true,
  qualifications: [{ occupationCode: '6-18-01-01', levels: [5, 4, 3] }],
  relations: [],
  schoolIds: [],
  ...overrides,
});
const candidate = (overrides: Partial<StaffingCandidate> = {}): StaffingCandidate => ({ personId: 'p-li', name: '李强', relations: [], ...overrides });
const employee = (institutionId: string, validFrom = '2020-01-01', validUntil: string | null = null): TieRelation => ({ kind: 'employee', institutionId, validFrom, validUntil });
const enrolled = (institutionId: string): TieRelation => ({ kind: 'enrolled_student', institutionId, validFrom: '2024-09-01', validUntil: null });

describe('how many staff a session needs', () => {
  test('theory: one invigilator per 15 candidates, at least 2 per room', () => {
    const cases: Array<[number, number]> = [
      [0, 2],
      [1, 2],
      [15, 2],
      [16, 2],
      [30, 2],
      [31, 3],
      [45, 3],
      [46, 4],
    ];
    for (const [candidates, required] of cases) assert.deepEqual(requiredStaff('theory', candidates, RULES), { duty: 'invigilator', required, odd: false }, `${candidates} candidates`);
  });

  test('skill: one examiner per 5 candidates, at least 3, raised to an odd number', () => {
    const cases: Array<[number, number]> = [
      [0, 3],
      [5, 3],
      [6, 3],
      [11, 3],
      [15, 3],
      [16, 5],
      [20, 5],
      [25, 5],
      [26, 7],
      [35, 7],
      [36, 9],
    ];
    for (const [candidates, required] of cases) assert.deepEqual(requiredStaff('skill', candidates, RULES), { duty: 'examiner', required, odd: true }, `${candidates} candidates`);
  });

  test('review: a panel of at least 3, odd, whatever the number of candidates', () => {
    const cases: Array<[Partial<StaffingRules>, number, number]> = [
      [{}, 1, 3],
      [{}, 40, 3],
      [{ panelMinimum: 4 }, 10, 5],
      [{ panelMinimum: 4, panelOdd: false }, 10, 4],
    ];
    for (const [rules, candidates, required] of cases) assert.equal(requiredStaff('review', candidates, { ...RULES, ...rules }).required, required, JSON.stringify(rules));
  });

  test('an occupation and level may have their own numbers; others keep the defaults', () => {
    const parameter = { default: RULES, overrides: [{ occupationCode: '6-18-01-01', level: 4, rules: { examinerRatio: 4, examinerOdd: false } }] };
    assert.deepEqual(staffingRulesFor(parameter, '6-18-01-01', 4), { ...RULES, examinerRatio: 4, examinerOdd: false });
    assert.deepEqual(staffingRulesFor(parameter, '6-18-01-01', 3), RULES);
    assert.deepEqual(staffingRulesFor(parameter, '4-10-01-05', 4), RULES);
    assert.equal(requiredStaff('skill', 16, staffingRulesFor(parameter, '6-18-01-01', 4)).required, 4);
  });
});

describe('the verdict on a session’s staffing', () => {
  const examiners = (n: number) => Array.from({ length: n }, (_, i) => member({ id: `e${i}`, name: `考评员${i}`, personId: null }));
  const supervisor = member({ id: 'sup', name: '郑质量', kind: 'supervisor', qualifications: [], personId: null });
  const assigned = (staff: StaffingStaff[], duty: SessionDuty): StaffingAssignment[] => staff.map((s) => ({ id: `a-${s.id}`, duty, staffId: s.id, name: s.name }));
  const seated = (n: number) => Array.from({ length: n }, (_, i) => candidate({ personId: `c${i}`, name: `考生${i}` }));
  const rules = (component: StaffingSession['component'], candidates: number, staff: StaffingStaff[], duty: SessionDuty, withSupervisor = true) =>
    staffingVerdict(
      { ...SESSION, component },
      seated(candidates),
      [...assigned(staff, duty), ...(withSupervisor ? assigned([supervisor], 'internal_supervisor') : [])],
      [...staff, supervisor],
      [],
      RULES,
      'employer',
    ).map((p) => p.rule);

  test('numbers by component, and the internal supervisor every session has', () => {
    const cases: Array<[string, StaffingSession['component'], number, number, boolean, string[]]> = [
      ['3 examiners for 11 candidates', 'skill', 11, 3, true, []],
      ['2 examiners', 'skill', 5, 2, true, ['examiners']],
      ['4 examiners: enough, but even', 'skill', 5, 4, true, ['examinersOdd']],
      ['5 examiners for 16 candidates', 'skill', 16, 5, true, []],
      ['3 examiners for 16 candidates', 'skill', 16, 3, true, ['examiners']],
      ['no internal supervisor', 'skill', 5, 3, false, ['internalSupervisor']],
      ['2 invigilators for 30', 'theory', 30, 2, true, []],
      ['2 invigilators for 31', 'theory', 31, 2, true, ['invigilators']],
      ['1 invigilator for 5', 'theory', 5, 1, true, ['invigilators']],
      ['a panel of 3', 'review', 2, 3, true, []],
      ['a panel of 4', 'review', 2, 4, true, ['panelOdd']],
      ['a panel of 2, no supervisor', 'review', 2, 2, false, ['panel', 'internalSupervisor']],
    ];
    for (const [name, component, candidates, count, withSupervisor, expected] of cases) {
      const duty = component === 'theory' ? 'invigilator' : component === 'skill' ? 'examiner' : 'panel_member';
      assert.deepEqual(rules(component, candidates, examiners(count), duty, withSupervisor), expected, name);
    }
  });

  test('the message says the rule, the numbers and, for a person, who', () => {
    const [shortfall] = staffingVerdict(SESSION, seated(16), assigned(examiners(3), 'examiner'), examiners(3), [], RULES, 'employer');
    assert.equal(shortfall!.message['zh-CN'], '操作技能考核每 5 名考生至少 1 名考评员，不少于 3 名且为奇数：本场 16 名考生需 5 名，现有 3 名。');
    assert.match(shortfall!.message['en-US'], /16 candidates need 5, 3 can serve/);
    assert.equal(shortfall!.staff, null);
  });

  test('a member who may not serve is listed and not counted', () => {
    const staff = [...examiners(2), member({ id: 'x', name: '吴秀兰', named: false })];
    const problems = staffingVerdict(SESSION, seated(1), [...assigned(staff, 'examiner'), ...assigned([supervisor], 'internal_supervisor')], [...staff, supervisor], [], RULES, 'employer');
    assert.deepEqual(
      problems.map((p) => [p.rule, p.staff?.name ?? null]),
      [
        ['examiners', null],
        ['notNamed', '吴秀兰'],
      ],
    );
    assert.match(problems[0]!.message['zh-CN'], /现有 2 名/);
  });

  test('the external supervisor is the district’s: not judged as staff, not counted', () => {
    const external: StaffingAssignment = { id: 'ext', duty: 'external_supervisor', staffId: null, name: '督导员 陈明' };
    assert.deepEqual(
      staffingVerdict(SESSION, seated(1), [...assigned(examiners(3), 'examiner'), external], examiners(3), [], RULES, 'employer').map((p) => p.rule),
      ['internalSupervisor'],
    );
  });
});

describe('who may take a duty', () => {
  const cases: Array<[string, Partial<StaffingStaff>, StaffingSession['component'], SessionDuty, string[]]> = [
    ['a qualified examiner examines a skill session', {}, 'skill', 'examiner', []],
    ['and invigilates a theory session', {}, 'theory', 'invigilator', []],
    ['and sits on a review panel', {}, 'review', 'panel_member', []],
    ['a supervisor supervises any session', { kind: 'supervisor', qualifications: [] }, 'theory', 'internal_supervisor', []],
    ['no longer named in the filing in force', { named: false }, 'skill', 'examiner', ['notNamed']],
    ['an examiner in a theory session', {}, 'theory', 'examiner', ['wrongDuty']],
    ['an invigilator in a skill session', {}, 'skill', 'invigilator', ['wrongDuty']],
    ['a supervisor as examiner', { kind: 'supervisor', qualifications: [] }, 'skill', 'examiner', ['wrongDuty']],
    ['an examiner as internal supervisor', {}, 'skill', 'internal_supervisor', ['wrongDuty']],
    ['anyone as external supervisor', {}, 'skill', 'external_supervisor', ['wrongDuty']],
    ['filed for other levels', { qualifications: [{ occupationCode: '6-18-01-01', levels: [5] }] }, 'skill', 'examiner', ['unqualified']],
    ['filed for another occupation', { qualifications: [{ occupationCode: '6-31-01-03', levels: [4] }] }, 'skill', 'examiner', ['unqualified']],
    [
      'filed on two rows, one of them this occupation and level',
      {
        qualifications: [
          { occupationCode: '6-31-01-03', levels: [4] },
          { occupationCode: '6-18-01-01', levels: [4] },
        ],
      },
      'skill',
      'examiner',
      [],
    ],
  ];
  for (const [name, staff, component, duty, expected] of cases) {
    test(name, () => {
      assert.deepEqual(
        staffEligibility({ ...SESSION, component }, member(staff), duty).map((p) => p.rule),
        expected,
      );
    });
  }
});

describe('conflicts of interest (回避)', () => {
  const declared = (kind: DeclaredConflict['kind'], staffId = 's1', personId = 'p-li'): DeclaredConflict => ({ staffId, personId, kind });
  const cases: Array<[string, InstitutionCategory, Partial<StaffingStaff>, Partial<StaffingCandidate>, DeclaredConflict[], string[]]> = [
    ['no tie', 'social', {}, {}, [], []],
    ['the member is a candidate in the session', 'employer', { personId: 'p-li' }, {}, [], ['ownCandidate']],
    ['a declared close relative, at an employer', 'employer', {}, {}, [declared('relative')], ['declaredConflict']],
    ['a declared teacher, at a social organisation', 'social', {}, {}, [declared('teacher_student')], ['declaredConflict']],
    ['a declared master, at a school', 'school', {}, {}, [declared('master_apprentice')], ['declaredConflict']],
    ['a declared line manager, at an employer', 'employer', {}, {}, [declared('line_manager')], ['declaredConflict']],
    ['a declared colleague, at an employer: colleagues examine each other there', 'employer', {}, {}, [declared('colleague')], []],
    ['a declared colleague, at a social organisation', 'social', {}, {}, [declared('colleague')], ['declaredConflict']],
    ['a tie declared by another member', 'social', {}, {}, [declared('relative', 's2')], []],
    ['a tie with someone not in the session', 'social', {}, {}, [declared('relative', 's1', 'p-other')], []],
    ['two ties declared with the same candidate', 'social', {}, {}, [declared('relative'), declared('colleague')], ['declaredConflict', 'declaredConflict']],
    ['declared ties need no person linked', 'social', { personId: null }, {}, [declared('relative')], ['declaredConflict']],
    ['employees of the same employer, at a social organisation', 'social', { relations: [employee('acme')] }, { relations: [employee('acme')] }, [], ['colleague']],
    ['employees of the same employer, at a school', 'school', { relations: [employee('acme')] }, { relations: [employee('acme')] }, [], ['colleague']],
    ['employees of the same employer, at that employer', 'employer', { relations: [employee('acme')] }, { relations: [employee('acme')] }, [], []],
    ['employees of different employers', 'social', { relations: [employee('acme')] }, { relations: [employee('other')] }, [], []],
    ['the member left the employer before the exam', 'social', { relations: [employee('acme', '2015-01-01', '2026-03-31')] }, { relations: [employee('acme')] }, [], []],
    ['the candidate joins after the exam', 'social', { relations: [employee('acme')] }, { relations: [employee('acme', '2026-04-02')] }, [], []],
    ['employment ending on the exam day still counts', 'social', { relations: [employee('acme', '2015-01-01', '2026-04-01')] }, { relations: [employee('acme')] }, [], ['colleague']],
    ['without a person linked the records cannot show a tie', 'social', { personId: null, relations: [employee('acme')] }, { relations: [employee('acme')] }, [], []],
    ['staff of the school the candidate is enrolled at, at a social organisation', 'social', { schoolIds: ['school-a'] }, { relations: [enrolled('school-a')] }, [], ['teacher']],
    ['staff of the school the candidate is enrolled at, at another school', 'school', { schoolIds: ['school-a'] }, { relations: [enrolled('school-a')] }, [], ['teacher']],
    ['the school’s own staff at that school, which evaluates its students with them', 'school', { schoolIds: ['inst'] }, { relations: [enrolled('inst')] }, [], []],
    ['staff of another school than the candidate’s', 'social', { schoolIds: ['school-b'] }, { relations: [enrolled('school-a')] }, [], []],
    ['teacher ties are not looked for at an employer', 'employer', { schoolIds: ['school-a'] }, { relations: [enrolled('school-a')] }, [], []],
  ];
  for (const [name, kind, staff, seatedCandidate, conflicts, expected] of cases) {
    test(name, () => {
      assert.deepEqual(
        staffConflicts(SESSION, member(staff), [candidate(seatedCandidate)], conflicts, kind).map((p) => p.rule),
        expected,
      );
    });
  }

  test('the refusal names the member and the candidate, masked', () => {
    const [problem] = staffConflicts(SESSION, member({ name: '周建平' }), [candidate()], [declared('master_apprentice')], 'employer');
    assert.deepEqual(problem!.message, {
      'zh-CN': '周建平 与考生 李* 已申报师徒关系，须回避。',
      'en-US': '周建平 has a declared tie with candidate 李* (master and apprentice) and must stand aside.',
    });
    assert.deepEqual(problem!.staff, { id: 's1', name: '周建平' });
  });

  test('names are masked after their first character', () => {
    assert.deepEqual(['李强', '欧阳娜娜', '王', ' 张三 '].map(maskPersonName), ['李*', '欧***', '*', '张*']);
  });
});

describe('staffing policies', () => {
  const user = (...grants: Grant[]): Actor => ({ kind: 'user', userId: 'u1', username: 'u', displayName: 'u', grants, locale: null });
  const ADMIN = user({ role: 'institution_admin', institutionId: 'inst' });
  const OTHER_ADMIN = user({ role: 'institution_admin', institutionId: 'other' });
  const EXAMINER = user({ role: 'examiner', institutionId: 'inst' });
  const PUDONG = user({ role: 'district_officer', districtCode: '310115' });
  const HUANGPU = user({ role: 'district_officer', districtCode: '310101' });
  const CITY = user({ role: 'municipal_admin' });
  const INDUSTRY = user({ role: 'industry_officer', occupationCodes: ['6-18-01-01'] });
  const INSPECTOR = user({ role: 'inspector' });
  const CANDIDATE = user({ role: 'candidate', personId: 'p-li' });
  const session = (status: 'scheduled' | 'in_progress' = 'scheduled') => ({ institutionId: 'inst', districtCode: '310115', occupationCode: '6-18-01-01', status });
  const verdict = (d: { allowed: boolean; status?: number }) => (d.allowed ? 'allow' : d.status);

  test('staff: the institution manages, its district and the city read', () => {
    const institution = { id: 'inst', districtCode: '310115' };
    const cases: Array<[string, Actor, string | number, string | number]> = [
      ['its administrator', ADMIN, 'allow', 'allow'],
      ['another institution', OTHER_ADMIN, 403, 403],
      ['its examiner', EXAMINER, 403, 403],
      ['its district', PUDONG, 'allow', 403],
      ['another district', HUANGPU, 403, 403],
      ['the city', CITY, 'allow', 403],
      ['anonymous', { kind: 'anonymous' }, 401, 401],
    ];
    for (const [name, actor, read, manage] of cases) {
      assert.deepEqual([verdict(staffPolicy(actor, 'read', institution)), verdict(staffPolicy(actor, 'manage', institution))], [read, manage], name);
    }
  });

  test('sessions: the institution assigns, the district dispatches, both before the start; staff, supervisors and the industry read', () => {
    const cases: Array<[string, Actor, string | number, string | number, string | number]> = [
      ['its administrator', ADMIN, 'allow', 'allow', 403],
      ['its examiner', EXAMINER, 'allow', 403, 403],
      ['another institution', OTHER_ADMIN, 403, 403, 403],
      ['its district', PUDONG, 'allow', 403, 'allow'],
      ['another district', HUANGPU, 403, 403, 403],
      ['the city', CITY, 'allow', 403, 'allow'],
      ['the industry of the occupation', INDUSTRY, 'allow', 403, 403],
      ['an inspector', INSPECTOR, 403, 403, 403],
    ];
    for (const [name, actor, read, assign, dispatch] of cases) {
      assert.deepEqual(
        [verdict(sessionStaffingPolicy(actor, 'read', session())), verdict(sessionStaffingPolicy(actor, 'assign', session())), verdict(sessionStaffingPolicy(actor, 'dispatch', session()))],
        [read, assign, dispatch],
        name,
      );
    }
    assert.equal(verdict(sessionStaffingPolicy(ADMIN, 'assign', session('in_progress'))), 409, 'a started session keeps its staffing');
    assert.equal(verdict(sessionStaffingPolicy(PUDONG, 'dispatch', session('in_progress'))), 409);
    assert.deepEqual(sessionStaffingPolicy(HUANGPU, 'dispatch', session()), { allowed: false, status: 403, reason: 'policy.district.outOfScope', params: { district: '310115' } });
  });

  test('conflicts: each declares their own', () => {
    const facts = { institutionId: 'inst', staffUserId: 'u1', personId: 'p-li' };
    const cases: Array<[string, Actor, 'institution' | 'staff' | 'candidate', Partial<typeof facts>, string | number]> = [
      ['the administrator for the institution', ADMIN, 'institution', {}, 'allow'],
      ['another institution', OTHER_ADMIN, 'institution', {}, 403],
      ['the member of staff linked to the account', EXAMINER, 'staff', {}, 'allow'],
      ['an examiner for a member linked to someone else', EXAMINER, 'staff', { staffUserId: 'u2' }, 403],
      ['an examiner of another institution', user({ role: 'examiner', institutionId: 'other' }), 'staff', {}, 403],
      ['the candidate', CANDIDATE, 'candidate', {}, 'allow'],
      ['another candidate', CANDIDATE, 'candidate', { personId: 'p-other' }, 403],
      ['anonymous', { kind: 'anonymous' }, 'candidate', {}, 401],
    ];
    for (const [name, actor, as, overrides, expected] of cases) assert.equal(verdict(conflictDeclarationPolicy(actor, as, { ...facts, ...overrides })), expected, name);
  });
});
