import { and, eq, isNull, sql } from 'drizzle-orm';
import { examSessionPolicy } from '@jiping/domain';
import { SessionVersionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { componentScores, examSeats, examSessions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadSession, sessionView } from './session-facts.ts';

/**
 * Closes a running session (in progress → ended): every seated candidate not checked in is
 * marked absent, and gets a score row for the component saying so (缺考), which scoring then
 * treats as not passed. Ending twice is refused by state, so absentees are marked once.
 */
export async function endSession({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof SessionVersionBody> }) {
  const { version } = parseInput(SessionVersionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadSession(tx.db, id, { forUpdate: true });
    assertAllowed(examSessionPolicy(tx.actor, 'end', facts));
    const [updated] = await tx.db
      .update(examSessions)
      .set({ status: 'ended', version: sql`${examSessions.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(examSessions.id, id), eq(examSessions.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    const absent = await tx.db
      .update(examSeats)
      .set({ absent: true })
      .where(and(eq(examSeats.sessionId, id), isNull(examSeats.checkedInAt)))
      .returning({ registrationId: examSeats.registrationId });
    if (absent.length) {
      await bulkInsert(
        tx.db,
        componentScores,
        absent.map((a) => ({ sessionId: id, registrationId: a.registrationId, component: row.component, absent: true, createdAt: tx.now(), updatedAt: tx.now() })),
        { onConflict: { target: [componentScores.sessionId, componentScores.registrationId], update: ['absent', 'updatedAt'] } },
      );
    }
    await appendAudit(tx, {
      action: 'examSession.end',
      entityType: 'examSession',
      entityId: id,
      before: row,
      after: updated,
      detail: { from: row.status, to: 'ended', absent: absent.length, absentRegistrations: absent.map((a) => a.registrationId) },
    });
    return sessionView(tx.db, tx.actor, id);
  });
}
