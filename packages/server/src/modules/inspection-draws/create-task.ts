import { actorUserId, drawTaskCounterScope, drawTaskNumber, inspectionTaskPolicy, taskDepartmentOf } from '@jiping/domain';
import { InspectionTaskBody, type InspectionTaskDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionTasks } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { checkTaskInput } from './task-input.ts';
import { taskDetail } from './task-view.ts';

/**
 * An officer drafts a random-inspection task for their department (the widest they supervise
 * for): number 沪技督抽〔year〕n号 from the counter of the year, status draft.
 */
export async function createTask({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InspectionTaskBody> }): Promise<InspectionTaskDetail> {
  assertAllowed(inspectionTaskPolicy(ctx.actor, 'create'));
  const body = parseInput(InspectionTaskBody, input, ctx.locale);
  const department = taskDepartmentOf(ctx.actor) ?? { kind: 'city' as const };
  const { scope } = await checkTaskInput(ctx.db, body, department);
  return withTransaction(ctx, async (tx) => {
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(tx.now()));
    const number = drawTaskNumber(year, await nextNumber(tx, drawTaskCounterScope(year)));
    const [row] = await tx.db
      .insert(inspectionTasks)
      .values({
        number,
        title: body.title,
        departmentKind: department.kind,
        districtCode: department.kind === 'district' ? department.districtCode : null,
        industry: department.kind === 'industry' ? [...department.occupationCodes].sort().join(',') : null,
        inspectionItemId: body.inspectionItemId,
        scope,
        ratios: body.ratios,
        inspectorsPerTarget: body.inspectorsPerTarget,
        excludeLocalDistrict: body.excludeLocalDistrict,
        pool: body.pool,
        witnesses: body.witnesses,
        publicSource: body.publicSource || null,
        createdBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, { action: 'inspection_task.created', entityType: 'inspection_task', entityId: row!.id, after: row, detail: { number } });
    return taskDetail(tx, row!.id);
  });
}
