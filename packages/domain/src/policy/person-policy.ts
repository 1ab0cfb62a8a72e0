import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

/** `edit` is the person's declared profile and its evidence files. */
export type PersonAction = 'create' | 'read' | 'reveal' | 'edit';

export interface PersonFacts {
  id: string;
  createdByInstitutionId: string | null;
  /** Institutions with a recorded relation to the person (employer, school, social organisation). */
  relatedInstitutionIds: readonly string[];
}

/**
 * Personal information is seen by the person (an account linked after its identity was proven),
 * the city, the institution that registered them and
 * the institutions that recorded a relation with them. Revealing a full ID number is a separate
 * action: allowed to the same people, and always audited by the caller. The profile is edited by
 * the person and by those institutions (staff often fill it in with the candidate), not by the
 * city, whose role is to supervise declarations rather than make them.
 */
export function personPolicy(actor: Actor, action: PersonAction, person?: PersonFacts): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  const grants = actor.grants;
  if (action === 'create') {
    if (grants.some((g) => g.role === 'municipal_admin' || g.role === 'institution_admin')) return ALLOW;
    // A candidate proves who they are through the identity claim; naming an ID number links nothing.
    return grants.some((g) => g.role === 'candidate') ? deny('policy.person.claimInstead') : deny('policy.person.cannotCreate');
  }
  if (!person) return deny('policy.person.notYours');
  if (grants.some((g) => g.role === 'candidate' && g.personId === person.id)) return ALLOW;
  const institutions = person.createdByInstitutionId ? [person.createdByInstitutionId, ...person.relatedInstitutionIds] : person.relatedInstitutionIds;
  if (grants.some((g) => g.role === 'institution_admin' && institutions.includes(g.institutionId))) return ALLOW;
  if (action === 'edit') return deny('policy.person.cannotEdit');
  if (grants.some((g) => g.role === 'municipal_admin')) return ALLOW;
  return deny('policy.person.notYours');
}

/** The candidate's own record: only a candidate account has one. */
export function canReadOwnPerson(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'user' && actor.grants.some((g) => g.role === 'candidate')) return ALLOW;
  return deny('policy.person.candidateOnly');
}
