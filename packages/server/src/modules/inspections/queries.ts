import { and, asc, eq, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { grantsOf, type Actor, type InspectionFacts } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import { filings, filingScope, inspectionAssignments, inspections, inspectorConflicts, inspectors, institutions } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type InspectionRow = typeof inspections.$inferSelect;

/** The inspection row, locked for update inside a transaction when `lock` (every change takes it, so changes of one inspection queue). */
export async function loadInspection(db: Db, id: string, { lock = false } = {}): Promise<InspectionRow> {
  const query = db.select().from(inspections).where(eq(inspections.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('inspection');
  return row;
}

/** The occupations an institution filed (past the draft): what industry authorities supervise it by. */
export async function filedOccupations(db: Db, institutionId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: filingScope.occupationCode })
    .from(filingScope)
    .innerJoin(filings, eq(filings.id, filingScope.filingId))
    .where(and(eq(filings.institutionId, institutionId), ne(filings.status, 'draft')));
  return rows.map((r) => r.code);
}

/** The assigned inspectors with their registry rows, in the order they were assigned. */
export async function assignedInspectors(db: Db, inspectionId: string) {
  return db
    .select({
      inspectorId: inspectors.id,
      userId: inspectors.userId,
      name: inspectors.name,
      certificateNumber: inspectors.certificateNumber,
      confirmedAt: inspectionAssignments.confirmedAt,
    })
    .from(inspectionAssignments)
    .innerJoin(inspectors, eq(inspectors.id, inspectionAssignments.inspectorId))
    .where(eq(inspectionAssignments.inspectionId, inspectionId))
    .orderBy(asc(inspectionAssignments.createdAt), asc(inspectors.certificateNumber));
}

/** What the policy decides on, for a loaded row. */
export async function factsOf(db: Db, row: InspectionRow): Promise<InspectionFacts> {
  const assigned = await assignedInspectors(db, row.id);
  return {
    number: row.number,
    institutionId: row.institutionId,
    districtCode: row.districtCode,
    occupationCodes: await filedOccupations(db, row.institutionId),
    departmentKind: row.departmentKind,
    departmentDistrictCode: row.departmentDistrictCode,
    status: row.status,
    inspectorUserIds: assigned.flatMap((a) => (a.userId ? [a.userId] : [])),
    confirmedUserIds: assigned.flatMap((a) => (a.userId && a.confirmedAt ? [a.userId] : [])),
  };
}

/**
 * The inspections the actor is assigned to as an inspector. Subqueries name the outer row's columns
 * in full ("inspections"."id"): in a select list drizzle renders a column unqualified, which the
 * subquery would take for its own.
 */
export function assignedTo(userId: string): SQL {
  return sql`exists (select 1 from ${inspectionAssignments} a join ${inspectors} i on i.id = a.inspector_id where a.inspection_id = "inspections"."id" and i.user_id = ${userId})`;
}

/**
 * The inspections an actor may list, as SQL, matching `inspectionPolicy`'s reading rule: the city
 * all; a district bureau those of institutions in its district or run by it; an industry authority
 * those of institutions filed in its occupations; an inspector those assigned to them.
 */
export function inspectionScope(actor: Actor): SQL | undefined {
  if (actor.kind === 'system') return undefined;
  if (actor.kind === 'anonymous') return sql`false`;
  const parts: SQL[] = [];
  for (const grant of grantsOf(actor)) {
    if (grant.role === 'municipal_admin') return undefined;
    if (grant.role === 'district_officer') {
      parts.push(or(eq(inspections.districtCode, grant.districtCode), and(eq(inspections.departmentKind, 'district'), eq(inspections.departmentDistrictCode, grant.districtCode)))!);
    }
    if (grant.role === 'industry_officer' && grant.occupationCodes.length) {
      parts.push(
        sql`exists (select 1 from ${filingScope} s join ${filings} f on f.id = s.filing_id where f.institution_id = "inspections"."institution_id" and f.status <> 'draft' and s.occupation_code in ${[...grant.occupationCodes]})`,
      );
    }
    if (grant.role === 'inspector') parts.push(assignedTo(actor.userId));
  }
  return parts.length ? or(...parts) : sql`false`;
}

/** The institution's name and the inspectors' names of several inspections, for lists. */
export async function namesOf(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, string[]>();
  const rows = await db
    .select({ inspectionId: inspectionAssignments.inspectionId, name: inspectors.name })
    .from(inspectionAssignments)
    .innerJoin(inspectors, eq(inspectors.id, inspectionAssignments.inspectorId))
    .where(inArray(inspectionAssignments.inspectionId, [...ids]))
    .orderBy(asc(inspectionAssignments.createdAt), asc(inspectors.certificateNumber));
  const names = new Map<string, string[]>();
  for (const row of rows) names.set(row.inspectionId, [...(names.get(row.inspectionId) ?? []), row.name]);
  return names;
}

/** The institution's name. */
export async function institutionName(db: Db, id: string): Promise<string> {
  const [row] = await db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, id));
  if (!row) throw notFound('institution');
  return row.name;
}

/** The registry rows of the inspectors named, with whether they declared a conflict with the institution. */
export async function registryInspectors(db: Db, ids: readonly string[], institutionId: string) {
  if (!ids.length) return [];
  return db
    .select({
      id: inspectors.id,
      name: inspectors.name,
      userId: inspectors.userId,
      active: inspectors.active,
      conflicted: sql<boolean>`exists (select 1 from ${inspectorConflicts} c where c.inspector_id = "inspectors"."id" and c.institution_id = ${institutionId})`.mapWith(Boolean),
    })
    .from(inspectors)
    .where(inArray(inspectors.id, [...ids]));
}

/** Whether the institution has a filing in force (an initial filing approved and not suspended, expired or ended). */
export async function hasFilingInForce(db: Db, institutionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: filings.id })
    .from(filings)
    .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), eq(filings.status, 'approved'), isNotNull(filings.validUntil)))
    .limit(1);
  return Boolean(row);
}
