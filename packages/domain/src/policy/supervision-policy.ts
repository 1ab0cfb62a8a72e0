import type { DepartmentKind } from '../supervision/vocabulary.ts';
import { grantsOf, hasRole, type Actor } from './actor.ts';
import { ALLOW, deny, UNAUTHENTICATED, type Decision } from './decision.ts';

/**
 * Who supervises (docs/domain.md "Supervision"): the city bureau everywhere, a district bureau in
 * its district (属地管理), an industry authority in its occupations. Inspectors (督导员) work the
 * inspections they are drawn or assigned to; institutions answer what is asked of them. The
 * resource policies of registries, tasks, inspections, rectification and document requests build
 * on these, and the menus are derived from them.
 */
export type SupervisingDepartment = { kind: 'city' } | { kind: 'district'; districtCode: string } | { kind: 'industry'; occupationCodes: readonly string[] };

/** The departments the actor supervises for, the widest first (a user may hold several grants). */
export function supervisingDepartments(actor: Actor): SupervisingDepartment[] {
  const departments: SupervisingDepartment[] = [];
  for (const grant of grantsOf(actor)) {
    if (grant.role === 'municipal_admin') departments.push({ kind: 'city' });
    if (grant.role === 'district_officer') departments.push({ kind: 'district', districtCode: grant.districtCode });
    if (grant.role === 'industry_officer') departments.push({ kind: 'industry', occupationCodes: grant.occupationCodes });
  }
  const rank: Record<DepartmentKind, number> = { city: 0, district: 1, industry: 2 };
  return departments.sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/** Officers of a bureau or an industry authority: they run tasks and inspections and read the registries. */
export function canSupervise(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (actor.kind === 'system') return ALLOW;
  return supervisingDepartments(actor).length ? ALLOW : deny('policy.supervision.officersOnly');
}

/** Inspections: the officers in their scope, and inspectors the ones they are assigned to. */
export function canListInspections(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (canSupervise(actor).allowed || hasRole(actor, 'inspector')) return ALLOW;
  return deny('policy.supervision.officersOnly');
}

/** Rectification orders and document requests: the supervisors, and the institution they are addressed to. */
export function canListSupervisionRequests(actor: Actor): Decision {
  if (actor.kind === 'anonymous') return UNAUTHENTICATED;
  if (canListInspections(actor).allowed || hasRole(actor, 'institution_admin')) return ALLOW;
  return deny('policy.supervision.officersOnly');
}
