import {
  addDays,
  lateWorkingDays,
  SUBMISSION_DEADLINE_PARAMETER,
  submissionDeadline,
  workingDaysBetween,
  workingDaysFrom,
  type InstitutionCategory,
  type IsoDate,
  type WorkCalendar,
} from '@jiping/domain';
import type { Deadline } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { workCalendar } from '../calendar/index.ts';
import { getParameter } from '../parameters/index.ts';
import type { PlanResults } from './results-facts.ts';

/** The calendar from `from` far enough for N working days: one is at most a few calendar days away, even across the Spring Festival. */
export function calendarFor(ctx: ServiceContext, from: IsoDate, workingDays: number): Promise<WorkCalendar> {
  return workCalendar(ctx, from, addDays(from, workingDays * 3 + 30));
}

/**
 * The first submission's deadline: N working days after the plan's last exam day, N by the
 * institution's category, as the parameter stood on that day.
 */
export async function firstSubmissionDue(ctx: ServiceContext, plan: { examEnd: IsoDate; institutionCategory: InstitutionCategory }): Promise<IsoDate> {
  const days = await getParameter(ctx, SUBMISSION_DEADLINE_PARAMETER[plan.institutionCategory], plan.examEnd);
  return submissionDeadline(plan.examEnd, days, await calendarFor(ctx, plan.examEnd, days));
}

/** The deadline the next (or current) submission is held to: the correction's after a return, else the first. */
export async function submissionDue(ctx: ServiceContext, results: Pick<PlanResults, 'plan' | 'submissions'>): Promise<IsoDate> {
  const last = results.submissions.at(-1);
  if (last?.status === 'returned' && last.correctionDueOn) return last.correctionDueOn;
  return last ? last.dueOn : firstSubmissionDue(ctx, results.plan);
}

/** N working days from `day`, N the parameter's value today (the district's check, a correction). */
export async function workingDaysAfter(ctx: ServiceContext, day: IsoDate, key: 'results.reviewWorkingDays' | 'results.correctionWorkingDays'): Promise<IsoDate> {
  const days = await getParameter(ctx, key);
  return workingDaysFrom(day, days, await calendarFor(ctx, day, days));
}

/** A due date with the working days left until it, or past it, from today. */
export async function deadline(ctx: ServiceContext, today: IsoDate, dueOn: IsoDate): Promise<Deadline> {
  const calendar = await workCalendar(ctx, today < dueOn ? today : dueOn, today < dueOn ? dueOn : today);
  return { dueOn, workingDaysLeft: workingDaysBetween(today, dueOn, calendar), overdue: today > dueOn, lateWorkingDays: lateWorkingDays(dueOn, today, calendar) };
}
