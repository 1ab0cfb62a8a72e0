import { and, desc, eq, getTableColumns, lt, or, sql } from 'drizzle-orm';
import { departmentKey, departmentName, inspectionTaskPolicy, RISK_CLASS_RATIO_RANGE, taskDepartmentOf } from '@jiping/domain';
import { InspectionTaskQuery, type InspectionTaskDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionDraws, inspectionItems, inspectionTasks } from '../../platform/db/schema.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { activeItems, departmentOfTask, inspectorFields, loadTask, tasksOfActor } from './queries.ts';
import { taskDetail, taskView } from './task-view.ts';

/** The tasks of the actor's departments (all of them for the city), newest first, keyset-paged. */
export async function listTasks({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InspectionTaskQuery> }) {
  assertAllowed(inspectionTaskPolicy(ctx.actor, 'create'));
  const query = parseInput(InspectionTaskQuery, input, ctx.locale, 'query');
  const cursor = decodeInstantCursor(query.cursor);
  const where = and(
    tasksOfActor(ctx.actor),
    query.status ? eq(inspectionTasks.status, query.status) : undefined,
    cursor ? or(lt(inspectionTasks.createdAt, cursor.at), and(eq(inspectionTasks.createdAt, cursor.at), lt(inspectionTasks.id, cursor.id))) : undefined,
  );
  // The candidate lists are left in the table: a list shows their sizes, read in SQL.
  const found = await ctx.db
    .select({
      task: { ...getTableColumns(inspectionTasks), candidates: sql<null>`null` },
      parties: sql<number | null>`jsonb_array_length(${inspectionTasks.candidates} -> 'parties')`,
      inspectors: sql<number | null>`jsonb_array_length(${inspectionTasks.candidates} -> 'inspectors')`,
      item: { id: inspectionItems.id, code: inspectionItems.code, name: inspectionItems.name },
      drawnAt: inspectionDraws.drawnAt,
    })
    .from(inspectionTasks)
    .innerJoin(inspectionItems, eq(inspectionItems.id, inspectionTasks.inspectionItemId))
    .leftJoin(inspectionDraws, eq(inspectionDraws.taskId, inspectionTasks.id))
    .where(where)
    .orderBy(desc(inspectionTasks.createdAt), desc(inspectionTasks.id))
    .limit(query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      ...taskView(ctx, { ...r.task, candidates: null }, r.item),
      partyCount: r.parties === null ? null : Number(r.parties),
      inspectorCount: r.inspectors === null ? null : Number(r.inspectors),
      drawnAt: r.drawnAt?.toISOString() ?? null,
    })),
    nextCursor: found.length > query.limit && last ? encodeInstantCursor(last.task.createdAt, last.task.id) : null,
  };
}

/** One task with its draw; another department's is refused naming the department. */
export async function getTask({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<InspectionTaskDetail> {
  const task = await loadTask(ctx, id);
  assertAllowed(inspectionTaskPolicy(ctx.actor, 'read', { status: task.status, department: departmentOfTask(task) }));
  return taskDetail(ctx, id);
}

/** What the task form offers the actor. */
export async function taskOptions({ ctx }: { ctx: ServiceContext }) {
  assertAllowed(inspectionTaskPolicy(ctx.actor, 'create'));
  const department = taskDepartmentOf(ctx.actor) ?? { kind: 'city' as const };
  const key = departmentKey(department);
  return {
    items: await activeItems(ctx.db),
    inspectorFields: await inspectorFields(ctx.db),
    ratioRanges: RISK_CLASS_RATIO_RANGE,
    department: key,
    departmentName: departmentName(key, ctx.locale),
    districtCodes: department.kind === 'district' ? [department.districtCode] : null,
    occupationCodes: department.kind === 'industry' ? [...department.occupationCodes] : null,
  };
}
