import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { reviewerDistricts } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, filings, institutions, occupations, registrations } from '../../platform/db/schema.ts';
import { registrationTasks } from './registration-tasks.ts';
import { inDistricts, NO_DETAILS, readable, toResult, totalColumn, WORKBENCH_ITEMS, type TaskResult } from './task-rows.ts';

type Districts = ReturnType<typeof reviewerDistricts>;

/** Filings (initial, amendment, renewal) submitted to the reviewer's districts, oldest first. */
export async function filingsToReview(ctx: ServiceContext, districts: Districts): Promise<TaskResult> {
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      id: filings.id,
      subject: institutions.name,
      filingKind: filings.kind,
      since: sql<Date>`coalesce(${filings.submittedAt}, ${filings.updatedAt})`.mapWith(filings.updatedAt),
      total: totalColumn,
    })
    .from(filings)
    .innerJoin(institutions, eq(institutions.id, filings.institutionId))
    .where(and(eq(filings.status, 'submitted'), inDistricts(filings.districtCode, districts), readable(ctx, { districtCode: filings.districtCode, institutionId: filings.institutionId })))
    .orderBy(asc(filings.submittedAt), asc(filings.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}

/** Plans filed with the reviewer's districts and not yet acknowledged, soonest exam first. */
export async function plansToAcknowledge(ctx: ServiceContext, districts: Districts, today: string): Promise<TaskResult> {
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      id: evaluationPlans.id,
      subject: institutions.name,
      occupationCode: evaluationPlans.occupationCode,
      occupationName: occupations.nameZh,
      workType: evaluationPlans.workType,
      level: evaluationPlans.level,
      examStart: evaluationPlans.examStart,
      planId: evaluationPlans.id,
      since: sql<Date>`coalesce(${evaluationPlans.filedAt}, ${evaluationPlans.updatedAt})`.mapWith(evaluationPlans.updatedAt),
      total: totalColumn,
    })
    .from(evaluationPlans)
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(
      and(
        eq(evaluationPlans.status, 'filed'),
        gt(evaluationPlans.examStart, today),
        inDistricts(evaluationPlans.districtCode, districts),
        readable(ctx, { districtCode: evaluationPlans.districtCode, institutionId: evaluationPlans.institutionId }),
      ),
    )
    .orderBy(asc(evaluationPlans.examStart), asc(evaluationPlans.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}

/** 破格 requests waiting for the second approval of the reviewer's districts, before their exams start. */
export function directToDecide(ctx: ServiceContext, districts: Districts, today: string): Promise<TaskResult> {
  return registrationTasks(ctx, {
    subject: 'applicant',
    namesInstitution: true,
    since: registrations.updatedAt,
    where: and(eq(registrations.status, 'direct_pending'), gt(evaluationPlans.examStart, today), inDistricts(registrations.districtCode, districts)),
    orderBy: [asc(evaluationPlans.examStart), asc(registrations.updatedAt), asc(registrations.id)],
  });
}
