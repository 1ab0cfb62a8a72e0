import type { DepartmentKind, InspectionStatus } from '../supervision/vocabulary.ts';
import { administeredInstitutionIds, grantsOf, hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { supervisingDepartments, type SupervisingDepartment } from './supervision-policy.ts';

/** What the inspection policy decides on: the institution inspected, the department running it, its state and its inspectors' accounts. */
export interface InspectionFacts {
  number: string;
  institutionId: string;
  /** The institution's district (属地). */
  districtCode: string;
  /** The occupations the institution filed (industry authorities supervise by occupation). */
  occupationCodes: readonly string[];
  departmentKind: DepartmentKind;
  departmentDistrictCode: string | null;
  status: InspectionStatus;
  /** Accounts of the assigned inspectors (inspectors.user_id); an inspector without an account acts through nobody. */
  inspectorUserIds: readonly string[];
  /** Accounts whose confirmation of the result is recorded. */
  confirmedUserIds: readonly string[];
}

/** The institution an inspection is to be created for. */
export interface InspectedInstitutionFacts {
  id: string;
  districtCode: string;
  occupationCodes: readonly string[];
}

/** The work of the assigned inspectors, the decisions of the running department, and reading. */
export const INSPECTION_ACTIONS = ['start', 'fill', 'submit', 'confirm', 'reassign', 'cancel', 'publish'] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];
export type InspectionOperation = 'read' | 'report' | InspectionAction;

const INSPECTOR_ACTIONS: readonly InspectionAction[] = ['start', 'fill', 'submit', 'confirm'];

const STATES: Record<InspectionAction, readonly InspectionStatus[]> = {
  start: ['assigned'],
  fill: ['in_progress'],
  submit: ['in_progress'],
  confirm: ['submitted'],
  // Once started, the inspectors who began it finish it.
  reassign: ['assigned'],
  cancel: ['assigned', 'in_progress'],
  publish: ['completed'],
};

/** The institution reads its inspections only once the result stands (completed or published): for the report, nothing before. */
const INSTITUTION_READS: readonly InspectionStatus[] = ['completed', 'published'];

function covers(department: SupervisingDepartment, institution: { districtCode: string; occupationCodes: readonly string[] }): boolean {
  if (department.kind === 'city') return true;
  if (department.kind === 'district') return department.districtCode === institution.districtCode;
  return institution.occupationCodes.some((code) => department.occupationCodes.includes(code));
}

/**
 * The department that runs it. An industry authority is known by its occupations (the inspection
 * records only the kind), so an industry officer runs the industry's inspections of institutions
 * filed in its occupations.
 */
function runs(department: SupervisingDepartment, inspection: InspectionFacts): boolean {
  if (department.kind !== inspection.departmentKind) return false;
  if (department.kind === 'city') return true;
  if (department.kind === 'district') return department.districtCode === inspection.departmentDistrictCode;
  return covers(department, inspection);
}

/** Whether the actor is one of the inspection's assigned inspectors (through the account linked to the registry row). */
export function isAssignedInspector(actor: Actor, inspection: Pick<InspectionFacts, 'inspectorUserIds'>): boolean {
  return actor.kind === 'user' && inspection.inspectorUserIds.includes(actor.userId);
}

/** An officer of the running department. */
export function runsInspection(actor: Actor, inspection: InspectionFacts): boolean {
  return supervisingDepartments(actor).some((department) => runs(department, inspection));
}

/** The department the actor creates an inspection of the institution for (the widest that covers it), or null. */
export function inspectionDepartmentFor(actor: Actor, institution: InspectedInstitutionFacts): SupervisingDepartment | null {
  return supervisingDepartments(actor).find((department) => covers(department, institution)) ?? null;
}

/**
 * Creating an inspection (routine, special, on-site at a session): an officer whose department
 * supervises the institution — the city any, a district bureau those of its district, an industry
 * authority those filed in its occupations.
 */
export function canCreateInspection(actor: Actor, institution: InspectedInstitutionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const departments = supervisingDepartments(actor);
  if (!departments.length) return deny('policy.supervision.officersOnly');
  if (inspectionDepartmentFor(actor, institution)) return ALLOW;
  if (departments.some((d) => d.kind === 'district')) return deny('policy.district.outOfScope', { district: institution.districtCode });
  return deny('policy.inspection.institutionNotSupervised');
}

function readDecision(actor: Actor & { kind: 'user' }, inspection: InspectionFacts): Decision {
  if (isAssignedInspector(actor, inspection)) return ALLOW;
  const departments = supervisingDepartments(actor);
  if (departments.some((department) => covers(department, inspection) || runs(department, inspection))) return ALLOW;
  if (administeredInstitutionIds(actor).includes(inspection.institutionId)) {
    return INSTITUTION_READS.includes(inspection.status) ? ALLOW : deny('policy.inspection.institutionAfterCompletion', { number: inspection.number });
  }
  if (hasRole(actor, 'inspector') && !departments.length) return deny('policy.inspection.notAssigned', { number: inspection.number });
  if (grantsOf(actor).some((g) => g.role === 'district_officer')) return deny('policy.district.outOfScope', { district: inspection.districtCode });
  return deny('policy.inspection.notYours', { number: inspection.number });
}

/**
 * Inspections (docs/domain.md "Inspections"): read by the officers who supervise the institution
 * (the city all; a district bureau those of institutions in its district or run by it; an industry
 * authority those of institutions filed in its occupations) and by the assigned inspectors; the
 * institution reads its own once completed. Only the assigned inspectors work one (start, fill in
 * the checklist, findings, files and conclusion, submit) and each confirms only their own
 * agreement; only the running department reassigns (before the start), cancels and publishes.
 * Who is checked before state (docs/domain.md "Policy order").
 */
export function inspectionPolicy(actor: Actor, operation: InspectionOperation, inspection: InspectionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const read = readDecision(actor, inspection);
  if (operation === 'read' || operation === 'report') return read;
  if (!read.allowed) return read;
  if (INSPECTOR_ACTIONS.includes(operation)) {
    if (!isAssignedInspector(actor, inspection)) return deny('policy.inspection.assignedInspectorsOnly', { number: inspection.number });
  } else if (!runsInspection(actor, inspection)) {
    return inspection.departmentKind === 'district'
      ? deny('policy.inspection.runningDistrictOnly', { district: inspection.departmentDistrictCode ?? inspection.districtCode })
      : deny('policy.inspection.runningDepartmentOnly', { departmentKind: inspection.departmentKind });
  }
  if (!STATES[operation].includes(inspection.status)) return wrongState('policy.inspection.wrongStatus', { inspectionStatus: inspection.status, inspectionAction: operation });
  if (operation === 'confirm' && actor.kind === 'user' && inspection.confirmedUserIds.includes(actor.userId)) return wrongState('policy.inspection.alreadyConfirmed');
  return ALLOW;
}

/** What the actor may do on the inspection now (the page's buttons). */
export function allowedInspectionActions(actor: Actor, inspection: InspectionFacts): InspectionAction[] {
  return INSPECTION_ACTIONS.filter((action) => inspectionPolicy(actor, action, inspection).allowed);
}

/** Completed and still not published after its due date: flagged in lists and on the workbench. */
export function publicationOverdue(inspection: { status: InspectionStatus; publicationDue: string | null }, today: string): boolean {
  return inspection.status === 'completed' && inspection.publicationDue !== null && inspection.publicationDue < today;
}
