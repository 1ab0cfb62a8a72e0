import { and, eq, inArray, or } from 'drizzle-orm';
import { actorUserId, sessionStaffingPolicy } from '@jiping/domain';
import { DispatchExternalSupervisorBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions, sessionStaff, userGrants, users } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadPlan, loadPlanStaffing } from './session-staffing.ts';
import { planStaffingView } from './get-plan-staffing.ts';

/**
 * The district of the plan (or the city) dispatches its external supervisor (外督): an inspector's
 * or one of its own officers' account, attached to every session of the plan not yet started
 * (replacing one dispatched before). The plan's `externalSupervisor` stays the name filed on
 * acknowledgement; the account is who signs in and serves.
 */
export async function dispatchExternalSupervisor({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof DispatchExternalSupervisorBody> }) {
  const body = parseInput(DispatchExternalSupervisorBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const plan = await loadPlan(tx, id, { forUpdate: true });
    const facts = { institutionId: plan.institutionId, districtCode: plan.districtCode, occupationCode: plan.occupationCode };
    assertAllowed(sessionStaffingPolicy(tx.actor, 'dispatch', { ...facts, status: 'scheduled' }));
    if (plan.status !== 'acknowledged') throw new AppError('PRECONDITION_FAILED', 'staffing.planNotAcknowledged', { planStatus: plan.status });
    const [account] = await tx.db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .innerJoin(userGrants, eq(userGrants.userId, users.id))
      .where(
        and(eq(users.id, body.userId), eq(users.status, 'active'), or(eq(userGrants.role, 'inspector'), and(eq(userGrants.role, 'district_officer'), eq(userGrants.districtCode, plan.districtCode)))),
      );
    if (!account) throw validation([{ field: 'userId', code: 'not_dispatchable', messageKey: 'staffing.notDispatchable' }]);
    const sessions = await tx.db
      .select({ id: examSessions.id })
      .from(examSessions)
      .where(and(eq(examSessions.planId, plan.id), eq(examSessions.status, 'scheduled')))
      .for('update');
    if (!sessions.length) throw new AppError('CONFLICT', 'staffing.noScheduledSessions');
    const ids = sessions.map((s) => s.id);
    await tx.db.delete(sessionStaff).where(and(inArray(sessionStaff.sessionId, ids), eq(sessionStaff.duty, 'external_supervisor')));
    await tx.db
      .insert(sessionStaff)
      .values(ids.map((sessionId) => ({ sessionId, duty: 'external_supervisor' as const, userId: account.id, name: account.displayName, assignedBy: actorUserId(tx.actor), createdAt: tx.now() })));
    await appendAudit(tx, {
      action: 'plan.external_supervisor_dispatched',
      entityType: 'plan',
      entityId: plan.id,
      after: { userId: account.id, sessions: ids },
      detail: { userId: account.id, sessions: ids.length },
    });
    return planStaffingView(tx, await loadPlanStaffing(tx, plan));
  });
}
