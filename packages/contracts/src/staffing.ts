import { z } from 'zod';
import { CONFLICT_DECLARANTS, CONFLICT_KINDS, EXAM_COMPONENTS, EXAM_SESSION_STATUSES, SESSION_DUTIES, STAFF_KINDS, STAFFING_RULE_NAMES } from '@jiping/domain';
import { IdParams, SkillLevel, Uuid, Version } from './common.ts';
import { endpoint } from './endpoint.ts';
import { RegisterPersonBody } from './people.ts';
import { PlanView } from './plans.ts';

const OccupationCode = z.string().regex(/^[1-8]-\d{2}-\d{2}-\d{2}$/, { error: '职业编码格式应为 x-xx-xx-xx' });
const Ratio = z.number().int().min(1).max(1000);
const Count = z.number().int().min(0).max(100);
const Localized = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/** The numbers of the staffing rules (domain/staffing.ts `StaffingRules`). */
export const StaffingRulesSchema = z.strictObject({
  invigilatorRatio: Ratio,
  invigilatorMinimum: Count,
  examinerRatio: Ratio,
  examinerMinimum: Count,
  examinerOdd: z.boolean(),
  panelMinimum: Count,
  panelOdd: z.boolean(),
  internalSupervisorMinimum: Count,
});

/** The `staffing.rules` parameter: defaults, and overrides per occupation and level (one per pair). */
export const StaffingRulesParameterSchema = z
  .strictObject({
    default: StaffingRulesSchema,
    overrides: z.array(z.strictObject({ occupationCode: OccupationCode, level: SkillLevel, rules: StaffingRulesSchema.partial() })).max(500),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.overrides.forEach((o, index) => {
      const key = `${o.occupationCode}:${o.level}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['overrides', index], message: `${o.occupationCode} ${o.level} 级已有另一条规定 (a second override for the same occupation and level)` });
      seen.add(key);
    });
  });

const PersonLink = z.object({ id: Uuid, name: z.string(), idNumberMasked: z.string() });
const AccountLink = z.object({ id: Uuid, username: z.string(), displayName: z.string() });

/** A member of staff named in the filing, with the person and account linked to them. */
export const StaffMemberView = z.object({
  id: Uuid,
  institutionId: Uuid,
  kind: z.enum(STAFF_KINDS),
  name: z.string(),
  certificateNo: z.string(),
  occupationCode: z.string().nullable(),
  levels: z.array(z.number().int()),
  /** False once the filing in force no longer names them: kept for their history, never assigned again. */
  active: z.boolean(),
  person: PersonLink.nullable(),
  account: AccountLink.nullable(),
  version: z.number().int(),
});
export type StaffMemberView = z.infer<typeof StaffMemberView>;
export const StaffList = z.object({ items: z.array(StaffMemberView) });

export const LinkStaffPersonBody = z.strictObject({ version: Version, person: RegisterPersonBody });

const Username = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: '用户名为 3–32 位小写字母、数字或 . _ -' });
export const CreateStaffAccountBody = z.strictObject({ version: Version, username: Username, displayName: z.string().trim().min(1).max(50).optional() });
/** The new account and its initial password, shown this once and never stored in the clear. */
export const StaffAccountCreated = z.object({ staff: StaffMemberView, username: z.string(), initialPassword: z.string() });
export const LinkStaffAccountBody = z.strictObject({ version: Version, username: z.string().trim().min(1).max(64) });

const Note = z.string().trim().max(500).default('');
export const DeclareInstitutionConflictBody = z.strictObject({ staffId: Uuid, registrationId: Uuid, kind: z.enum(CONFLICT_KINDS), note: Note });
export const DeclareOwnConflictBody = z.strictObject({ registrationId: Uuid, kind: z.enum(CONFLICT_KINDS), note: Note });
export const DeclareCandidateConflictBody = z.strictObject({ staffId: Uuid, kind: z.enum(CONFLICT_KINDS), note: Note });

/** A declared tie between a member of staff and a person (回避). */
export const ConflictView = z.object({
  id: Uuid,
  staffId: Uuid,
  staffName: z.string(),
  personId: Uuid,
  personName: z.string(),
  kind: z.enum(CONFLICT_KINDS),
  note: z.string(),
  declaredAs: z.enum(CONFLICT_DECLARANTS),
  createdAt: z.string(),
});
export type ConflictView = z.infer<typeof ConflictView>;
export const ConflictList = z.object({ items: z.array(ConflictView) });

export const StaffingProblemView = z.object({
  rule: z.enum(STAFFING_RULE_NAMES),
  message: Localized,
  staffId: Uuid.nullable(),
  staffName: z.string().nullable(),
});
export type StaffingProblemView = z.infer<typeof StaffingProblemView>;

export const SessionAssignmentView = z.object({ id: Uuid, duty: z.enum(SESSION_DUTIES), staffId: Uuid.nullable(), userId: Uuid.nullable(), name: z.string() });

/** One session's staffing: who serves in which duty, what its component needs, and every rule it breaks. */
export const SessionStaffingView = z.object({
  id: Uuid,
  planId: Uuid,
  component: z.enum(EXAM_COMPONENTS),
  status: z.enum(EXAM_SESSION_STATUSES),
  startsAt: z.string(),
  endsAt: z.string(),
  siteName: z.string(),
  room: z.string(),
  candidates: z.number().int(),
  requirement: z.object({ duty: z.enum(SESSION_DUTIES), required: z.number().int(), odd: z.boolean() }),
  /** The duties the institution assigns in this session. */
  duties: z.array(z.enum(SESSION_DUTIES)),
  assignments: z.array(SessionAssignmentView),
  problems: z.array(StaffingProblemView),
  allowedActions: z.array(z.enum(['assign', 'dispatch'])),
});
export type SessionStaffingView = z.infer<typeof SessionStaffingView>;

export const PlanStaffingView = z.object({
  plan: PlanView.pick({
    id: true,
    institutionId: true,
    occupationCode: true,
    workType: true,
    level: true,
    examStart: true,
    examEnd: true,
    siteName: true,
    internalSupervisor: true,
    externalSupervisor: true,
    status: true,
  }),
  rules: StaffingRulesSchema,
  sessions: z.array(SessionStaffingView),
  /** The institution's active staff, for its administrator to choose from; empty for everyone else. */
  staff: z.array(z.object({ id: Uuid, name: z.string(), kind: z.enum(STAFF_KINDS), qualified: z.boolean() })),
  /** Accounts the district may dispatch as external supervisor; empty for anyone who may not dispatch. */
  dispatchable: z.array(AccountLink),
});
export type PlanStaffingView = z.infer<typeof PlanStaffingView>;

export const AssignSessionStaffBody = z.strictObject({ staffId: Uuid, duty: z.enum(SESSION_DUTIES) });
export const SessionAssignmentParams = z.strictObject({ id: Uuid, assignmentId: Uuid });
export const DispatchExternalSupervisorBody = z.strictObject({ userId: Uuid });

/** What a member of staff sees of their own: where they are named, the sessions they serve in, the ties declared for them. */
export const MyStaffingView = z.object({
  memberships: z.array(z.object({ id: Uuid, institutionId: Uuid, institutionName: z.string(), kind: z.enum(STAFF_KINDS), name: z.string(), active: z.boolean() })),
  sessions: z.array(
    z.object({
      id: Uuid,
      planId: Uuid,
      occupationCode: z.string(),
      level: z.number().int(),
      component: z.enum(EXAM_COMPONENTS),
      startsAt: z.string(),
      room: z.string(),
      duty: z.enum(SESSION_DUTIES),
      status: z.enum(EXAM_SESSION_STATUSES),
    }),
  ),
  conflicts: z.array(ConflictView),
});

/** The staff of a candidate's plan, for the candidate to name one they have a tie with, and what they declared. */
export const RegistrationStaffView = z.object({
  staff: z.array(z.object({ id: Uuid, name: z.string(), kind: z.enum(STAFF_KINDS) })),
  conflicts: z.array(ConflictView),
});

export const staffingEndpoints = {
  staffMembers: endpoint({ method: 'GET', url: '/api/v1/institutions/:id/staff', params: IdParams, response: StaffList }),
  linkStaffPerson: endpoint({ method: 'POST', url: '/api/v1/staff/:id/person', params: IdParams, body: LinkStaffPersonBody, response: StaffMemberView }),
  createStaffAccount: endpoint({ method: 'POST', url: '/api/v1/staff/:id/account', params: IdParams, body: CreateStaffAccountBody, response: StaffAccountCreated }),
  linkStaffAccount: endpoint({ method: 'POST', url: '/api/v1/staff/:id/account-link', params: IdParams, body: LinkStaffAccountBody, response: StaffMemberView }),
  institutionConflicts: endpoint({ method: 'GET', url: '/api/v1/institutions/:id/conflicts', params: IdParams, response: ConflictList }),
  declareInstitutionConflict: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/conflicts', params: IdParams, body: DeclareInstitutionConflictBody, response: ConflictView }),
  planStaffing: endpoint({ method: 'GET', url: '/api/v1/plans/:id/staffing', params: IdParams, response: PlanStaffingView }),
  sessionStaffing: endpoint({ method: 'GET', url: '/api/v1/exam-sessions/:id/staffing', params: IdParams, response: SessionStaffingView }),
  assignSessionStaff: endpoint({ method: 'POST', url: '/api/v1/exam-sessions/:id/staff', params: IdParams, body: AssignSessionStaffBody, response: SessionStaffingView }),
  removeSessionStaff: endpoint({ method: 'DELETE', url: '/api/v1/exam-sessions/:id/staff/:assignmentId', params: SessionAssignmentParams, response: SessionStaffingView }),
  dispatchExternalSupervisor: endpoint({ method: 'POST', url: '/api/v1/plans/:id/external-supervisor', params: IdParams, body: DispatchExternalSupervisorBody, response: PlanStaffingView }),
  myStaffing: endpoint({ method: 'GET', url: '/api/v1/me/staffing', response: MyStaffingView }),
  declareOwnConflict: endpoint({ method: 'POST', url: '/api/v1/me/conflicts', body: DeclareOwnConflictBody, response: ConflictView }),
  registrationStaff: endpoint({ method: 'GET', url: '/api/v1/registrations/:id/staff', params: IdParams, response: RegistrationStaffView }),
  declareCandidateConflict: endpoint({ method: 'POST', url: '/api/v1/registrations/:id/conflicts', params: IdParams, body: DeclareCandidateConflictBody, response: ConflictView }),
} as const;
