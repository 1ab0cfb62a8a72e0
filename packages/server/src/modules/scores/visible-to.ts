import { inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { administeredInstitutionIds, institutionScope, type Actor } from '@jiping/domain';

/**
 * The rows of a score list the actor reads, as SQL: every one for the city, a district's for its
 * officers, an institution's for its administrators, and what `own` names for anyone (the
 * sessions they serve in, the corrections they asked for). Examiners are not given their whole
 * institution: they score their own sessions.
 */
export function visibleTo(actor: Actor, columns: { institutionId: AnyColumn; districtCode: AnyColumn }, own: SQL | undefined): SQL {
  const scope = institutionScope(actor);
  if (scope.all) return sql`true`;
  const administered = administeredInstitutionIds(actor);
  const parts = [
    administered.length ? inArray(columns.institutionId, administered) : undefined,
    scope.districtCodes.length ? inArray(columns.districtCode, scope.districtCodes) : undefined,
    own,
  ].filter((part): part is SQL => part !== undefined);
  return parts.length ? or(...parts)! : sql`false`;
}
