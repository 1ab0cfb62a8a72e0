import type { DepartmentKind, InspectionStatus, RectificationStatus } from '../supervision/vocabulary.ts';
import { administeredInstitutionIds, grantsOf, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';

/**
 * The facts about one inspection that decide who follows it up (rectification orders, document
 * requests): the department that runs it, the inspectors assigned to it, the institution and its
 * district, and the occupations the institution is filed for (an industry authority supervises
 * only in its own).
 */
export interface InspectionFollowUpFacts {
  institutionId: string;
  /** The institution's district (属地): its bureau reads what is ordered there and decides sanctions. */
  districtCode: string;
  departmentKind: DepartmentKind;
  departmentDistrictCode: string | null;
  occupationCodes: readonly string[];
  /** The accounts of the inspectors assigned to the inspection. */
  inspectorUserIds: readonly string[];
  status: InspectionStatus;
}

/**
 * Who follows an inspection up: the inspectors assigned to it, the officers of the department that
 * runs it (a district bureau's for a district inspection, an industry authority's in its
 * occupations) and the city bureau, which supervises everywhere. Being an inspector, or an officer
 * of another district, is not enough.
 */
export function followsUpInspection(actor: Actor, facts: InspectionFollowUpFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  if (facts.inspectorUserIds.includes(actor.userId)) return ALLOW;
  const grants = grantsOf(actor);
  if (grants.some((g) => g.role === 'municipal_admin')) return ALLOW;
  for (const grant of grants) {
    if (grant.role === 'district_officer' && facts.departmentKind === 'district' && facts.departmentDistrictCode === grant.districtCode) return ALLOW;
    if (grant.role === 'industry_officer' && facts.departmentKind === 'industry' && facts.occupationCodes.some((code) => grant.occupationCodes.includes(code))) return ALLOW;
  }
  if (grants.some((g) => g.role === 'inspector')) return deny('policy.followUp.notAssigned');
  if (grants.some((g) => g.role === 'district_officer' || g.role === 'industry_officer')) {
    return facts.departmentKind === 'district' && facts.departmentDistrictCode
      ? deny('policy.followUp.otherDistrict', { district: facts.departmentDistrictCode })
      : deny('policy.followUp.otherDepartment', { departmentKind: facts.departmentKind });
  }
  return deny('policy.followUp.supervisorsOnly');
}

/**
 * Reading what follows an inspection: those who follow it up, the bureau of the institution's
 * district (which decides sanctions on what it reads), and the institution's own administrator.
 */
export function readsInspectionFollowUp(actor: Actor, facts: InspectionFollowUpFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (administeredInstitutionIds(actor).includes(facts.institutionId)) return ALLOW;
  if (grantsOf(actor).some((g) => g.role === 'district_officer' && g.districtCode === facts.districtCode)) return ALLOW;
  const supervisor = followsUpInspection(actor, facts);
  if (supervisor.allowed) return ALLOW;
  if (grantsOf(actor).some((g) => g.role === 'institution_admin')) return deny('policy.followUp.otherInstitution');
  return supervisor;
}

export type RectificationAction = 'read' | 'order' | 'respond' | 'accept' | 'reopen' | 'download';

export interface RectificationFacts extends InspectionFollowUpFacts {
  /** The order's status; absent when ordering a new one. */
  orderStatus?: RectificationStatus;
}

/** An order can be given once the inspectors are at work and until the inspection is published; never on a cancelled one. */
export const RECTIFICATION_ORDERABLE: readonly InspectionStatus[] = ['in_progress', 'submitted', 'completed', 'published'];

/**
 * 整改: the supervisors of the inspection order it and accept or reopen the institution's answer;
 * the institution's administrator answers (text and evidence) while it is open or reopened. Who
 * first, state second.
 */
export function rectificationPolicy(actor: Actor, action: RectificationAction, facts: RectificationFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (action === 'read' || action === 'download') return readsInspectionFollowUp(actor, facts);
  if (action === 'respond') {
    if (!administeredInstitutionIds(actor).includes(facts.institutionId)) return deny('policy.rectification.institutionOnly');
    return facts.orderStatus === 'open' || facts.orderStatus === 'reopened' ? ALLOW : wrongState('policy.rectification.wrongStatus', { rectificationStatus: facts.orderStatus ?? '' });
  }
  const who = followsUpInspection(actor, facts);
  if (!who.allowed) return who;
  if (action === 'order') {
    return RECTIFICATION_ORDERABLE.includes(facts.status) ? ALLOW : wrongState('policy.rectification.inspectionNotOrderable', { inspectionStatus: facts.status });
  }
  return facts.orderStatus === 'responded' ? ALLOW : wrongState('policy.rectification.wrongStatus', { rectificationStatus: facts.orderStatus ?? '' });
}

/** The actions this actor may take on an order now: the page renders its buttons from them. */
export function allowedRectificationActions(actor: Actor, facts: RectificationFacts): Array<'respond' | 'accept' | 'reopen'> {
  return (['respond', 'accept', 'reopen'] as const).filter((action) => rectificationPolicy(actor, action, facts).allowed);
}
