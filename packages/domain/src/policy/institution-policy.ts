import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';
import { institutionScope, isEmptyScope } from './scope.ts';

export type InstitutionAction = 'list' | 'read';

/** The facts about one institution that decide who may touch it. */
export interface InstitutionFacts {
  id: string;
  districtCode: string;
  /** Occupation codes in the institution's filed scope (industry officers supervise by occupation). */
  occupationCodes: readonly string[];
}

/** Institutions are territorial (属地管理): the district of registration, the city, the institution itself. */
export function institutionPolicy(actor: Actor, action: InstitutionAction, institution?: InstitutionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  const scope = institutionScope(actor);
  if (scope.all) return ALLOW;
  if (action === 'list') return isEmptyScope(scope) ? deny('policy.institution.noScope') : ALLOW;
  if (!institution) return deny('policy.institution.noScope');
  if (scope.institutionIds.includes(institution.id)) return ALLOW;
  if (scope.districtCodes.includes(institution.districtCode)) return ALLOW;
  if (institution.occupationCodes.some((code) => scope.occupationCodes.includes(code))) return ALLOW;
  if (scope.districtCodes.length > 0) return deny('policy.district.outOfScope', { district: institution.districtCode });
  return deny('policy.institution.notYours');
}
