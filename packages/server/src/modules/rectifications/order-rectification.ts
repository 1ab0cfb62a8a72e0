import { and, eq } from 'drizzle-orm';
import { actorUserId, isFutureDeadline, rectificationCounterScope, rectificationNumber, rectificationPolicy, shanghaiDate } from '@jiping/domain';
import { CreateRectificationBody, type RectificationDetail } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFindings, institutions, rectificationOrders } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { nextNumber } from '../../platform/db/next-number.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { notify } from '../notifications/index.ts';
import { loadInspectionFollowUp } from './follow-up-facts.ts';
import { rectificationDetail } from './rectification-view.ts';

/**
 * An assigned inspector, or an officer of the department running the inspection, orders the
 * institution to rectify: what (the requirement, optionally on one of the inspection's findings)
 * and by when (a day after today). The order takes its number (ZG + year + 6 digits) from the
 * year's counter, and the institution's administrators are told.
 */
export async function orderRectification({ ctx, inspectionId, input }: { ctx: ServiceContext; inspectionId: string; input: z.input<typeof CreateRectificationBody> }): Promise<RectificationDetail> {
  const { facts } = await loadInspectionFollowUp(ctx.db, inspectionId);
  assertAllowed(rectificationPolicy(ctx.actor, 'order', facts));
  const body = parseInput(CreateRectificationBody, input, ctx.locale);
  const today = shanghaiDate(ctx.now());
  if (!isFutureDeadline(body.deadline, today)) throw validation([{ field: 'deadline', code: 'not_future', messageKey: 'rectification.deadlineNotFuture', params: { today } }]);
  return withTransaction(ctx, async (tx) => {
    const { inspection, facts: current } = await loadInspectionFollowUp(tx.db, inspectionId);
    assertAllowed(rectificationPolicy(tx.actor, 'order', current));
    if (body.findingId) {
      const [finding] = await tx.db
        .select({ id: inspectionFindings.id })
        .from(inspectionFindings)
        .where(and(eq(inspectionFindings.id, body.findingId), eq(inspectionFindings.inspectionId, inspectionId)));
      if (!finding) throw validation([{ field: 'findingId', code: 'not_of_inspection', messageKey: 'rectification.findingNotOfInspection', params: { inspection: inspection.number } }]);
    }
    const year = Number(today.slice(0, 4));
    const number = rectificationNumber(year, await nextNumber(tx, rectificationCounterScope(year)));
    const [order] = await tx.db
      .insert(rectificationOrders)
      .values({
        number,
        inspectionId,
        findingId: body.findingId ?? null,
        institutionId: inspection.institutionId,
        districtCode: inspection.districtCode,
        requirement: body.requirement,
        deadline: body.deadline,
        createdBy: actorUserId(tx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, {
      action: 'rectification.ordered',
      entityType: 'rectification_order',
      entityId: order!.id,
      after: order,
      detail: { from: null, to: 'open', text: body.requirement, number, inspectionId, deadline: body.deadline },
    });
    const [institution] = await tx.db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, inspection.institutionId));
    await notify(tx, {
      institutionId: inspection.institutionId,
      kind: 'rectification.ordered',
      message: {
        title: 'notification.rectificationOrdered.title',
        body: 'notification.rectificationOrdered.body',
        params: { number, institution: institution!.name, inspection: inspection.number, deadline: body.deadline, requirement: body.requirement },
      },
      dedupeKey: `rectification-ordered:${order!.id}`,
    });
    return rectificationDetail(tx, order!.id, current);
  });
}
