import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { reviewerDistricts } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, institutions, occupations, resultsObjections, resultsPublications, resultsSubmissions } from '../../platform/db/schema.ts';
import { firstSubmissionDue } from '../results/index.ts';
import { inDistricts, inInstitutions, NO_DETAILS, readable, toResult, totalColumn, WORKBENCH_ITEMS, type TaskResult } from './task-rows.ts';

type Districts = ReturnType<typeof reviewerDistricts>;

/** What every results task says of its plan: the occupation, 工种 and level, and the results page. */
const PLAN_DETAILS = {
  occupationCode: evaluationPlans.occupationCode,
  occupationName: occupations.nameZh,
  workType: evaluationPlans.workType,
  level: evaluationPlans.level,
  planId: evaluationPlans.id,
};

/** The latest submission of a plan, or none. */
const latestSubmission = sql`${resultsSubmissions.attempt} = (select max(attempt) from results_submissions l where l.plan_id = ${evaluationPlans.id})`;

/** Plans whose every session is signed off and whose results are not yet published, oldest exam first. */
export async function resultsToPublish(ctx: ServiceContext, institutionIds: readonly string[]): Promise<TaskResult> {
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      ...PLAN_DETAILS,
      id: evaluationPlans.id,
      subject: evaluationPlans.siteName,
      since: sql<Date>`(select max(s.signed_off_at) from exam_sessions s where s.plan_id = ${evaluationPlans.id})`.mapWith(evaluationPlans.updatedAt),
      total: totalColumn,
    })
    .from(evaluationPlans)
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .leftJoin(resultsPublications, eq(resultsPublications.planId, evaluationPlans.id))
    .where(
      and(
        inArray(evaluationPlans.status, ['acknowledged', 'closed']),
        isNull(resultsPublications.id),
        sql`exists (select 1 from exam_sessions s where s.plan_id = ${evaluationPlans.id} and s.status <> 'cancelled')`,
        sql`not exists (select 1 from exam_sessions s where s.plan_id = ${evaluationPlans.id} and s.status not in ('cancelled', 'signed_off'))`,
        inInstitutions(evaluationPlans.institutionId, institutionIds),
        readable(ctx, { districtCode: evaluationPlans.districtCode, institutionId: evaluationPlans.institutionId }),
      ),
    )
    .orderBy(asc(evaluationPlans.examEnd), asc(evaluationPlans.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}

/**
 * Open objections, oldest first: the institution's to answer (due on the publicity's last day, so
 * the results can become final when it ends), or the district's to watch.
 */
export async function openObjections(ctx: ServiceContext, scope: { institutionIds: readonly string[] } | { districts: Districts }): Promise<TaskResult> {
  const answering = 'institutionIds' in scope;
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      ...PLAN_DETAILS,
      id: resultsObjections.id,
      subject: answering ? resultsObjections.contactName : institutions.name,
      status: resultsObjections.status,
      dueOn: answering ? resultsPublications.endsOn : NO_DETAILS.dueOn,
      since: resultsObjections.createdAt,
      total: totalColumn,
    })
    .from(resultsObjections)
    .innerJoin(resultsPublications, eq(resultsPublications.id, resultsObjections.publicationId))
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, resultsObjections.planId))
    .innerJoin(institutions, eq(institutions.id, resultsObjections.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(
      and(
        eq(resultsObjections.status, 'open'),
        answering ? inInstitutions(resultsObjections.institutionId, scope.institutionIds) : inDistricts(resultsObjections.districtCode, scope.districts),
        readable(ctx, { districtCode: resultsObjections.districtCode, institutionId: resultsObjections.institutionId }),
      ),
    )
    .orderBy(asc(resultsObjections.createdAt), asc(resultsObjections.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}

/**
 * Final results not yet submitted, and returned ones to submit again: due on the deadline counted
 * from the last exam day by the institution's category, or on the correction's deadline.
 */
export async function resultsToSubmit(ctx: ServiceContext, institutionIds: readonly string[], today: string): Promise<TaskResult> {
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      ...PLAN_DETAILS,
      id: evaluationPlans.id,
      subject: evaluationPlans.siteName,
      status: resultsSubmissions.status,
      dueOn: resultsSubmissions.correctionDueOn,
      examEnd: evaluationPlans.examEnd,
      institutionCategory: institutions.category,
      since: sql<Date>`coalesce(${resultsSubmissions.decidedAt}, ${resultsPublications.finalAt}, ${resultsPublications.publishedAt})`.mapWith(resultsPublications.publishedAt),
      total: totalColumn,
    })
    .from(resultsPublications)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, resultsPublications.planId))
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .leftJoin(resultsSubmissions, and(eq(resultsSubmissions.planId, evaluationPlans.id), latestSubmission))
    .where(
      and(
        lt(resultsPublications.endsOn, today),
        sql`not exists (select 1 from results_objections o where o.plan_id = ${evaluationPlans.id} and o.status = 'open')`,
        or(isNull(resultsSubmissions.id), eq(resultsSubmissions.status, 'returned')),
        inInstitutions(evaluationPlans.institutionId, institutionIds),
        readable(ctx, { districtCode: evaluationPlans.districtCode, institutionId: evaluationPlans.institutionId }),
      ),
    )
    .orderBy(asc(evaluationPlans.examEnd), asc(evaluationPlans.id))
    .limit(WORKBENCH_ITEMS);
  const withDue = [];
  for (const { examEnd, institutionCategory, ...row } of rows) withDue.push({ ...row, dueOn: row.dueOn ?? (await firstSubmissionDue(ctx, { examEnd, institutionCategory })) });
  return toResult(withDue);
}

/** Submissions waiting for the district's check, due N working days after they came in. */
export async function submissionsToReview(ctx: ServiceContext, districts: Districts): Promise<TaskResult> {
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      ...PLAN_DETAILS,
      id: resultsSubmissions.id,
      subject: institutions.name,
      status: resultsSubmissions.status,
      dueOn: resultsSubmissions.reviewDueOn,
      since: resultsSubmissions.submittedAt,
      total: totalColumn,
    })
    .from(resultsSubmissions)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, resultsSubmissions.planId))
    .innerJoin(institutions, eq(institutions.id, resultsSubmissions.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(
      and(
        eq(resultsSubmissions.status, 'submitted'),
        inDistricts(resultsSubmissions.districtCode, districts),
        readable(ctx, { districtCode: resultsSubmissions.districtCode, institutionId: resultsSubmissions.institutionId }),
      ),
    )
    .orderBy(asc(resultsSubmissions.reviewDueOn), asc(resultsSubmissions.id))
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}
