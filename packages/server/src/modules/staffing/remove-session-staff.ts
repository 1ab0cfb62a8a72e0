import { and, eq, ne } from 'drizzle-orm';
import { sessionStaffingPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { sessionStaff } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { loadPlan, loadPlanStaffing, loadSession, sessionFacts, sessionView } from './session-staffing.ts';

/** Takes a member of staff off a session before it starts; the district's external supervisor is the district's to change. */
export async function removeSessionStaff({ ctx, id, assignmentId }: { ctx: ServiceContext; id: string; assignmentId: string }) {
  return withTransaction(ctx, async (tx) => {
    const session = await loadSession(tx, id, { forUpdate: true });
    const plan = await loadPlan(tx, session.planId);
    assertAllowed(sessionStaffingPolicy(tx.actor, 'assign', sessionFacts(plan, session)));
    const [removed] = await tx.db
      .delete(sessionStaff)
      .where(and(eq(sessionStaff.id, assignmentId), eq(sessionStaff.sessionId, id), ne(sessionStaff.duty, 'external_supervisor')))
      .returning();
    if (!removed) throw notFound('assignment');
    await appendAudit(tx, { action: 'session.staff_removed', entityType: 'exam_session', entityId: id, before: removed, detail: { staffId: removed.staffId, duty: removed.duty } });
    const after = await loadPlanStaffing(tx, plan, [id]);
    return sessionView(tx.actor, plan, after.sessions[0]!);
  });
}
