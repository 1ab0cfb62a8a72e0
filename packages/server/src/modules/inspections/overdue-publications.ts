import { and, asc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { grantsOf, shanghaiDate, type Actor } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { filings, filingScope, inspections, institutions } from '../../platform/db/schema.ts';
import { translate } from '../../platform/i18n/messages.ts';

export interface OverduePublication {
  id: string;
  subject: string;
  institutionName: string;
  dueOn: string;
  since: Date;
}

/** The inspections the actor's department runs (and so publishes), as SQL; null for an actor who runs none. */
function runByActor(actor: Actor): SQL | null {
  if (actor.kind === 'system') return sql`true`;
  const parts: SQL[] = [];
  for (const grant of grantsOf(actor)) {
    if (grant.role === 'municipal_admin') parts.push(eq(inspections.departmentKind, 'city'));
    if (grant.role === 'district_officer') parts.push(and(eq(inspections.departmentKind, 'district'), eq(inspections.departmentDistrictCode, grant.districtCode))!);
    if (grant.role === 'industry_officer' && grant.occupationCodes.length) {
      parts.push(
        and(
          eq(inspections.departmentKind, 'industry'),
          sql`exists (select 1 from ${filingScope} s join ${filings} f on f.id = s.filing_id where f.institution_id = "inspections"."institution_id" and f.status <> 'draft' and s.occupation_code in ${[...grant.occupationCodes]})`,
        )!,
      );
    }
  }
  return parts.length ? or(...parts)! : null;
}

/**
 * Completed inspections whose result the actor's department has not published by the due date
 * (PUBLICATION_WORKING_DAYS working days after completion): the workbench's 逾期未公开, oldest due first.
 */
export async function overduePublications(ctx: ServiceContext, limit: number): Promise<{ count: number; items: OverduePublication[] }> {
  const runs = runByActor(ctx.actor);
  if (!runs) return { count: 0, items: [] };
  const today = shanghaiDate(ctx.now());
  const rows = await ctx.db
    .select({
      id: inspections.id,
      number: inspections.number,
      institutionName: institutions.name,
      dueOn: inspections.publicationDue,
      since: inspections.completedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(inspections)
    .innerJoin(institutions, eq(institutions.id, inspections.institutionId))
    .where(and(eq(inspections.status, 'completed'), lt(inspections.publicationDue, today), runs))
    .orderBy(asc(inspections.publicationDue), asc(inspections.number))
    .limit(limit);
  return {
    count: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      subject: translate('inspection.publicationOverdueSubject', ctx.locale, { number: r.number, institution: r.institutionName }),
      institutionName: r.institutionName,
      dueOn: r.dueOn!,
      since: r.since!,
    })),
  };
}
