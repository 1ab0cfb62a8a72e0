import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { DEFAULT_RISK_CLASS, supervisingDepartments, type Actor, type DrawInspector, type DrawParty, type DrawTaskScope, type InspectorPoolFilter } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { rows, type Db } from '../../platform/db/client.ts';
import { inspectionItems, inspectionTasks, inspectors } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type TaskRow = typeof inspectionTasks.$inferSelect;

/** The department key of a task (`city`, `district:<code>`, `industry:<occupations>`), as its policy and its record name it. */
export function departmentOfTask(task: Pick<TaskRow, 'departmentKind' | 'districtCode' | 'industry'>): string {
  if (task.departmentKind === 'district') return `district:${task.districtCode}`;
  if (task.departmentKind === 'industry') return `industry:${task.industry}`;
  return 'city';
}

/** The task row, locked for a change when asked; 404 when there is none. */
export async function loadTask(ctx: ServiceContext, id: string, { lock = false } = {}): Promise<TaskRow> {
  const query = ctx.db.select().from(inspectionTasks).where(eq(inspectionTasks.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('inspectionTask');
  return row;
}

/** Tasks of the departments the actor supervises for: the city's officers read every task. */
export function tasksOfActor(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`true`;
  const departments = supervisingDepartments(actor);
  if (departments.some((d) => d.kind === 'city')) return sql`true`;
  const clauses = departments.map((d) =>
    d.kind === 'district'
      ? and(eq(inspectionTasks.departmentKind, 'district'), eq(inspectionTasks.districtCode, d.districtCode))!
      : and(eq(inspectionTasks.departmentKind, 'industry'), eq(inspectionTasks.industry, [...(d.kind === 'industry' ? d.occupationCodes : [])].sort().join(',')))!,
  );
  return clauses.length ? or(...clauses)! : sql`false`;
}

export async function activeItems(db: Db) {
  return db.select({ id: inspectionItems.id, code: inspectionItems.code, name: inspectionItems.name }).from(inspectionItems).where(eq(inspectionItems.active, true)).orderBy(asc(inspectionItems.code));
}

export async function itemOf(db: Db, id: string) {
  const [row] = await db
    .select({ id: inspectionItems.id, code: inspectionItems.code, name: inspectionItems.name, active: inspectionItems.active })
    .from(inspectionItems)
    .where(eq(inspectionItems.id, id));
  return row ?? null;
}

export async function inspectorFields(db: Db): Promise<string[]> {
  const found = await db.selectDistinct({ field: inspectors.field }).from(inspectors).where(eq(inspectors.active, true)).orderBy(asc(inspectors.field));
  return found.map((r) => r.field);
}

const nonEmpty = (values: readonly string[]) => values.length > 0;

/**
 * The parties of a task, in the published order: every institution with a filing in force on
 * `today` (the initial filing, approved, within its validity) in the task's scope, each named by
 * its filing number, its district and its risk class (B until an assessment classes it). One
 * set-based statement, whatever the count. The order is the filing number's bytes (`collate "C"`),
 * so PGlite, PostgreSQL under any locale and anyone sorting the published file agree.
 */
export async function partyCandidates(db: Db, scope: DrawTaskScope, today: string): Promise<DrawParty[]> {
  const riskClass = sql`coalesce(r.risk_class::text, ${DEFAULT_RISK_CLASS})`;
  const conditions: SQL[] = [sql`f.kind = 'initial'`, sql`f.status = 'approved'`, sql`f.filing_number is not null`, sql`f.valid_from <= ${today}::date`, sql`f.valid_until >= ${today}::date`];
  if (nonEmpty(scope.districtCodes)) conditions.push(sql`i.district_code in ${scope.districtCodes}`);
  if (nonEmpty(scope.categories)) conditions.push(sql`i.category::text in ${scope.categories}`);
  if (nonEmpty(scope.occupationCodes)) conditions.push(sql`exists (select 1 from filing_scope s where s.filing_id = f.id and s.occupation_code in ${scope.occupationCodes})`);
  if (nonEmpty(scope.riskClasses)) conditions.push(sql`${riskClass} in ${scope.riskClasses}`);
  return rows<DrawParty>(
    db,
    sql`select f.filing_number as code, i.name, i.district_code as "districtCode", ${riskClass} as "riskClass"
        from filings f
        join institutions i on i.id = f.institution_id
        left join institution_risk_classes r on r.institution_id = i.id
        where ${sql.join(conditions, sql` and `)}
        order by f.filing_number collate "C"`,
  );
}

/**
 * The inspector pool of a task, in the published order: active registry inspectors matching the
 * pool filter, by certificate number (bytes), each with the parties (of `partyCodes`) they
 * declared a conflict with. Conflicts are kept per institution; a party is named by its filing
 * number, so they are joined through the institution's initial filing. One statement.
 */
export async function inspectorCandidates(db: Db, pool: InspectorPoolFilter, partyCodes: ReadonlySet<string>): Promise<DrawInspector[]> {
  const conditions: SQL[] = [sql`n.active`];
  if (nonEmpty(pool.departmentKinds)) conditions.push(sql`n.department_kind::text in ${pool.departmentKinds}`);
  // A district filter names the district bureaus whose inspectors are in the pool; the city's and industry inspectors are kept unless their kinds are filtered out.
  if (nonEmpty(pool.districtCodes)) conditions.push(sql`(n.department_kind <> 'district' or n.district_code in ${pool.districtCodes})`);
  if (nonEmpty(pool.fields)) conditions.push(sql`n.field in ${pool.fields}`);
  const found = await rows<{ code: string; name: string; department: string; conflicts: string[] | null }>(
    db,
    sql`select n.certificate_number as code, n.name,
               case n.department_kind when 'city' then 'city' when 'district' then 'district:' || n.district_code else 'industry:' || n.industry end as department,
               (select json_agg(f.filing_number order by f.filing_number collate "C")
                  from inspector_conflicts c
                  join filings f on f.institution_id = c.institution_id and f.kind = 'initial' and f.filing_number is not null
                 where c.inspector_id = n.id) as conflicts
        from inspectors n
        where ${sql.join(conditions, sql` and `)}
        order by n.certificate_number collate "C"`,
  );
  return found.map((r) => ({ code: r.code, name: r.name, department: r.department, conflicts: (r.conflicts ?? []).filter((code) => partyCodes.has(code)) }));
}

/** Institutions by the filing number a party is published under (the initial filing's), with their district. */
export async function institutionsByFilingNumber(db: Db, codes: readonly string[]): Promise<Map<string, { institutionId: string; districtCode: string }>> {
  if (!codes.length) return new Map();
  const found = await rows<{ code: string; institutionId: string; districtCode: string }>(
    db,
    sql`select f.filing_number as code, i.id as "institutionId", i.district_code as "districtCode"
        from filings f join institutions i on i.id = f.institution_id
        where f.kind = 'initial' and f.filing_number in ${codes}`,
  );
  return new Map(found.map((r) => [r.code, { institutionId: r.institutionId, districtCode: r.districtCode }]));
}

/** Registry inspectors by certificate number: the drawn codes become assignments and notifications. */
export async function inspectorsByCertificate(db: Db, codes: readonly string[]) {
  if (!codes.length) return new Map<string, { id: string; userId: string | null; name: string }>();
  const found = await db
    .select({ id: inspectors.id, userId: inspectors.userId, name: inspectors.name, code: inspectors.certificateNumber })
    .from(inspectors)
    .where(inArray(inspectors.certificateNumber, [...codes]));
  return new Map(found.map((r) => [r.code, { id: r.id, userId: r.userId, name: r.name }]));
}
