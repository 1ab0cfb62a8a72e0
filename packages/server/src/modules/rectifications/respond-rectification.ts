import { and, count, eq, sql } from 'drizzle-orm';
import { actorUserId, rectificationPolicy } from '@jiping/domain';
import { RespondRectificationBody, type RectificationDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFiles, rectificationOrders } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { notify } from '../notifications/index.ts';
import { loadInspectionFollowUp } from './follow-up-facts.ts';
import { loadOrder } from './rectification-view.ts';
import { rectificationDetail } from './rectification-view.ts';

/**
 * The institution answers an open or reopened order: what it did (text) with at least one piece
 * of evidence uploaded to the order. The order waits for the inspectors' decision; whoever
 * ordered it is told.
 */
export async function respondRectification({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof RespondRectificationBody> }): Promise<RectificationDetail> {
  const before = await loadOrder(ctx.db, id);
  const { facts } = await loadInspectionFollowUp(ctx.db, before.inspectionId);
  assertAllowed(rectificationPolicy(ctx.actor, 'respond', { ...facts, orderStatus: before.status }));
  const { version, response } = parseInput(RespondRectificationBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const order = await loadOrder(tx.db, id, { lock: true });
    assertAllowed(rectificationPolicy(tx.actor, 'respond', { ...facts, orderStatus: order.status }));
    const [evidence] = await tx.db.select({ n: count() }).from(inspectionFiles).where(eq(inspectionFiles.rectificationId, id));
    if (!evidence?.n) throw new AppError('PRECONDITION_FAILED', 'rectification.evidenceRequired', { number: order.number });
    const [updated] = await tx.db
      .update(rectificationOrders)
      .set({ status: 'responded', response, respondedAt: tx.now(), respondedBy: actorUserId(tx.actor), version: sql`${rectificationOrders.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(rectificationOrders.id, id), eq(rectificationOrders.version, version), eq(rectificationOrders.status, order.status)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, {
      action: 'rectification.responded',
      entityType: 'rectification_order',
      entityId: id,
      before: order,
      after: updated,
      detail: { from: order.status, to: 'responded', text: response },
    });
    if (order.createdBy) {
      await notify(tx, {
        userId: order.createdBy,
        kind: 'rectification.responded',
        message: { title: 'notification.rectificationResponded.title', body: 'notification.rectificationResponded.body', params: { number: order.number } },
        dedupeKey: `rectification-responded:${id}:${updated.version}`,
      });
    }
    return rectificationDetail(tx, id, facts);
  });
}
