import {
  addDays,
  administeredInstitutionIds,
  latestDayWithNotice,
  ownPersonIds,
  reviewerDistricts,
  shanghaiDate,
  workbenchTasks,
  workingDaysBetween,
  type WorkbenchTask,
  type WorkCalendar,
} from '@jiping/domain';
import { WorkbenchQuery, type WorkbenchItem, type WorkbenchView } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { workCalendar } from '../calendar/index.ts';
import { getParameter } from '../parameters/index.ts';
import { directToDecide, filingsToReview, plansToAcknowledge } from './government-tasks.ts';
import { applicationsToDecide, failedImports, returnedPlans } from './institution-tasks.ts';
import { claimsToConfirm, ownIdentityTask } from './identity-tasks.ts';
import { myApplications } from './candidate-tasks.ts';
import { openObjections, resultsToPublish, resultsToSubmit, submissionsToReview } from './results-tasks.ts';
import { overdueNationalExport } from './national-export-tasks.ts';
import { overdueInspectionPublications } from './inspection-tasks.ts';
import type { TaskResult, TaskRow } from './task-rows.ts';

/**
 * When each task is due. Decisions on a plan or an application are possible only before its exam
 * starts (the policies refuse them after), so they are due the day before; a returned plan must
 * be filed again with the notice the parameter requires; a candidate's date is the exam itself.
 */
const DEADLINE: Record<WorkbenchTask, 'dayBeforeExam' | 'notice' | 'exam' | 'row' | null> = {
  filing_review: null,
  plan_acknowledge: 'dayBeforeExam',
  direct_decision: 'dayBeforeExam',
  identity_claim: null,
  plan_returned: 'notice',
  registration_review: 'dayBeforeExam',
  import_failed: 'dayBeforeExam',
  identity_unverified: null,
  my_registration: 'exam',
  // Results carry their own due dates: a district's check, an answer before publicity ends, a submission's deadline.
  results_review: 'row',
  objection_open: null,
  results_publish: null,
  objection_answer: 'row',
  results_submit: 'row',
  // Each batch's due date is its earliest event's: N working days after the change (docs/domain.md "National export").
  national_export_overdue: 'row',
  // Inspection results are due 20 working days after completion (docs/domain.md "Inspections").
  inspection_publication_overdue: 'row',
};

/** The page where a task is done: the list for the group, and where it has one, the item's own page. */
function paths(workspace: string, task: WorkbenchTask): { group: string; item: (row: TaskRow) => string } {
  const at = (path: string) => `/${workspace}${path}`;
  switch (task) {
    case 'filing_review':
      return { group: at('/filings'), item: (row) => at(`/filings/${row.id}`) };
    case 'plan_acknowledge':
    case 'plan_returned':
      return { group: at('/plans'), item: () => at('/plans') };
    case 'direct_decision':
      return { group: at('/direct-recognition'), item: () => at('/direct-recognition') };
    case 'identity_claim':
      return { group: at('/identity-claims'), item: () => at('/identity-claims') };
    case 'registration_review':
    case 'import_failed':
      return { group: at('/plans'), item: (row) => at(`/plans/${row.planId}/registrations`) };
    case 'identity_unverified':
      return { group: at('/my-profile'), item: () => at('/my-profile') };
    case 'my_registration':
      return { group: at('/my-registrations'), item: () => at('/my-registrations') };
    case 'results_review':
    case 'objection_open':
    case 'results_publish':
    case 'objection_answer':
    case 'results_submit':
      return { group: at('/results'), item: (row) => at(`/results/${row.planId}`) };
    case 'national_export_overdue':
      return { group: at('/national-export'), item: (row) => (row.id === 'waiting' ? at('/national-export') : at(`/national-export/${row.id}`)) };
    case 'inspection_publication_overdue':
      return { group: at('/inspections'), item: (row) => at(`/inspections/${row.id}`) };
  }
}

/**
 * What waits for the actor in one workspace (工作台 待办): per task, the count in their scope and
 * the most urgent items, each with its due date in working days and the page where it is done.
 */
