import { hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

export type UserAction = 'readSelf' | 'updateSelf' | 'list';

/** Everyone manages their own preferences; only the city lists accounts. */
export function userPolicy(actor: Actor, action: UserAction): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (action === 'list') return hasRole(actor, 'municipal_admin') ? ALLOW : deny('policy.user.cityOnly');
  return ALLOW;
}
