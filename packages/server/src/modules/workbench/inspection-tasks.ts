import type { ServiceContext } from '../../platform/context.ts';
import { overduePublications } from '../inspections/index.ts';
import { NO_DETAILS, WORKBENCH_ITEMS, type TaskResult } from './task-rows.ts';

/** Completed inspections the officer's department has not published by their due date (逾期未公开). */
export async function overdueInspectionPublications(ctx: ServiceContext): Promise<TaskResult> {
  const { count, items } = await overduePublications(ctx, WORKBENCH_ITEMS);
  return {
    count,
    rows: items.map((item) => ({
      ...NO_DETAILS,
      id: item.id,
      subject: item.subject,
      institutionName: item.institutionName,
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
