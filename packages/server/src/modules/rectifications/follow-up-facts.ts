import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { grantsOf, type Actor, type InspectionFollowUpFacts } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import { filings, filingScope, inspectionAssignments, inspections, inspectors } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type InspectionRow = typeof inspections.$inferSelect;

/**
 * An inspection with the facts that decide who follows it up: read from the inspections tables
 * directly (the department that runs it, the accounts of its assigned inspectors) and the
 * occupations its institution is filed for. 404 when there is no such inspection.
 */
export async function loadInspectionFollowUp(db: Db, inspectionId: string): Promise<{ inspection: InspectionRow; facts: InspectionFollowUpFacts }> {
  const [inspection] = await db.select().from(inspections).where(eq(inspections.id, inspectionId));
  if (!inspection) throw notFound('inspection');
  return { inspection, facts: await followUpFacts(db, inspection) };
}

export async function followUpFacts(db: Db, inspection: InspectionRow): Promise<InspectionFollowUpFacts> {
  const assigned = await db
    .select({ userId: inspectors.userId })
    .from(inspectionAssignments)
    .innerJoin(inspectors, eq(inspectors.id, inspectionAssignments.inspectorId))
    .where(eq(inspectionAssignments.inspectionId, inspection.id));
  const occupations = await db
    .selectDistinct({ code: filingScope.occupationCode })
    .from(filingScope)
    .innerJoin(filings, eq(filings.id, filingScope.filingId))
    .where(and(eq(filings.institutionId, inspection.institutionId), eq(filings.kind, 'initial')));
  return {
    institutionId: inspection.institutionId,
    districtCode: inspection.districtCode,
    departmentKind: inspection.departmentKind,
    departmentDistrictCode: inspection.departmentDistrictCode,
    occupationCodes: occupations.map((o) => o.code),
    inspectorUserIds: assigned.flatMap((a) => (a.userId ? [a.userId] : [])),
    status: inspection.status,
  };
}

/** The accounts of an inspection's assigned inspectors: those the daily check tells of an overdue order or request. */
export async function assignedInspectorUserIds(db: Db, inspectionId: string): Promise<string[]> {
  const assigned = await db
    .select({ userId: inspectors.userId })
    .from(inspectionAssignments)
    .innerJoin(inspectors, eq(inspectors.id, inspectionAssignments.inspectorId))
    .where(and(eq(inspectionAssignments.inspectionId, inspectionId), eq(inspectors.active, true)));
  return assigned.flatMap((a) => (a.userId ? [a.userId] : []));
}

/**
 * The rows (orders, requests) an actor may list, as SQL over the row's institution, district and
 * inspection: the same people `readsInspectionFollowUp` lets read one. Undefined means all (the
 * city, a job); an actor with nothing to read gets `false`.
 */
export function followUpScopeWhere(actor: Actor, columns: { institutionId: AnyColumn; districtCode: AnyColumn; inspectionId: AnyColumn }): SQL | undefined {
  if (actor.kind === 'system') return undefined;
  if (actor.kind === 'anonymous') return sql`false`;
  const { institutionId, districtCode, inspectionId } = columns;
  const conditions: SQL[] = [];
  for (const grant of grantsOf(actor)) {
    switch (grant.role) {
      case 'municipal_admin':
        return undefined;
      case 'district_officer':
        conditions.push(
          sql`${districtCode} = ${grant.districtCode}`,
          sql`exists (select 1 from ${inspections} i where i.id = ${inspectionId} and i.department_kind = 'district' and i.department_district_code = ${grant.districtCode})`,
        );
        break;
      case 'industry_officer':
        if (grant.occupationCodes.length) {
          conditions.push(sql`exists (select 1 from ${inspections} i where i.id = ${inspectionId} and i.department_kind = 'industry')
            and exists (select 1 from ${filingScope} s join ${filings} f on f.id = s.filing_id
                        where f.institution_id = ${institutionId} and f.kind = 'initial' and s.occupation_code in (${sql.join(
                          grant.occupationCodes.map((code) => sql`${code}`),
                          sql`, `,
                        )}))`);
        }
        break;
      case 'inspector':
        conditions.push(sql`exists (select 1 from ${inspectionAssignments} a join ${inspectors} r on r.id = a.inspector_id where a.inspection_id = ${inspectionId} and r.user_id = ${actor.userId})`);
        break;
      case 'institution_admin':
        conditions.push(sql`${institutionId} = ${grant.institutionId}`);
        break;
      default:
        break;
    }
  }
  if (!conditions.length) return sql`false`;
  return sql`(${sql.join(conditions, sql` or `)})`;
}
