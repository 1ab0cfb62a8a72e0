import type { LocalizedText } from './locale.ts';
import type { IsoDate } from './dates.ts';
import type { InstitutionCategory } from './institutions.ts';
import { isLevel, LEVEL_LABELS } from './levels.ts';
import { maskPersonName } from './identity.ts';
import { CONFLICT_KIND_LABELS, EXAM_COMPONENT_LABELS, SESSION_DUTY_LABELS, type ConflictKind, type ExamComponent, type SessionDuty, type StaffKind } from './exams.ts';

/**
 * Who may serve in an exam session and how many are needed (docs/domain.md "Staffing"): the
 * ratios per component as data, the conflicts of interest (回避) that keep a member of staff out
 * of a candidate's session, and one verdict listing every rule a session's staffing breaks.
 */

/** The numbers of the staffing rules (a dated parameter, with overrides per occupation and level). */
export interface StaffingRules {
  /** Theory: one invigilator per this many candidates… */
  invigilatorRatio: number;
  /** …and never fewer than this per room (a session sits in one room). */
  invigilatorMinimum: number;
  /** Skill: one examiner per this many candidates… */
  examinerRatio: number;
  /** …never fewer than this… */
  examinerMinimum: number;
  /** …and an odd number, so a panel's majority is never a tie. */
  examinerOdd: boolean;
  /** Comprehensive review: at least this many panel members… */
  panelMinimum: number;
  /** …and an odd number. */
  panelOdd: boolean;
  /** Internal quality supervisors (内督) every session must have: 逢考必督. */
  internalSupervisorMinimum: number;
}

/** Different numbers for one occupation and level, replacing the defaults they name. */
export interface StaffingRulesOverride {
  occupationCode: string;
  level: number;
  rules: Partial<StaffingRules>;
}

export interface StaffingRulesParameter {
  default: StaffingRules;
  overrides: readonly StaffingRulesOverride[];
}

export const STAFFING_RULES_DEFAULT: StaffingRulesParameter = {
  default: {
    invigilatorRatio: 15,
    invigilatorMinimum: 2,
    examinerRatio: 5,
    examinerMinimum: 3,
    examinerOdd: true,
    panelMinimum: 3,
    panelOdd: true,
    internalSupervisorMinimum: 1,
  },
  overrides: [],
};

/** The rules for one occupation and level: the defaults with that pair's override laid over them. */
export function staffingRulesFor(parameter: StaffingRulesParameter, occupationCode: string, level: number): StaffingRules {
  const override = parameter.overrides.find((o) => o.occupationCode === occupationCode && o.level === level);
  return { ...parameter.default, ...override?.rules };
}

/** The duty whose numbers each component's ratio counts. */
export const COMPONENT_DUTY: Record<ExamComponent, SessionDuty> = { theory: 'invigilator', skill: 'examiner', review: 'panel_member' };

/**
 * Which filed staff may take a duty: invigilators, examiners and panel members come from the
 * filed examiners (考评员), the internal supervisor from the filed quality supervisors; the
 * external supervisor is the district's, never the institution's staff.
 */
export const DUTY_STAFF_KIND: Record<SessionDuty, StaffKind | null> = {
  invigilator: 'examiner',
  examiner: 'examiner',
  panel_member: 'examiner',
  internal_supervisor: 'supervisor',
  external_supervisor: null,
};

/** The duties the institution assigns in a session of this component: its counted duty and the internal supervisor. */
export function dutiesFor(component: ExamComponent): SessionDuty[] {
  return [COMPONENT_DUTY[component], 'internal_supervisor'];
}

export interface StaffRequirement {
  duty: SessionDuty;
  required: number;
  odd: boolean;
}

const oddUp = (n: number) => (n % 2 === 0 ? n + 1 : n);

/**
 * How many of the component's duty a session of `candidates` needs: theory max(minimum,
 * ⌈n / ratio⌉); skill the same, raised to the next odd number; review the panel minimum, odd.
 */
export function requiredStaff(component: ExamComponent, candidates: number, rules: StaffingRules): StaffRequirement {
  switch (component) {
    case 'theory':
      return { duty: 'invigilator', required: Math.max(rules.invigilatorMinimum, Math.ceil(candidates / rules.invigilatorRatio)), odd: false };
    case 'skill': {
      const needed = Math.max(rules.examinerMinimum, Math.ceil(candidates / rules.examinerRatio));
      return { duty: 'examiner', required: rules.examinerOdd ? oddUp(needed) : needed, odd: rules.examinerOdd };
    }
    case 'review':
      return { duty: 'panel_member', required: rules.panelOdd ? oddUp(rules.panelMinimum) : rules.panelMinimum, odd: rules.panelOdd };
  }
}

