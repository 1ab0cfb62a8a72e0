import { and, eq, sql } from 'drizzle-orm';
import { examSessionPolicy, startWindowProblem, type StaffingGate } from '@jiping/domain';
import { SessionVersionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadSession, sessionView } from './session-facts.ts';
import { checkStaffingForStart } from '../staffing/index.ts';
import { shanghaiDateTime } from './shanghai-time.ts';

export type StaffingCheck = (ctx: ServiceContext, sessionId: string) => Promise<StaffingGate>;

/**
 * Opens a session on the day (scheduled → in progress): from an hour before its start until its
 * end, with seats drawn, and only when the staffing verdict is ok — otherwise refused with every
 * problem the verdict names. The check is injectable; by default `checkStaffingForStart`.
 */
export async function startSession({
  ctx,
  id,
  input,
  checkStaffing = checkStaffingForStart,
}: {
  ctx: ServiceContext;
  id: string;
  input: z.input<typeof SessionVersionBody>;
  checkStaffing?: StaffingCheck;
}) {
  const { version } = parseInput(SessionVersionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, facts } = await loadSession(tx.db, id, { forUpdate: true });
    assertAllowed(examSessionPolicy(tx.actor, 'start', facts));
    const window = startWindowProblem(tx.now(), row.startsAt, row.endsAt);
    if (window === 'tooEarly') throw new AppError('PRECONDITION_FAILED', 'examSession.tooEarly', { startsAt: shanghaiDateTime(row.startsAt) });
    if (window === 'tooLate') throw new AppError('PRECONDITION_FAILED', 'examSession.tooLate', { endsAt: shanghaiDateTime(row.endsAt) });
    if (!row.seatsAssignedAt) throw new AppError('PRECONDITION_FAILED', 'examSession.noSeats');
    const verdict = await checkStaffing(tx, id);
    if (!verdict.ok) {
      const messages = verdict.problems.map((p) => (p.staff ? `${p.staff}：` : '') + p.message[tx.locale]);
      throw new AppError(
        'PRECONDITION_FAILED',
        'examSession.staffingRefused',
        { problems: messages.join('；') },
        verdict.problems.map((p, i) => ({ field: 'staffing', code: p.rule, message: messages[i]! })),
      );
    }
    const [updated] = await tx.db
      .update(examSessions)
      .set({ status: 'in_progress', version: sql`${examSessions.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(examSessions.id, id), eq(examSessions.version, version)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, { action: 'examSession.start', entityType: 'examSession', entityId: id, before: row, after: updated, detail: { from: row.status, to: 'in_progress' } });
    return sessionView(tx.db, tx.actor, id);
  });
}
