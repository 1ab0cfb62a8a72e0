import type { ServiceContext } from '../../platform/context.ts';
import { overdueExports } from '../national-export/index.ts';
import { NO_DETAILS, WORKBENCH_ITEMS, type TaskResult } from './task-rows.ts';

/** The city's overdue national export: batches not acknowledged by their due date, and waiting events past due (id `waiting`). */
export async function overdueNationalExport(ctx: ServiceContext): Promise<TaskResult> {
  const { count, items } = await overdueExports(ctx, WORKBENCH_ITEMS);
  return {
    count,
    rows: items.map((item) => ({
      ...NO_DETAILS,
      id: item.id,
      subject: item.subject,
      institutionName: null,
      occupationCode: null,
      occupationName: null,
      workType: null,
      level: null,
      filingKind: null,
      status: null,
      examStart: null,
      planId: null,
      dueOn: item.dueOn,
      since: item.since,
      total: count,
    })),
  };
}