export async function getWorkbench({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof WorkbenchQuery> }): Promise<WorkbenchView> {
  const { workspace } = parseInput(WorkbenchQuery, input, ctx.locale);
  const today = shanghaiDate(ctx.now());
  const tasks = workbenchTasks(ctx.actor, workspace);
  const districts = reviewerDistricts(ctx.actor);
  const institutionIds = administeredInstitutionIds(ctx.actor);
  const find: Record<WorkbenchTask, () => Promise<TaskResult>> = {
    filing_review: () => filingsToReview(ctx, districts),
    plan_acknowledge: () => plansToAcknowledge(ctx, districts, today),
    direct_decision: () => directToDecide(ctx, districts, today),
    identity_claim: () => claimsToConfirm(ctx),
    plan_returned: () => returnedPlans(ctx, institutionIds, today),
    registration_review: () => applicationsToDecide(ctx, institutionIds, today),
    import_failed: () => failedImports(ctx, institutionIds, today),
    identity_unverified: () => ownIdentityTask(ctx, ctx.actor.kind === 'user' ? ctx.actor.userId : ''),
    my_registration: () => myApplications(ctx, ownPersonIds(ctx.actor), today),
    results_review: () => submissionsToReview(ctx, districts),
    objection_open: () => openObjections(ctx, { districts }),
    results_publish: () => resultsToPublish(ctx, institutionIds),
    objection_answer: () => openObjections(ctx, { institutionIds }),
    results_submit: () => resultsToSubmit(ctx, institutionIds, today),
    national_export_overdue: () => overdueNationalExport(ctx),
    inspection_publication_overdue: () => overdueInspectionPublications(ctx),
  };
  const results: Array<{ task: WorkbenchTask; result: TaskResult }> = [];
  for (const task of tasks) results.push({ task, result: await find[task]() });

  const dates = results.flatMap(({ result }) => result.rows.flatMap((row) => [row.examStart, row.dueOn].filter((date): date is string => date !== null)));
  const notice = tasks.includes('plan_returned') ? await getParameter(ctx, 'plan.noticeWorkingDays') : 0;
  const calendar = dates.length ? await calendarAround(ctx, today, dates, notice) : null;
  const dueDate = (task: WorkbenchTask, { examStart, dueOn }: TaskRow): string | null => {
    const rule = DEADLINE[task];
    if (rule === 'row') return dueOn;
    if (!rule || !examStart || !calendar) return null;
    if (rule === 'exam') return examStart;
    if (rule === 'dayBeforeExam') return addDays(examStart, -1);
    return latestDayWithNotice(examStart, notice, calendar);
  };

  return {
    workspace,
    today,
    tasks: results.map(({ task, result }) => {
      const path = paths(workspace, task);
      return {
        task,
        count: result.count,
        path: path.group,
        items: result.rows.map((row): WorkbenchItem => {
          const due = dueDate(task, row);
          return {
            id: row.id,
            subject: row.subject,
            institutionName: row.institutionName,
            occupationCode: row.occupationCode,
            occupationName: row.occupationName,
            workType: row.workType || null,
            level: row.level,
            filingKind: row.filingKind,
            status: row.status,
            examStart: row.examStart,
            dueDate: due,
            // Working days after today up to the due date: 0 on the last day itself.
            workingDaysLeft: due && calendar ? workingDaysBetween(today, due, calendar) : null,
            overdue: due !== null && due < today,
            since: row.since.toISOString(),
            path: path.item(row),
          };
        }),
      };
    }),
  };
}

/** The calendar wide enough for every deadline: back far enough to count a notice period before the earliest exam. */
async function calendarAround(ctx: ServiceContext, today: string, examDates: string[], notice: number): Promise<WorkCalendar> {
  const earliest = examDates.reduce((a, b) => (a < b ? a : b));
  const latest = examDates.reduce((a, b) => (a > b ? a : b));
  // A working day is at most a few calendar days away, even across the Spring Festival break.
  const from = [today, addDays(earliest, -(notice * 3 + 30))].reduce((a, b) => (a < b ? a : b));
  return workCalendar(ctx, from, addDays(latest, 1));
}
