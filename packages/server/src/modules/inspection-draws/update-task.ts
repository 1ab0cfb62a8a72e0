import { and, eq, sql } from 'drizzle-orm';
import { inspectionTaskPolicy, type SupervisingDepartment } from '@jiping/domain';
import { UpdateInspectionTaskBody, type InspectionTaskDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionTasks } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { departmentOfTask, loadTask, type TaskRow } from './queries.ts';
import { checkTaskInput } from './task-input.ts';
import { taskDetail } from './task-view.ts';

/** The department a task belongs to, for judging its scope as its creator's was judged. */
export function departmentFacts(task: TaskRow): SupervisingDepartment {
  if (task.departmentKind === 'district') return { kind: 'district', districtCode: task.districtCode! };
  if (task.departmentKind === 'industry') return { kind: 'industry', occupationCodes: (task.industry ?? '').split(',').filter(Boolean) };
  return { kind: 'city' };
}

/** A draft changes as a whole (compare-and-set on its version); once published it no longer can. */
export async function updateTask({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof UpdateInspectionTaskBody> }): Promise<InspectionTaskDetail> {
  const before = await loadTask(ctx, id);
  assertAllowed(inspectionTaskPolicy(ctx.actor, 'edit', { status: before.status, department: departmentOfTask(before) }));
  const { version, ...body } = parseInput(UpdateInspectionTaskBody, input, ctx.locale);
  const { scope } = await checkTaskInput(ctx.db, body, departmentFacts(before));
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(inspectionTasks)
      .set({
        title: body.title,
        inspectionItemId: body.inspectionItemId,
        scope,
        ratios: body.ratios,
        inspectorsPerTarget: body.inspectorsPerTarget,
        excludeLocalDistrict: body.excludeLocalDistrict,
        pool: body.pool,
        witnesses: body.witnesses,
        publicSource: body.publicSource || null,
        version: sql`${inspectionTasks.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(inspectionTasks.id, id), eq(inspectionTasks.version, version), eq(inspectionTasks.status, 'draft')))
      .returning();
    if (!row) throw staleVersion();
    await appendAudit(tx, { action: 'inspection_task.updated', entityType: 'inspection_task', entityId: id, before, after: row, detail: { number: row.number } });
    return taskDetail(tx, id);
  });
}
