import { ALLOW, UNAUTHENTICATED, type Actor, type Decision } from '@jiping/domain';

/**
 * Gate for endpoints whose decision depends on the resource (a filing's district, status…): the
 * route only requires a signed-in user, and the use case applies the resource's policy after
 * loading it. Named, so the choice is visible at every route that makes it.
 */
export const ALLOW_SIGNED_IN = (actor: Actor): Decision => (actor.kind === 'user' ? ALLOW : UNAUTHENTICATED);
