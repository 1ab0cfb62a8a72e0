import { eq } from 'drizzle-orm';
import { canManagePlanSessions, scheduleProblems } from '@jiping/domain';
import { ScheduleSessionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, examSessions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { filedSite } from './filed-site.ts';
import { sessionView } from './session-facts.ts';

/**
 * Schedules one sitting of one component of an acknowledged plan, in one of its rooms: times
 * inside the plan's exam dates, the room one the plan named and the filing in force records at
 * the plan's site, the capacity within the room's filed capacity. Site name, address and room
 * are copied from the filing, so the ticket prints what was filed. Every problem is reported at once.
 */
export async function scheduleSession({ ctx, planId, input }: { ctx: ServiceContext; planId: string; input: z.input<typeof ScheduleSessionBody> }) {
  const body = parseInput(ScheduleSessionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    // The plan row is locked so a plan cancelled meanwhile cannot gain a session.
    const [plan] = await tx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, planId)).for('update');
    if (!plan) throw notFound('plan');
    assertAllowed(canManagePlanSessions(tx.actor, plan));
    if (plan.status !== 'acknowledged') throw new AppError('PRECONDITION_FAILED', 'examSession.planNotAcknowledged', { planStatus: plan.status });
    const site = await filedSite(tx.db, plan);
    const session = { ...body, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) };
    const problems = scheduleProblems(session, plan, site.rooms, tx.now());
    if (problems.length) throw validation(problems.map((p) => ({ field: p.field, code: p.messageKey, messageKey: p.messageKey, params: p.params })));
    const [row] = await tx.db
      .insert(examSessions)
      .values({
        planId,
        institutionId: plan.institutionId,
        districtCode: plan.districtCode,
        component: body.component,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        siteName: plan.siteName,
        siteAddress: site.address,
        room: body.room,
        capacity: body.capacity,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    await appendAudit(tx, { action: 'examSession.scheduled', entityType: 'examSession', entityId: row!.id, after: row, detail: { planId, component: body.component, from: null, to: 'scheduled' } });
    return sessionView(tx.db, tx.actor, row!.id);
  });
}
