import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, examSessionPolicy } from '@jiping/domain';
import { SessionRecordBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadSession, sessionView } from './session-facts.ts';

/**
 * The supervisor's record of the session (考场记录): written or rewritten by the session's
 * internal supervisor or the institution's administrator while it runs or after it has ended,
 * and required before its scores are signed off (`sessionRecordMissing` in the domain).
 */
export async function writeSessionRecord({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof SessionRecordBody> }) {
  const { version, record } = parseInput(SessionRecordBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadSession(tx.db, id, { forUpdate: true });
    assertAllowed(examSessionPolicy(tx.actor, 'writeRecord', facts));
    const [updated] = await tx.db
      .update(examSessions)
      .set({ record, recordBy: actorUserId(tx.actor), recordAt: tx.now(), version: sql`${examSessions.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(examSessions.id, id), eq(examSessions.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, { action: 'examSession.recordWritten', entityType: 'examSession', entityId: id, before: row, after: updated, detail: { rewritten: row.record !== null } });
    return sessionView(tx.db, tx.actor, id);
  });
}
