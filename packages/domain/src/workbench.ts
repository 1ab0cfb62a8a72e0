import type { Workspace } from './roles.ts';
import type { Actor } from './policy/actor.ts';
import { administeredInstitutionIds, hasRole, ownPersonIds } from './policy/actor.ts';
import { identityClaimPolicy } from './policy/identity-claim-policy.ts';
import { reviewerDistricts } from './policy/scope.ts';
import { nationalExportPolicy } from './policy/national-export-policy.ts';
import { canSupervise } from './policy/supervision-policy.ts';

/**
 * What can wait for a user on their 工作台 (待办). Government: decisions that are the district's
 * or the city's; institution: what its administrator must act on; candidate: their own record and
 * applications.
 */
export const WORKBENCH_TASKS = [
  'filing_review',
  'plan_acknowledge',
  'direct_decision',
  'identity_claim',
  'plan_returned',
  'registration_review',
  'import_failed',
  'identity_unverified',
  'my_registration',
  'results_review',
  'objection_open',
  'results_publish',
  'objection_answer',
  'results_submit',
  'national_export_overdue',
  'inspection_publication_overdue',
] as const;
export type WorkbenchTask = (typeof WORKBENCH_TASKS)[number];

/**
 * The tasks an actor's workbench shows in one workspace, derived from the same grants the
 * policies read: a reviewer of no district has nothing to review, an examiner nothing to decide.
 */
export function workbenchTasks(actor: Actor, workspace: Workspace): WorkbenchTask[] {
  const tasks: WorkbenchTask[] = [];
  if (workspace === 'government') {
    const districts = reviewerDistricts(actor);
    if (districts.all || districts.districtCodes.length) tasks.push('filing_review', 'plan_acknowledge', 'direct_decision', 'results_review', 'objection_open');
    if ((hasRole(actor, 'district_officer') || hasRole(actor, 'municipal_admin')) && identityClaimPolicy(actor, 'list').allowed) tasks.push('identity_claim');
    if (nationalExportPolicy(actor, 'read').allowed) tasks.push('national_export_overdue');
    // Inspection results the officer's department has not published within the 20 working days.
    if (actor.kind === 'user' && canSupervise(actor).allowed) tasks.push('inspection_publication_overdue');
  }
  if (workspace === 'institution' && administeredInstitutionIds(actor).length) {
    tasks.push('plan_returned', 'registration_review', 'import_failed', 'identity_claim', 'results_publish', 'objection_answer', 'results_submit');
  }
  if (workspace === 'candidate' && hasRole(actor, 'candidate')) tasks.push(ownPersonIds(actor).length ? 'my_registration' : 'identity_unverified');
  return tasks;
}
