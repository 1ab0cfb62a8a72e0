import { and, asc, gte, inArray, ne } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, registrations } from '../../platform/db/schema.ts';
import type { TaskResult } from './task-rows.ts';
import { registrationTasks } from './registration-tasks.ts';

/** The candidate's live applications to exams not yet over, soonest first: each with its state. */
export async function myApplications(ctx: ServiceContext, personIds: readonly string[], today: string): Promise<TaskResult> {
  if (!personIds.length) return { count: 0, rows: [] };
  return registrationTasks(ctx, {
    subject: 'institution',
    ownApplications: true,
    since: registrations.updatedAt,
    where: and(inArray(registrations.personId, [...personIds]), ne(registrations.status, 'withdrawn'), gte(evaluationPlans.examEnd, today)),
    orderBy: [asc(evaluationPlans.examStart), asc(registrations.id)],
  });
}
