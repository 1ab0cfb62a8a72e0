import { and, eq, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, institutions, occupations, persons, registrations } from '../../platform/db/schema.ts';
import { NO_DETAILS, readable, toResult, totalColumn, WORKBENCH_ITEMS, type TaskResult } from './task-rows.ts';

/**
 * Applications waiting on someone, as one workbench task: the same row shape for the district's
 * 破格 queue, the institution's review queue and the candidate's own list. `subject` says whom the
 * row is about for that reader (the applicant, or the institution applied to), `since` which time
 * it has waited from; `namesInstitution` adds the institution beside an applicant (for the district, who sees many).
 */
export async function registrationTasks(
  ctx: ServiceContext,
  {
    subject,
    namesInstitution = false,
    ownApplications = false,
    since,
    where,
    orderBy,
  }: { subject: 'applicant' | 'institution'; namesInstitution?: boolean; ownApplications?: boolean; since: AnyColumn; where: SQL | undefined; orderBy: SQL[] },
): Promise<TaskResult> {
  const rows = await ctx.db
    .select({
      ...NO_DETAILS,
      id: registrations.id,
      subject: subject === 'applicant' ? persons.name : institutions.name,
      ...(namesInstitution ? { institutionName: institutions.name } : {}),
      occupationCode: registrations.occupationCode,
      occupationName: occupations.nameZh,
      workType: evaluationPlans.workType,
      level: registrations.level,
      status: registrations.status,
      examStart: evaluationPlans.examStart,
      planId: registrations.planId,
      since: since as typeof registrations.updatedAt,
      total: totalColumn,
    })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrations.planId))
    .innerJoin(institutions, eq(institutions.id, registrations.institutionId))
    .innerJoin(occupations, eq(occupations.code, registrations.occupationCode))
    // A candidate's own applications are theirs by the person they name, not by institution scope.
    .where(and(where, ownApplications ? undefined : readable(ctx, { districtCode: registrations.districtCode, institutionId: registrations.institutionId })))
    .orderBy(...orderBy)
    .limit(WORKBENCH_ITEMS);
  return toResult(rows);
}
