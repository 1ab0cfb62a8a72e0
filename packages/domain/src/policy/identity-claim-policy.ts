import type { Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

/** Where a claimed person can be seen in person: districts and institutions that know them. */
export interface IdentityClaimFacts {
  /** The district the resident ID was issued in and the districts of the person's relations. */
  districtCodes: readonly string[];
  /** Institutions with a recorded relation to the person. */
  relatedInstitutionIds: readonly string[];
}

export type IdentityClaimAction = 'list' | 'confirm';

/**
 * A candidate's claim to be a person is confirmed in person, identity card in hand, by those who
 * can meet them: an officer of a district that knows the person (where the ID was issued, or
 * where an institution recorded them), an institution with a relation to them, or the city.
 */
export function identityClaimPolicy(actor: Actor, action: IdentityClaimAction, claim?: IdentityClaimFacts): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  const grants = actor.grants;
  if (grants.some((g) => g.role === 'municipal_admin')) return ALLOW;
  const confirmer = grants.some((g) => g.role === 'district_officer' || g.role === 'institution_admin');
  if (action === 'list') return confirmer ? ALLOW : deny('policy.identityClaim.notConfirmer');
  if (!claim) return deny('policy.identityClaim.notYours');
  if (grants.some((g) => g.role === 'district_officer' && claim.districtCodes.includes(g.districtCode))) return ALLOW;
  if (grants.some((g) => g.role === 'institution_admin' && claim.relatedInstitutionIds.includes(g.institutionId))) return ALLOW;
  return confirmer ? deny('policy.identityClaim.notYours') : deny('policy.identityClaim.notConfirmer');
}

/** Only a candidate account claims an identity, and only its own. */
export function canClaimIdentity(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'user' && actor.grants.some((g) => g.role === 'candidate')) return ALLOW;
  return deny('policy.person.candidateOnly');
}

/**
 * Unlinking an account from a person (a wrong link, a lost phone, a person who never made the
 * account) is never the candidate's own act: the city, or an officer of a district that knows
 * the person, does it with a reason.
 */
export function accountLinkPolicy(actor: Actor, person?: Pick<IdentityClaimFacts, 'districtCodes'>): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.grants.some((g) => g.role === 'municipal_admin')) return ALLOW;
  if (person && actor.grants.some((g) => g.role === 'district_officer' && person.districtCodes.includes(g.districtCode))) return ALLOW;
  return deny('policy.accountLink.officersOnly');
}

/** The development SMS outbox stands in for people's phones: only the city's administrator reads it. */
export function smsOutboxPolicy(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'user' && actor.grants.some((g) => g.role === 'municipal_admin')) return ALLOW;
  return deny('policy.audit.cityOnly');
}

/** The gate before the person is known: the city and district officers may ask; the person's districts decide. */
export function canManageAccountLinks(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'user' && actor.grants.some((g) => g.role === 'district_officer')) return ALLOW;
  return accountLinkPolicy(actor);
}
