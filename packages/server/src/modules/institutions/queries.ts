import { and, eq, gt, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import { districtName, type Actor, type Locale } from '@jiping/domain';
import type { InstitutionDetail, InstitutionSummary } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { filings, filingScope, institutions, organizations } from '../../platform/db/schema.ts';
import { scopeWhere } from '../../platform/db/scope-sql.ts';

/**
 * The only way to read institutions: every query takes the actor's scope and turns it into SQL,
 * so an out-of-scope row is never loaded, let alone shown. Industry officers reach institutions
 * through the occupations they filed (any filing past its draft).
 */
export function scopeCondition(actor: Actor): SQL | undefined {
  return scopeWhere(actor, { districtCode: institutions.districtCode, institutionId: institutions.id, occupations: filedOccupationsIn });
}

function filedOccupationsIn(codes: string[]): SQL {
  return sql`exists (select 1 from ${filingScope} s join ${filings} f on f.id = s.filing_id where f.institution_id = ${institutions.id} and f.status <> 'draft' and s.occupation_code in ${codes})`;
}

/** The occupations an institution has filed (past the draft): what the industry officers' scope is matched against. */
export async function filedOccupationCodes(db: Db, institutionId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: filingScope.occupationCode })
    .from(filingScope)
    .innerJoin(filings, eq(filings.id, filingScope.filingId))
    .where(and(eq(filings.institutionId, institutionId), ne(filings.status, 'draft')));
  return rows.map((r) => r.code);
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
  actor: Actor,
  filter: InstitutionFilter,
  page: { limit: number; after: { name: string; id: string } | null },
  locale: Locale,
): Promise<InstitutionSummary[]> {
  const conditions = [
    scopeCondition(actor),
    filter.district ? eq(institutions.districtCode, filter.district) : undefined,
    filter.category ? eq(institutions.category, filter.category) : undefined,
    filter.q ? ilike(institutions.name, `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    page.after ? or(gt(institutions.name, page.after.name), and(eq(institutions.name, page.after.name), gt(institutions.id, page.after.id))) : undefined,
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

export async function findInstitutionById(db: Db, id: string, locale: Locale): Promise<Omit<InstitutionDetail, 'allowedActions'> | null> {
  const [row] = await db.select(columns).from(institutions).innerJoin(organizations, eq(organizations.id, institutions.organizationId)).where(eq(institutions.id, id));
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

function toSummary(
  row: {
    id: string;
    name: string;
    category: InstitutionSummary['category'];
    districtCode: string;
    organizationName: string;
    organizationKind: InstitutionSummary['organizationKind'];
    creditCode: string;
  },
  locale: Locale,
): InstitutionSummary {
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
