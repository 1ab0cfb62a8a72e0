import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';
import { institutionScope } from './scope.ts';

/** `write` covers recording agreements and relations, ending relations and uploading their evidence. */
export type RelationAction = 'read' | 'write';

/** The facts about the institution that holds the agreements and relations. */
export interface RelationInstitutionFacts {
  id: string;
  districtCode: string;
}

/**
 * An institution's agreements and its relations with people are its own declarations (谁评价、
 * 谁负责): only its admin records them. The district of registration and the city read them to
 * supervise admissions; examiners and industry officers have no need for the personal data.
 */
export function relationPolicy(actor: Actor, action: RelationAction, institution: RelationInstitutionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  if (actor.grants.some((g) => g.role === 'institution_admin' && g.institutionId === institution.id)) return ALLOW;
  if (action === 'write') return deny('policy.relation.institutionOnly');
  const scope = institutionScope(actor);
  if (scope.all || scope.districtCodes.includes(institution.districtCode)) return ALLOW;
  if (scope.districtCodes.length > 0) return deny('policy.district.outOfScope', { district: institution.districtCode });
  return deny('policy.institution.notYours');
}
