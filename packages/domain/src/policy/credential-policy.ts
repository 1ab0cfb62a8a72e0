import { administeredInstitutionIds, hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

/**
 * An institution's credential signing keys (docs/domain.md "Verifiable credentials"): its own
 * administrators see and rotate them (谁发证、谁负责), and so does the city, which endorses every
 * key and must be able to replace one it no longer trusts. Public keys are published to everyone.
 */
export function signingKeyPolicy(actor: Actor, institutionId: string): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  if (hasRole(actor, 'municipal_admin') || administeredInstitutionIds(actor).includes(institutionId)) return ALLOW;
  return deny('policy.signingKeys.notYours');
}
