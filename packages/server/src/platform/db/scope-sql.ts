import { and, inArray, not, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { institutionScope, type Actor } from '@jiping/domain';

/** How a table names the things scope is made of. */
export interface ScopeColumns {
  districtCode: AnyColumn;
  institutionId: AnyColumn;
  /** Rows touching these occupations (industry officers supervise by occupation); absent: none do. */
  occupations?: (codes: string[]) => SQL;
  /** True for a draft: it belongs to its institution until it is filed, and no officer sees it. */
  draft?: SQL;
}

/**
 * The one translation of an actor's scope into SQL, used by every list and every detail read, so
 * "in scope" means the same everywhere: the city everything, a district officer their district, an
 * industry officer their occupations, an institution (admin or examiner) its own rows; drafts only
 * their institution. Undefined means no restriction (the system's jobs).
 */
export function scopeWhere(actor: Actor, columns: ScopeColumns): SQL | undefined {
  if (actor.kind === 'system') return undefined;
  const scope = institutionScope(actor);
  const own = scope.all ? [] : scope.institutionIds;
  const ownRows = own.length ? inArray(columns.institutionId, own) : undefined;
  const filed = columns.draft ? not(columns.draft) : undefined;
  if (scope.all) return filed && ownRows ? or(filed, ownRows) : filed;
  const supervised: SQL[] = [];
  if (scope.districtCodes.length) supervised.push(inArray(columns.districtCode, scope.districtCodes));
  if (scope.occupationCodes.length && columns.occupations) supervised.push(columns.occupations(scope.occupationCodes));
  const officer = supervised.length ? (filed ? and(filed, or(...supervised)) : or(...supervised)) : undefined;
  const parts = [ownRows, officer].filter((part): part is SQL => part !== undefined);
  return parts.length ? or(...parts) : sql`false`;
}
