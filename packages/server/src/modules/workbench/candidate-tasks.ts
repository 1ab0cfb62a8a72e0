import { and, asc, eq, gte, inArray, ne } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, institutions, occupations, registrations } from '../../platform/db/schema.ts';
import { NO_DETAILS, toResult, totalColumn, WORKBENCH_ITEMS, type TaskResult } from './task-rows.ts';

/** The candidate's live applications to exams not yet over, soonest first: each with its state. */
export async function myApplications(ctx: ServiceContext, personIds: readonly string[], today: string): Promise<TaskResult> {
  if (!personIds.length) return { count: 0, rows: [] };
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      id: registrations.id,
      subject: institutions.name,
      occupationCode: registrations.occupationCode,
      occupationName: occupations.nameZh,
      workType: evaluationPlans.workType,
      level: registrations.level,
      status: registrations.status,
      examStart: evaluationPlans.examStart,
      planId: registrations.planId,
      since: registrations.updatedAt,
      total: totalColumn,
    })
    .from(registrations)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrations.planId))
    .innerJoin(institutions, eq(institutions.id, registrations.institutionId))
    .innerJoin(occupations, eq(occupations.code, registrations.occupationCode))
    .where(and(inArray(registrations.personId, [...personIds]), ne(registrations.status, 'withdrawn'), gte(evaluationPlans.examEnd, today)))
    .orderBy(asc(evaluationPlans.examStart), asc(registrations.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}
