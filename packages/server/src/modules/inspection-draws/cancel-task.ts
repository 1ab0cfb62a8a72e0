import { and, eq, inArray, sql } from 'drizzle-orm';
import { inspectionTaskPolicy } from '@jiping/domain';
import { CancelInspectionTaskBody, type InspectionTaskDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionTasks } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { departmentOfTask, loadTask } from './queries.ts';
import { taskDetail } from './task-view.ts';

/**
 * A draft or published task is cancelled with a reason. A published one stays on the public list
 * as cancelled, with its commitment: cancelling and publishing again must not go unseen.
 */
export async function cancelTask({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof CancelInspectionTaskBody> }): Promise<InspectionTaskDetail> {
  const { version, reason } = parseInput(CancelInspectionTaskBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const before = await loadTask(tx, id, { lock: true });
    assertAllowed(inspectionTaskPolicy(tx.actor, 'cancel', { status: before.status, department: departmentOfTask(before) }));
    const [row] = await tx.db
      .update(inspectionTasks)
      .set({ status: 'cancelled', cancelReason: reason, version: sql`${inspectionTasks.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(inspectionTasks.id, id), eq(inspectionTasks.version, version), inArray(inspectionTasks.status, ['draft', 'committed'])))
      .returning();
    if (!row) throw staleVersion();
    await appendAudit(tx, {
      action: 'inspection_task.cancelled',
      entityType: 'inspection_task',
      entityId: id,
      before: { ...before, candidates: null },
      after: { ...row, candidates: null },
      detail: { number: row.number, from: before.status, reason },
    });
    return taskDetail(tx, id);
  });
}
