import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, rectificationPolicy } from '@jiping/domain';
import { RectificationDecisionBody, type RectificationDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { rectificationOrders } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { notify } from '../notifications/index.ts';
import { loadInspectionFollowUp } from './follow-up-facts.ts';
import { loadOrder, rectificationDetail } from './rectification-view.ts';

export type RectificationDecision = 'accept' | 'reopen';

/**
 * The supervisors judge the institution's answer: accepted (the order is done; a note is
 * optional), or reopened with the reason (the institution answers again, by the same deadline).
 * Only an inspector assigned to the inspection, or an officer of its department, decides.
 */
export async function decideRectification({
  ctx,
  id,
  decision,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  decision: RectificationDecision;
  input: z.input<typeof RectificationDecisionBody>;
}): Promise<RectificationDetail> {
  const before = await loadOrder(ctx.db, id);
  const { facts } = await loadInspectionFollowUp(ctx.db, before.inspectionId);
  assertAllowed(rectificationPolicy(ctx.actor, decision, { ...facts, orderStatus: before.status }));
  const { version, reason } = parseInput(RectificationDecisionBody, input, ctx.locale);
  if (decision === 'reopen' && !reason) throw validation([{ field: 'reason', code: 'reason_required', messageKey: 'rectification.reopenReasonRequired' }]);
  const to = decision === 'accept' ? 'accepted' : 'reopened';
  return withTransaction(ctx, async (tx) => {
    const order = await loadOrder(tx.db, id, { lock: true });
    assertAllowed(rectificationPolicy(tx.actor, decision, { ...facts, orderStatus: order.status }));
    const [updated] = await tx.db
      .update(rectificationOrders)
      .set({ status: to, decisionNote: reason || null, decidedAt: tx.now(), decidedBy: actorUserId(tx.actor), version: sql`${rectificationOrders.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(rectificationOrders.id, id), eq(rectificationOrders.version, version), eq(rectificationOrders.status, order.status)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, { action: `rectification.${to}`, entityType: 'rectification_order', entityId: id, before: order, after: updated, detail: { from: order.status, to, text: reason } });
    await notify(tx, {
      institutionId: order.institutionId,
      kind: `rectification.${to}`,
      message: {
        title: decision === 'accept' ? 'notification.rectificationAccepted.title' : 'notification.rectificationReopened.title',
        body: decision === 'accept' ? 'notification.rectificationAccepted.body' : 'notification.rectificationReopened.body',
        params: { number: order.number, reason, deadline: order.deadline },
      },
      dedupeKey: `rectification-${to}:${id}:${updated.version}`,
    });
    return rectificationDetail(tx, id, facts);
  });
}
