import { and, eq, sql } from 'drizzle-orm';
import { examSessionPolicy } from '@jiping/domain';
import { CancelSessionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSeats, examSessions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadSession, sessionView } from './session-facts.ts';

/**
 * Cancels a session not yet started, with a reason. Its seats go with it (their candidates are
 * seated again by the next draw of the component); the audit event counts them.
 */
export async function cancelSession({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof CancelSessionBody> }) {
  const { version, reason } = parseInput(CancelSessionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadSession(tx.db, id, { forUpdate: true });
    assertAllowed(examSessionPolicy(tx.actor, 'cancel', facts));
    const [updated] = await tx.db
      .update(examSessions)
      .set({ status: 'cancelled', version: sql`${examSessions.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(examSessions.id, id), eq(examSessions.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    const released = await tx.db.delete(examSeats).where(eq(examSeats.sessionId, id)).returning({ registrationId: examSeats.registrationId });
    await appendAudit(tx, {
      action: 'examSession.cancel',
      entityType: 'examSession',
      entityId: id,
      before: row,
      after: updated,
      detail: { from: row.status, to: 'cancelled', reason, seatsReleased: released.length },
    });
    return sessionView(tx.db, tx.actor, id);
  });
}
