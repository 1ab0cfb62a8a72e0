import { and, eq, sql } from 'drizzle-orm';
import { examSessionPolicy, scheduleProblems } from '@jiping/domain';
import { UpdateSessionBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { filedSite } from './filed-site.ts';
import { loadSession, seatCounts, sessionView } from './session-facts.ts';

/**
 * Moves or resizes a session while it is still scheduled, under the same checks as scheduling;
 * a capacity below the seats already drawn is refused (draw again after shrinking). Tickets are
 * printed from the session, so a ticket downloaded afterwards shows the new time and room.
 */
export async function updateSession({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof UpdateSessionBody> }) {
  const body = parseInput(UpdateSessionBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const { row, plan, facts } = await loadSession(tx.db, id, { forUpdate: true });
    assertAllowed(examSessionPolicy(tx.actor, 'edit', facts));
    const site = await filedSite(tx.db, plan);
    const session = { component: row.component, room: body.room, capacity: body.capacity, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) };
    const problems = scheduleProblems(session, plan, site.rooms, tx.now());
    const seated = (await seatCounts(tx.db, [id])).get(id)?.seated ?? 0;
    if (body.capacity < seated) problems.push({ field: 'capacity', messageKey: 'examSession.capacityBelowSeated', params: { seated: String(seated) } });
    if (problems.length) throw validation(problems.map((p) => ({ field: p.field, code: p.messageKey, messageKey: p.messageKey, params: p.params })));
    const [updated] = await tx.db
      .update(examSessions)
      .set({ startsAt: session.startsAt, endsAt: session.endsAt, room: body.room, capacity: body.capacity, version: sql`${examSessions.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(examSessions.id, id), eq(examSessions.version, body.version)))
      .returning();
    if (!updated) throw staleVersion();
    await appendAudit(tx, { action: 'examSession.updated', entityType: 'examSession', entityId: id, before: row, after: updated });
    return sessionView(tx.db, tx.actor, id);
  });
}
