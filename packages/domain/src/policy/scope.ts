import type { Actor } from './actor.ts';

/**
 * What part of the institution-owned data an actor may see, as data the query layer turns into a
 * WHERE clause. Lists are filtered by this, never in the page.
 */
export type InstitutionScope = { all: true } | { all: false; districtCodes: string[]; institutionIds: string[]; occupationCodes: string[] };

export function institutionScope(actor: Actor): InstitutionScope {
  if (actor.kind === 'system') return { all: true };
  const scope = { all: false as const, districtCodes: [] as string[], institutionIds: [] as string[], occupationCodes: [] as string[] };
  if (actor.kind === 'anonymous') return scope;
  for (const grant of actor.grants) {
    switch (grant.role) {
      case 'municipal_admin':
        return { all: true };
      case 'district_officer':
        scope.districtCodes.push(grant.districtCode);
        break;
      case 'industry_officer':
        scope.occupationCodes.push(...grant.occupationCodes);
        break;
      case 'institution_admin':
      case 'examiner':
        scope.institutionIds.push(grant.institutionId);
        break;
      // Inspectors see what they are drawn or assigned to; candidates see only themselves.
      case 'inspector':
      case 'candidate':
        break;
    }
  }
  return scope;
}

export function isEmptyScope(scope: InstitutionScope): boolean {
  return !scope.all && scope.districtCodes.length + scope.institutionIds.length + scope.occupationCodes.length === 0;
}

/**
 * The districts whose decisions are the actor's (filing review, plan acknowledgement, 破格): the
 * city all of them, a district officer their own. Industry officers and institutions read some of
 * the same rows but decide none of them.
 */
export function reviewerDistricts(actor: Actor): { all: true } | { all: false; districtCodes: string[] } {
  const scope = institutionScope(actor);
  return scope.all ? { all: true } : { all: false, districtCodes: scope.districtCodes };
}
