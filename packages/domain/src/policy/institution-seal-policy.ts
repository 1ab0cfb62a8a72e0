import { administeredInstitutionIds, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';
import { institutionPolicy, type InstitutionFacts } from './institution-policy.ts';

export type InstitutionSealAction = 'upload' | 'read';

/**
 * An institution's electronic seal (docs/domain.md "Certificate documents"). Only the
 * institution's own administrator puts up its seal image: the seal is what the institution
 * stamps its certificates with (谁发证、谁负责), so not even the city sets it. Whoever may see the
 * institution may see its seal, as it is printed on every certificate anyway.
 * Without the institution (the route's gate), upload asks only whether the actor administers one.
 */
export function institutionSealPolicy(actor: Actor, action: InstitutionSealAction, institution?: InstitutionFacts): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (action === 'read') return institution ? institutionPolicy(actor, 'read', institution) : institutionPolicy(actor, 'list');
  const administered = administeredInstitutionIds(actor);
  if (!administered.length) return deny('policy.institutionSeal.adminOnly');
  if (institution && !administered.includes(institution.id)) return deny('policy.institutionSeal.adminOnly');
  return ALLOW;
}