/** A relation as the automatic conflict rules read it (person_relations): its kind, institution and period. */
export interface TieRelation {
  kind: string;
  institutionId: string;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

export interface StaffingSession {
  component: ExamComponent;
  /** The session's day in Shanghai: relations must cover it to count. */
  examDate: IsoDate;
  institutionId: string;
  occupationCode: string;
  level: number;
}

/** A candidate seated in the session. */
export interface StaffingCandidate {
  personId: string;
  name: string;
  relations: readonly TieRelation[];
}

/** A member of staff as the rules need them. */
export interface StaffingStaff {
  id: string;
  name: string;
  kind: StaffKind;
  /** Null until the institution links them to a person by ID number: the automatic rules cannot see them until then. */
  personId: string | null;
  /** Named in the institution's filing in force. */
  named: boolean;
  /** For examiners, the occupations and levels the filing in force names them for. */
  qualifications: ReadonlyArray<{ occupationCode: string; levels: readonly number[] }>;
  relations: readonly TieRelation[];
  /** Schools whose filing in force names this person as staff: a student of one of them is their student. */
  schoolIds: readonly string[];
}

export interface StaffingAssignment {
  id: string;
  duty: SessionDuty;
  /** Null for the external supervisor, who is a district's account and not the institution's staff. */
  staffId: string | null;
  name: string;
}

/** Who declares a tie (回避): the institution's administrator, the member of staff, or the candidate — each their own. */
export const CONFLICT_DECLARANTS = ['institution', 'staff', 'candidate'] as const;
export type ConflictDeclarant = (typeof CONFLICT_DECLARANTS)[number];

export interface DeclaredConflict {
  staffId: string;
  personId: string;
  kind: ConflictKind;
}

export const STAFFING_RULE_NAMES = [
  'invigilators',
  'examiners',
  'examinersOdd',
  'panel',
  'panelOdd',
  'internalSupervisor',
  'notNamed',
  'wrongDuty',
  'unqualified',
  'declaredConflict',
  'colleague',
  'teacher',
  'ownCandidate',
] as const;
export type StaffingRuleName = (typeof STAFFING_RULE_NAMES)[number];

/** One broken rule: its name, what it means in both languages, and whom it concerns (null: the session as a whole). */
export interface StaffingProblem {
  rule: StaffingRuleName;
  message: LocalizedText;
  staff: { id: string; name: string } | null;
}

/**
 * What a session's start asks of its staffing: every broken rule with its message in both
 * languages and the member of staff it concerns; `ok` only when there is none.
 */
export interface StaffingGate {
  ok: boolean;
  problems: Array<{ rule: StaffingRuleName; message: LocalizedText; staff?: string }>;
}

function covers(relation: TieRelation, date: IsoDate): boolean {
  return relation.validFrom <= date && (relation.validUntil === null || relation.validUntil >= date);
}

function activeAt(relations: readonly TieRelation[], kind: string, date: IsoDate): Set<string> {
  return new Set(relations.filter((r) => r.kind === kind && covers(r, date)).map((r) => r.institutionId));
}

const levelText = (level: number): LocalizedText => (isLevel(level) ? LEVEL_LABELS[level] : { 'zh-CN': `${level} 级`, 'en-US': `level ${level}` });
const kindText: Record<StaffKind, LocalizedText> = {
  examiner: { 'zh-CN': '考评员', 'en-US': 'an examiner' },
  supervisor: { 'zh-CN': '质量督导员', 'en-US': 'a quality supervisor' },
};

/**
 * Whether a member of staff may take a duty in the session at all: still named in the filing in
 * force, the duty one this component has and their kind takes, and for examiners a filed
 * qualification for the plan's occupation and level.
 */
export function staffEligibility(session: StaffingSession, staff: StaffingStaff, duty: SessionDuty): StaffingProblem[] {
  const who = { id: staff.id, name: staff.name };
  const n = staff.name;
  if (!staff.named) {
    return [
      {
        rule: 'notNamed',
        staff: who,
        message: { 'zh-CN': `${n} 不在现行备案的考评人员名单中，不能参与考务。`, 'en-US': `${n} is not named in the filing in force and cannot serve.` },
      },
    ];
  }
  const duties = dutiesFor(session.component);
  if (!duties.includes(duty)) {
    const component = EXAM_COMPONENT_LABELS[session.component];
    const label = SESSION_DUTY_LABELS[duty];
    return [
      {
        rule: 'wrongDuty',
        staff: who,
        message: {
          'zh-CN': `${component['zh-CN']}不设${label['zh-CN']}：请安排${duties.map((d) => SESSION_DUTY_LABELS[d]['zh-CN']).join('或')}。`,
          'en-US': `A ${component['en-US'].toLowerCase()} has no ${label['en-US'].toLowerCase()}: assign ${duties.map((d) => SESSION_DUTY_LABELS[d]['en-US'].toLowerCase()).join(' or ')}.`,
        },
      },
    ];
  }
  const kind = DUTY_STAFF_KIND[duty];
  if (kind !== staff.kind) {
    const label = SESSION_DUTY_LABELS[duty];
    return [
      {
        rule: 'wrongDuty',
        staff: who,
        message: {
          'zh-CN': `${label['zh-CN']}须由备案的${kind ? kindText[kind]['zh-CN'] : '区人社局外派人员'}担任，${n} 是${kindText[staff.kind]['zh-CN']}。`,
          'en-US': `${label['en-US']} must be ${kind ? kindText[kind]['en-US'] : "the district's dispatched supervisor"} named in the filing; ${n} is ${kindText[staff.kind]['en-US']}.`,
        },
      },
    ];
  }
  if (staff.kind === 'examiner' && !staff.qualifications.some((q) => q.occupationCode === session.occupationCode && q.levels.includes(session.level))) {
    const level = levelText(session.level);
    return [
      {
        rule: 'unqualified',
        staff: who,
        message: {
          'zh-CN': `${n} 未在现行备案中登记 ${session.occupationCode} ${level['zh-CN']}的考评资格。`,
          'en-US': `${n} is not filed as an examiner for ${session.occupationCode} ${level['en-US']}.`,
        },
      },
    ];
  }
  return [];
}

/**
 * The ties that keep a member of staff out of this session (回避), one problem per candidate and
 * tie: they are a candidate themselves; a tie declared with a candidate (a declared colleague
 * only outside employer self-evaluation, where colleagues examine each other by design); and at
 * social organisations and schools, found from the records: a colleague (both employees of the
 * same employer on the exam day) or a teacher (staff of a school the candidate is enrolled at — a
 * school's own staff excepted at that school, which evaluates its students with them).
 */
export function staffConflicts(
  session: StaffingSession,
  staff: StaffingStaff,
  candidates: readonly StaffingCandidate[],
  conflicts: readonly DeclaredConflict[],
  institutionKind: InstitutionCategory,
): StaffingProblem[] {
  const who = { id: staff.id, name: staff.name };
  const n = staff.name;
  const problems: StaffingProblem[] = [];
  const automatic = institutionKind !== 'employer';
  const employers = activeAt(staff.relations, 'employee', session.examDate);
  const schools = new Set(staff.schoolIds.filter((id) => !(institutionKind === 'school' && id === session.institutionId)));
  for (const candidate of candidates) {
    const c = maskPersonName(candidate.name);
    if (staff.personId && staff.personId === candidate.personId) {
      problems.push({
        rule: 'ownCandidate',
        staff: who,
        message: { 'zh-CN': `${n} 本人是本场考生，不能同时参与本场考务。`, 'en-US': `${n} is a candidate in this session and cannot also serve in it.` },
      });
      continue;
    }
    for (const tie of conflicts.filter((x) => x.staffId === staff.id && x.personId === candidate.personId)) {
      if (tie.kind === 'colleague' && institutionKind === 'employer') continue;
      const kind = CONFLICT_KIND_LABELS[tie.kind];
      problems.push({
        rule: 'declaredConflict',
        staff: who,
        message: {
          'zh-CN': `${n} 与考生 ${c} 已申报${kind['zh-CN']}，须回避。`,
          'en-US': `${n} has a declared tie with candidate ${c} (${kind['en-US'].toLowerCase()}) and must stand aside.`,
        },
      });
    }
    if (!automatic || !staff.personId) continue;
    const shared = [...activeAt(candidate.relations, 'employee', session.examDate)].some((id) => employers.has(id));
    if (shared) {
      problems.push({
        rule: 'colleague',
        staff: who,
        message: {
          'zh-CN': `${n} 与考生 ${c} 是同一单位的职工（同事关系），须回避。`,
          'en-US': `${n} and candidate ${c} are employees of the same employer (colleagues) and ${n} must stand aside.`,
        },
      });
    }
    const taught = [...activeAt(candidate.relations, 'enrolled_student', session.examDate)].some((id) => schools.has(id));
    if (taught) {
      problems.push({
        rule: 'teacher',
        staff: who,
        message: {
          'zh-CN': `${n} 是考生 ${c} 在读院校的教职人员（师生关系），须回避。`,
          'en-US': `${n} is on the staff of the school candidate ${c} is enrolled at (teacher and student) and must stand aside.`,
        },
      });
    }
  }
  return problems;
}

/**
 * Every rule the session's staffing breaks: the numbers its component needs (counting only staff
 * who may serve), its internal supervisor, and each assigned member's eligibility and conflicts.
 * An empty list is the only staffing a session may start with.
 */
export function staffingVerdict(
  session: StaffingSession,
  candidates: readonly StaffingCandidate[],
  assignments: readonly StaffingAssignment[],
  staff: readonly StaffingStaff[],
  conflicts: readonly DeclaredConflict[],
  rules: StaffingRules,
  institutionKind: InstitutionCategory,
): StaffingProblem[] {
  const members = new Map(staff.map((s) => [s.id, s]));
  const personal: StaffingProblem[] = [];
  const serving = new Map<SessionDuty, number>();
  for (const assignment of assignments) {
    if (!assignment.staffId) continue;
    const member = members.get(assignment.staffId) ?? {
      id: assignment.staffId,
      name: assignment.name,
      kind: 'examiner',
      personId: null,
      named: false,
      qualifications: [],
      relations: [],
      schoolIds: [],
    };
    const eligibility = staffEligibility(session, member, assignment.duty);
    const own = eligibility.length ? eligibility : staffConflicts(session, member, candidates, conflicts, institutionKind);
    personal.push(...own);
    if (!own.length) serving.set(assignment.duty, (serving.get(assignment.duty) ?? 0) + 1);
  }
  const problems: StaffingProblem[] = [];
  const need = requiredStaff(session.component, candidates.length, rules);
  const have = serving.get(need.duty) ?? 0;
  const total = candidates.length;
  if (session.component === 'theory' && have < need.required) {
    problems.push({
      rule: 'invigilators',
      staff: null,
      message: {
        'zh-CN': `理论知识考试每 ${rules.invigilatorRatio} 名考生至少 1 名监考人员，每个考场不少于 ${rules.invigilatorMinimum} 名：本场 ${total} 名考生需 ${need.required} 名，现有 ${have} 名。`,
        'en-US': `A theory exam needs one invigilator per ${rules.invigilatorRatio} candidates and at least ${rules.invigilatorMinimum} per room: ${total} candidates need ${need.required}, ${have} can serve.`,
      },
    });
  }
  if (session.component === 'skill' && have < need.required) {
    problems.push({
      rule: 'examiners',
      staff: null,
      message: {
        'zh-CN': `操作技能考核每 ${rules.examinerRatio} 名考生至少 1 名考评员，不少于 ${rules.examinerMinimum} 名${rules.examinerOdd ? '且为奇数' : ''}：本场 ${total} 名考生需 ${need.required} 名，现有 ${have} 名。`,
        'en-US': `A skill assessment needs one examiner per ${rules.examinerRatio} candidates, at least ${rules.examinerMinimum}${rules.examinerOdd ? ' and an odd number' : ''}: ${total} candidates need ${need.required}, ${have} can serve.`,
      },
    });
  } else if (session.component === 'skill' && need.odd && have % 2 === 0) {
    problems.push({
      rule: 'examinersOdd',
      staff: null,
      message: { 'zh-CN': `考评员人数须为奇数，现有 ${have} 名。`, 'en-US': `The number of examiners must be odd; ${have} can serve.` },
    });
  }
  if (session.component === 'review' && have < need.required) {
    problems.push({
      rule: 'panel',
      staff: null,
      message: {
        'zh-CN': `综合评审专家不少于 ${rules.panelMinimum} 名${rules.panelOdd ? '且为奇数' : ''}：需 ${need.required} 名，现有 ${have} 名。`,
        'en-US': `A review panel needs at least ${rules.panelMinimum} members${rules.panelOdd ? ', an odd number' : ''}: ${need.required} needed, ${have} can serve.`,
      },
    });
  } else if (session.component === 'review' && need.odd && have % 2 === 0) {
    problems.push({
      rule: 'panelOdd',
      staff: null,
      message: { 'zh-CN': `评审专家人数须为奇数，现有 ${have} 名。`, 'en-US': `The number of panel members must be odd; ${have} can serve.` },
    });
  }
  const supervisors = serving.get('internal_supervisor') ?? 0;
  if (supervisors < rules.internalSupervisorMinimum) {
    problems.push({
      rule: 'internalSupervisor',
      staff: null,
      message: {
        'zh-CN': `每场考试须有 ${rules.internalSupervisorMinimum} 名内部质量督导员（逢考必督），现有 ${supervisors} 名。`,
        'en-US': `Every session needs ${rules.internalSupervisorMinimum} internal quality supervisor(s); ${supervisors} can serve.`,
      },
    });
  }
  return [...problems, ...personal];
}
