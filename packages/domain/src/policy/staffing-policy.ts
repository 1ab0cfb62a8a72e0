import type { ExamSessionStatus } from '../exams.ts';
import type { ConflictDeclarant } from '../staffing.ts';
import { grantsOf, ownPersonIds, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { institutionScope, reviewerDistricts } from './scope.ts';

/** The institution whose staff (考评人员) are concerned. */
export interface StaffInstitutionFacts {
  id: string;
  districtCode: string;
}

/** `manage`: link a member of staff to a person or an account, and declare a conflict on the institution's behalf. */
export type StaffAction = 'read' | 'manage';

const outOfScope = (actor: Actor, districtCode: string) => {
  const scope = institutionScope(actor);
  return !scope.all && scope.districtCodes.length ? deny('policy.district.outOfScope', { district: districtCode }) : deny('policy.institution.notYours');
};

/**
 * An institution's staff are its own declaration (谁评价、谁负责): its administrator links them to
 * people and accounts and records their conflicts; its district and the city read them to supervise.
 */
export function staffPolicy(actor: Actor, action: StaffAction, institution: StaffInstitutionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  if (actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === institution.id)) return ALLOW;
  if (action === 'manage') return deny('policy.staff.institutionOnly');
  const scope = institutionScope(actor);
  if (scope.all || scope.districtCodes.includes(institution.districtCode)) return ALLOW;
  return outOfScope(actor, institution.districtCode);
}

/** A session as its staffing policy sees it. */
export interface SessionStaffingFacts {
  institutionId: string;
  districtCode: string;
  occupationCode: string;
  status: ExamSessionStatus;
}

/** `assign`: the institution's staff; `dispatch`: the district's external supervisor (外督). */
export type SessionStaffingAction = 'read' | 'assign' | 'dispatch';

/**
 * The institution staffs its sessions; the district of registration (or the city) dispatches the
 * external supervisor; both only before the session starts. The institution's staff, its district,
 * the city and the industry of the occupation read the staffing.
 */
export function sessionStaffingPolicy(actor: Actor, action: SessionStaffingAction, session: SessionStaffingFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const own = actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === session.institutionId);
  const districts = reviewerDistricts(actor);
  const district = districts.all || districts.districtCodes.includes(session.districtCode);
  if (action === 'read') {
    if (own || actor.grants.some((g) => g.role === 'examiner' && g.institutionId === session.institutionId)) return ALLOW;
    const scope = institutionScope(actor);
    if (district || (!scope.all && scope.occupationCodes.includes(session.occupationCode))) return ALLOW;
    return outOfScope(actor, session.districtCode);
  }
  if (action === 'assign' && !own) return deny('policy.staffing.institutionOnly');
  if (action === 'dispatch' && !district) return districts.districtCodes.length ? deny('policy.district.outOfScope', { district: session.districtCode }) : deny('policy.staffing.districtOnly');
  return session.status === 'scheduled' ? ALLOW : wrongState('policy.staffing.sessionNotScheduled', { sessionStatus: session.status });
}

export interface ConflictDeclarationFacts {
  institutionId: string;
  /** The account linked to the member of staff, if any. */
  staffUserId: string | null;
  /** The candidate the tie is with. */
  personId: string;
}

/**
 * A conflict of interest is declared by the institution's administrator, by the member of staff
 * about themselves, or by the candidate about themselves; nobody declares one for someone else.
 */
export function conflictDeclarationPolicy(actor: Actor, as: ConflictDeclarant, facts: ConflictDeclarationFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  switch (as) {
    case 'institution':
      return actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === facts.institutionId) ? ALLOW : deny('policy.staff.institutionOnly');
    case 'staff':
      return facts.staffUserId === actor.userId && grantsOf(actor).some((g) => g.role === 'examiner' && g.institutionId === facts.institutionId) ? ALLOW : deny('policy.conflict.ownOnly');
    case 'candidate':
      return ownPersonIds(actor).includes(facts.personId) ? ALLOW : deny('policy.conflict.ownOnly');
  }
}

/** The routes of a member of staff's own workspace (回避申报): anyone holding an examiner grant. */
export function canActAsStaff(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  return grantsOf(actor).some((g) => g.role === 'examiner') ? ALLOW : deny('policy.staff.staffOnly');
}
