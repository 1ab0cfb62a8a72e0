import type { Grant } from '../roles.ts';
import type { Locale } from '../locale.ts';

/**
 * Who is acting. Services take an Actor, never a request: jobs, seeds and the CLI act as
 * `system`, the public portal as `anonymous`.
 */
export type Actor = { kind: 'user'; userId: string; username: string; displayName: string; grants: readonly Grant[]; locale: Locale | null } | { kind: 'system'; job: string } | { kind: 'anonymous' };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function systemActor(job: string): Actor {
  return { kind: 'system', job };
}

export function grantsOf(actor: Actor): readonly Grant[] {
  return actor.kind === 'user' ? actor.grants : [];
}

export function hasRole(actor: Actor, role: Grant['role']): boolean {
  return grantsOf(actor).some((grant) => grant.role === role);
}

/** The acting user's id, for `created_by`-style columns; null for jobs and the public. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** The people a candidate account is linked to (its own person record, once registered). */
export function ownPersonIds(actor: Actor): string[] {
  return grantsOf(actor).flatMap((g) => (g.role === 'candidate' && g.personId ? [g.personId] : []));
}

/** Institutions whose administrator the actor is: the ones whose plans and applications they act on. */
export function administeredInstitutionIds(actor: Actor): string[] {
  return grantsOf(actor).flatMap((g) => (g.role === 'institution_admin' ? [g.institutionId] : []));
}
