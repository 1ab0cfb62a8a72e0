import { and, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { districtName, type InstitutionScope, type Locale } from '@jiping/domain';
import type { InstitutionDetail, InstitutionSummary } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { institutions, organizations } from '../../platform/db/schema.ts';

/**
 * The only way to read institutions: every query takes the actor's scope and turns it into SQL,
 * so an out-of-scope row is never loaded, let alone shown.
 */
export function scopeCondition(scope: InstitutionScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.districtCodes.length) parts.push(inArray(institutions.districtCode, scope.districtCodes));
  if (scope.institutionIds.length) parts.push(inArray(institutions.id, scope.institutionIds));
  // Industry officers reach institutions through filed scope, which arrives with filing; until an
  // institution has filed occupations, an occupation scope matches nothing.
  return parts.length ? or(...parts) : sql`false`;
}

const columns = {
  id: institutions.id,
  name: institutions.name,
  category: institutions.category,
  districtCode: institutions.districtCode,
  organizationName: organizations.name,
  organizationKind: organizations.kind,
  creditCode: organizations.creditCode,
  address: organizations.address,
  legalRepresentative: organizations.legalRepresentative,
  demonstration: institutions.demonstration,
  createdAt: institutions.createdAt,
  version: institutions.version,
};

export interface InstitutionFilter {
  district?: string | undefined;
  category?: InstitutionSummary['category'] | undefined;
  q?: string | undefined;
}

export async function findInstitutions(
  db: Db,
  scope: InstitutionScope,
  filter: InstitutionFilter,
  page: { limit: number; after: { name: string; id: string } | null },
  locale: Locale,
): Promise<InstitutionSummary[]> {
  const conditions = [
    scopeCondition(scope),
    filter.district ? eq(institutions.districtCode, filter.district) : undefined,
    filter.category ? eq(institutions.category, filter.category) : undefined,
    filter.q ? ilike(institutions.name, `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    page.after
      ? or(gt(institutions.name, page.after.name), and(eq(institutions.name, page.after.name), gt(institutions.id, page.after.id)))
      : undefined,
  ];
  const rows = await db
    .select(columns)
    .from(institutions)
    .innerJoin(organizations, eq(organizations.id, institutions.organizationId))
    .where(and(...conditions))
    .orderBy(institutions.name, institutions.id)
    .limit(page.limit);
  return rows.map((row) => toSummary(row, locale));
}

export async function findInstitutionById(db: Db, id: string, locale: Locale): Promise<InstitutionDetail | null> {
  const [row] = await db
    .select(columns)
    .from(institutions)
    .innerJoin(organizations, eq(organizations.id, institutions.organizationId))
    .where(eq(institutions.id, id));
  if (!row) return null;
  return {
    ...toSummary(row, locale),
    address: row.address,
    legalRepresentative: row.legalRepresentative,
    demonstration: row.demonstration,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

function toSummary(row: { id: string; name: string; category: InstitutionSummary['category']; districtCode: string; organizationName: string; organizationKind: InstitutionSummary['organizationKind']; creditCode: string }, locale: Locale): InstitutionSummary {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    districtCode: row.districtCode,
    districtName: districtName(row.districtCode, locale),
    organizationName: row.organizationName,
    organizationKind: row.organizationKind,
    creditCode: row.creditCode,
  };
}
