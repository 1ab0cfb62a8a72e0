import { hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

export type CatalogueAction = 'import' | 'withdraw' | 'editParameters';

/** The city keeps the catalogue and the rule parameters; everyone reads them (public data). */
export function cataloguePolicy(actor: Actor, _action: CatalogueAction): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  return hasRole(actor, 'municipal_admin') ? ALLOW : deny('policy.catalogue.cityOnly');
}
