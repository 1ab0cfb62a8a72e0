import type { PlanAction, PlanStatus } from '../plan-status.ts';
import { nextPlanStatus } from '../plan-status.ts';
import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, wrongState, type Decision } from './decision.ts';
import { institutionScope } from './scope.ts';

export interface PlanFacts {
  institutionId: string;
  districtCode: string;
  status: PlanStatus;
  occupationCode: string;
}

export type PlanOperation = 'read' | 'create' | PlanAction;

const INSTITUTION_ACTIONS: readonly PlanOperation[] = ['create', 'file', 'cancel', 'close'];
const DISTRICT_ACTIONS: readonly PlanOperation[] = ['acknowledge', 'return'];

/** Plans are filed by the institution and acknowledged by its district of registration (or the city). */
export function planPolicy(actor: Actor, operation: PlanOperation, plan: PlanFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  const own = actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === plan.institutionId);
  const scope = institutionScope(actor);
  const district = scope.all || scope.districtCodes.includes(plan.districtCode);
  if (operation === 'read') {
    const staff = own || actor.grants.some((g) => g.role === 'examiner' && g.institutionId === plan.institutionId);
    if (staff) return ALLOW;
    // A draft belongs to its institution until it is filed: no officer reads it, the city included.
    if (plan.status === 'draft') return deny('policy.draft.institutionOnly');
    if (district || scope.occupationCodes.includes(plan.occupationCode)) return ALLOW;
    return scope.districtCodes.length ? deny('policy.district.outOfScope', { district: plan.districtCode }) : deny('policy.institution.notYours');
  }
  if (INSTITUTION_ACTIONS.includes(operation) && !own) return deny('policy.plan.institutionOnly');
  if (DISTRICT_ACTIONS.includes(operation) && !district) {
    return scope.districtCodes.length ? deny('policy.district.outOfScope', { district: plan.districtCode }) : deny('policy.plan.districtOnly');
  }
  if (operation === 'create') return ALLOW;
  return nextPlanStatus(plan.status, operation) === null ? wrongState('policy.plan.wrongStatus', { planStatus: plan.status, action: operation }) : ALLOW;
}
