import { and, eq, sql } from 'drizzle-orm';
import { PLAN_REASON_REQUIRED, PLAN_TRANSITIONS, planPolicy, shanghaiDate, planNoticeShortfall, addDays, type PlanAction } from '@jiping/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, filings } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { withActions } from './queries.ts';
import { getParameter } from '../parameters/index.ts';
import { workCalendar } from '../calendar/index.ts';
import { PlanDecisionBody } from '@jiping/contracts';

/**
 * Every plan transition: policy, reason, and for filing the notice rule — the exam must be at
 * least N working days away (N from the dated parameter, working days from the holiday
 * calendar) and the filing still in force. Compare-and-set on version; audited.
 */
export async function transitionPlan({ ctx, id, action, input }: { ctx: ServiceContext; id: string; action: PlanAction; input: z.input<typeof PlanDecisionBody> }) {
  const { version, reason, externalSupervisor } = parseInput(PlanDecisionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [plan] = await tx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, id)).for('update');
    if (!plan) throw notFound('plan');
    assertAllowed(planPolicy(tx.actor, action, plan));
    if (PLAN_REASON_REQUIRED.includes(action) && !reason) throw validation([{ field: 'reason', code: 'reason_required', messageKey: 'filing.reasonRequired' }]);
    if (action === 'file' || action === 'acknowledge') {
      const [filing] = await tx.db.select({ status: filings.status }).from(filings).where(eq(filings.id, plan.filingId));
      if (filing?.status !== 'approved') throw new AppError('PRECONDITION_FAILED', 'plan.noFilingInForce');
    }
    if (action === 'file') {
      const today = shanghaiDate(tx.now());
      const notice = await getParameter(tx, 'plan.noticeWorkingDays');
      const calendar = await workCalendar(tx, today, addDays(plan.examStart, 1));
      const available = planNoticeShortfall(today, plan.examStart, notice, calendar);
      if (available !== null) {
        throw new AppError('PRECONDITION_FAILED', 'plan.tooLittleNotice', { notice: String(notice), available: String(available), examStart: plan.examStart });
      }
    }
    const [updated] = await tx.db
      .update(evaluationPlans)
      .set({
        status: PLAN_TRANSITIONS[action].to,
        ...(action === 'file' ? { filedAt: tx.now() } : {}),
        ...(action === 'acknowledge' && externalSupervisor ? { externalSupervisor } : {}),
        version: sql`${evaluationPlans.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(and(eq(evaluationPlans.id, id), eq(evaluationPlans.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, { action: `plan.${action}`, entityType: 'plan', entityId: id, before: plan, after: updated, detail: { from: plan.status, to: updated.status, reason } });
    return withActions(tx.actor, updated);
  });
}
