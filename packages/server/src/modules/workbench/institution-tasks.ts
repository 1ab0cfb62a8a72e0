import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, institutions, occupations, registrationImports, registrations } from '../../platform/db/schema.ts';
import { registrationTasks } from './registration-tasks.ts';
import { inInstitutions, NO_DETAILS, readable, toResult, totalColumn, WORKBENCH_ITEMS, type TaskResult } from './task-rows.ts';

/** Plans the district returned to the institution, soonest exam first: they must be filed again in time. */
export async function returnedPlans(ctx: ServiceContext, institutionIds: readonly string[], today: string): Promise<TaskResult> {
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      id: evaluationPlans.id,
      subject: evaluationPlans.siteName,
      occupationCode: evaluationPlans.occupationCode,
      occupationName: occupations.nameZh,
      workType: evaluationPlans.workType,
      level: evaluationPlans.level,
      examStart: evaluationPlans.examStart,
      planId: evaluationPlans.id,
      since: evaluationPlans.updatedAt,
      total: totalColumn,
    })
    .from(evaluationPlans)
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(
      and(
        eq(evaluationPlans.status, 'returned'),
        gt(evaluationPlans.examStart, today),
        inInstitutions(evaluationPlans.institutionId, institutionIds),
        readable(ctx, { districtCode: evaluationPlans.districtCode, institutionId: evaluationPlans.institutionId }),
      ),
    )
    .orderBy(asc(evaluationPlans.examStart), asc(evaluationPlans.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}

/** Applications to the institution's plans waiting for its review, before the exam starts. */
export function applicationsToDecide(ctx: ServiceContext, institutionIds: readonly string[], today: string): Promise<TaskResult> {
  return registrationTasks(ctx, {
    subject: 'applicant',
    since: registrations.createdAt,
    where: and(eq(registrations.status, 'pending'), gt(evaluationPlans.examStart, today), inInstitutions(registrations.institutionId, institutionIds)),
    orderBy: [asc(evaluationPlans.examStart), asc(registrations.createdAt), asc(registrations.id)],
  });
}

/**
 * Group imports that wrote nothing (refused for bad rows or a bad file, or failed) for plans still
 * ahead, until a later import of the same plan completes: the institution corrects the file and
 * uploads it again.
 */
export async function failedImports(ctx: ServiceContext, institutionIds: readonly string[], today: string): Promise<TaskResult> {
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      id: registrationImports.id,
      subject: registrationImports.fileName,
      institutionName: institutions.name,
      status: registrationImports.status,
      occupationCode: evaluationPlans.occupationCode,
      occupationName: occupations.nameZh,
      workType: evaluationPlans.workType,
      level: evaluationPlans.level,
      examStart: evaluationPlans.examStart,
      planId: registrationImports.planId,
      since: registrationImports.createdAt,
      total: totalColumn,
    })
    .from(registrationImports)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrationImports.planId))
    .innerJoin(institutions, eq(institutions.id, registrationImports.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(
      and(
        inArray(registrationImports.status, ['rejected', 'failed']),
        gt(evaluationPlans.examStart, today),
        inInstitutions(registrationImports.institutionId, institutionIds),
        readable(ctx, { districtCode: evaluationPlans.districtCode, institutionId: registrationImports.institutionId }),
        sql`not exists (select 1 from ${registrationImports} later where later.plan_id = ${registrationImports.planId} and later.status = 'completed' and later.id <> ${registrationImports.id} and later.created_at >= ${registrationImports.createdAt})`,
      ),
    )
    .orderBy(desc(registrationImports.createdAt), asc(registrationImports.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}
