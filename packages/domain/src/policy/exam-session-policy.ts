import type { ExamSessionStatus, SessionDuty } from '../exams.ts';
import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { institutionScope } from './scope.ts';

export interface ExamSessionFacts {
  institutionId: string;
  districtCode: string;
  occupationCode: string;
  status: ExamSessionStatus;
  /** Who serves in the session (session_staff rows with an account) and in which duty. */
  staff: ReadonlyArray<{ userId: string | null; duty: SessionDuty }>;
}

export type ExamSessionOperation = 'read' | 'edit' | 'cancel' | 'start' | 'end' | 'checkIn' | 'checkInStaff' | 'recordIncident' | 'writeRecord';

/** The institution's own management of a session: only its administrator. */
const ADMIN_ONLY: readonly ExamSessionOperation[] = ['edit', 'cancel'];
/** Duties that run the room: everyone the institution assigned, not the district's external supervisor. */
const RUNNING_DUTIES: readonly SessionDuty[] = ['invigilator', 'examiner', 'panel_member', 'internal_supervisor'];
const DUTIES_FOR: Partial<Record<ExamSessionOperation, readonly SessionDuty[]>> = {
  start: RUNNING_DUTIES,
  end: RUNNING_DUTIES,
  checkIn: RUNNING_DUTIES,
  checkInStaff: ['internal_supervisor'],
  recordIncident: ['internal_supervisor', 'external_supervisor'],
  writeRecord: ['internal_supervisor'],
};
const STATES_FOR: Record<Exclude<ExamSessionOperation, 'read'>, readonly ExamSessionStatus[]> = {
  edit: ['scheduled'],
  cancel: ['scheduled'],
  start: ['scheduled'],
  end: ['in_progress'],
  checkIn: ['in_progress'],
  checkInStaff: ['scheduled', 'in_progress'],
  recordIncident: ['in_progress', 'ended'],
  writeRecord: ['in_progress', 'ended'],
};

/**
 * Exam sessions belong to the plan's institution: its administrator schedules and runs them;
 * the people assigned to a session act in it according to their duty (the internal supervisor
 * also checks staff in and writes the record; the external supervisor records incidents); the
 * city, the district and the industry officer of the occupation read, as they read plans.
 * Candidates never act. `subjectUserId`: a member of staff may check themself in.
 * Who is checked before state (docs/domain.md "Policy order").
 */
export function examSessionPolicy(actor: Actor, operation: ExamSessionOperation, session: ExamSessionFacts, subjectUserId?: string | null): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const admin = actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === session.institutionId);
  const duties = session.staff.filter((s) => s.userId === actor.userId).map((s) => s.duty);
  if (operation === 'read') {
    if (admin || duties.length) return ALLOW;
    if (actor.grants.some((g) => g.role === 'examiner' && g.institutionId === session.institutionId)) return ALLOW;
    const scope = institutionScope(actor);
    if (scope.all || scope.districtCodes.includes(session.districtCode) || scope.occupationCodes.includes(session.occupationCode)) return ALLOW;
    return scope.districtCodes.length ? deny('policy.district.outOfScope', { district: session.districtCode }) : deny('policy.examSession.notYours');
  }
  const self = operation === 'checkInStaff' && subjectUserId != null && subjectUserId === actor.userId && duties.length > 0;
  const byDuty = duties.some((duty) => DUTIES_FOR[operation]?.includes(duty));
  if (!admin && !self && (ADMIN_ONLY.includes(operation) || !byDuty)) return deny(duties.length ? 'policy.examSession.notYourDuty' : 'policy.examSession.notYours');
  if (STATES_FOR[operation].includes(session.status)) return ALLOW;
  return wrongState(operation === 'checkIn' ? 'policy.examSession.notInProgress' : 'policy.examSession.wrongStatus', { sessionStatus: session.status, sessionAction: operation });
}

/** Scheduling sessions, drawing seats and printing tickets for a plan: the plan's institution administrator. */
export function canManagePlanSessions(actor: Actor, plan: { institutionId: string }): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  return actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === plan.institutionId) ? ALLOW : deny('policy.examSession.institutionOnly');
}
