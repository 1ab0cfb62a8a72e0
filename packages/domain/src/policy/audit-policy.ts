import { hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

export type AuditAction = 'list' | 'verify';

/** The audit trail spans every district and institution, so only the city reads or verifies it. */
export function auditPolicy(actor: Actor, _action: AuditAction): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  return hasRole(actor, 'municipal_admin') ? ALLOW : deny('policy.audit.cityOnly');
}
