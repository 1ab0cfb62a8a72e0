import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

export type PersonAction = 'create' | 'read' | 'reveal';

export interface PersonFacts {
  id: string;
  createdByInstitutionId: string | null;
}

/**
 * Personal information is seen by the person, the city, and the institution that registered
 * them (relations to other institutions widen this when they exist). Revealing a full ID number
 * is a separate action: allowed to the same people, and always audited by the caller.
 */
export function personPolicy(actor: Actor, action: PersonAction, person?: PersonFacts): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  const grants = actor.grants;
  if (grants.some((g) => g.role === 'municipal_admin')) return ALLOW;
  if (action === 'create') {
    return grants.some((g) => g.role === 'institution_admin' || g.role === 'candidate') ? ALLOW : deny('policy.person.cannotCreate');
  }
  if (!person) return deny('policy.person.notYours');
  if (grants.some((g) => g.role === 'candidate' && g.personId === person.id)) return ALLOW;
  if (person.createdByInstitutionId && grants.some((g) => g.role === 'institution_admin' && g.institutionId === person.createdByInstitutionId)) return ALLOW;
  return deny('policy.person.notYours');
}
