import type { InstitutionCategory } from '../institutions.ts';
import type { FilingStatus } from '../filing-status.ts';
import type { Actor } from './actor.ts';
import { canApplyForInstitution, canDesignateDemonstration } from './filing-policy.ts';
import { relationPolicy } from './relation-policy.ts';
import { institutionSealPolicy } from './institution-seal-policy.ts';
import { signingKeyPolicy } from './credential-policy.ts';

/** What may be started at an institution's level (the pages' "new …" buttons). */
export const INSTITUTION_LEVEL_ACTIONS = [
  'createFiling',
  'createAmendment',
  'createRenewal',
  'createPlan',
  'recordRelation',
  'importRegistrations',
  'setDemonstration',
  'uploadSeal',
  'manageSigningKeys',
] as const;
export type InstitutionLevelAction = (typeof INSTITUTION_LEVEL_ACTIONS)[number];

export interface InstitutionActionFacts {
  id: string;
  districtCode: string;
  category: InstitutionCategory;
  /** The status of its initial filing still open or in force, or null when it has none. */
  initialFilingStatus: FilingStatus | null;
}

const OPEN_OR_IN_FORCE: readonly FilingStatus[] = ['draft', 'submitted', 'returned', 'approved', 'suspended'];

/**
 * The institution-level actions this actor may take now, from the same policies the use cases
 * check: the client renders buttons from the list and never re-derives it. One initial filing at a
 * time; amendments and renewals start from a filing in force that is not suspended.
 */
export function allowedInstitutionActions(actor: Actor, institution: InstitutionActionFacts): InstitutionLevelAction[] {
  const actions: InstitutionLevelAction[] = [];
  if (canApplyForInstitution(actor, institution.id).allowed) {
    if (!institution.initialFilingStatus || !OPEN_OR_IN_FORCE.includes(institution.initialFilingStatus)) actions.push('createFiling');
    if (institution.initialFilingStatus === 'approved') actions.push('createAmendment', 'createRenewal');
    actions.push('createPlan', 'importRegistrations');
  }
  if (relationPolicy(actor, 'write', institution).allowed) actions.push('recordRelation');
  if (institution.category === 'social' && canDesignateDemonstration(actor).allowed) actions.push('setDemonstration');
  if (institutionSealPolicy(actor, 'upload', { id: institution.id, districtCode: institution.districtCode, occupationCodes: [] }).allowed) actions.push('uploadSeal');
  if (signingKeyPolicy(actor, institution.id).allowed) actions.push('manageSigningKeys');
  return actions;
}
