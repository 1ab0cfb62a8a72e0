import { and, eq, isNull } from 'drizzle-orm';
import { examSessionPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { sessionStaff } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound } from '../../platform/errors.ts';
import { loadSession } from './session-facts.ts';
import { shanghaiDateTime } from './shanghai-time.ts';

/**
 * Marks a member of the session's staff present (session_staff.checked_in_at): themself, or
 * anyone by the internal supervisor or the institution, on the day before or during the session.
 * Who serves is staffing's decision; this only records arrival.
 */
export async function checkInStaff({ ctx, sessionId, staffId }: { ctx: ServiceContext; sessionId: string; staffId: string }) {
  return withTransaction(ctx, async (tx) => {
    const { facts, staff } = await loadSession(tx.db, sessionId);
    const member = staff.find((s) => s.id === staffId);
    if (!member) throw notFound('sessionStaff');
    assertAllowed(examSessionPolicy(tx.actor, 'checkInStaff', facts, member.userId));
    if (member.checkedInAt) throw new AppError('CONFLICT', 'examCheckIn.staffAlready', { name: member.name, at: shanghaiDateTime(member.checkedInAt) });
    const [updated] = await tx.db
      .update(sessionStaff)
      .set({ checkedInAt: tx.now() })
      .where(and(eq(sessionStaff.id, staffId), isNull(sessionStaff.checkedInAt)))
      .returning();
    if (!updated) throw new AppError('CONFLICT', 'examCheckIn.staffAlready', { name: member.name, at: shanghaiDateTime(tx.now()) });
    await appendAudit(tx, {
      action: 'examSession.staffCheckIn',
      entityType: 'examSession',
      entityId: sessionId,
      after: { staffId, duty: updated.duty, checkedInAt: updated.checkedInAt },
      detail: { staffId, duty: updated.duty },
    });
    const me = tx.actor.kind === 'user' ? tx.actor.userId : null;
    return { id: updated.id, duty: updated.duty, name: updated.name, checkedInAt: updated.checkedInAt!.toISOString(), isMe: member.userId !== null && member.userId === me, canCheckIn: false };
  });
}
