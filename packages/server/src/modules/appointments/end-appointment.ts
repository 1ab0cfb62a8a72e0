import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, appointmentPolicy, shanghaiDate } from '@jiping/domain';
import { EndAppointmentBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { appointments } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadAppointingInstitution } from './appointment-facts.ts';
import { appointmentView } from './appointment-view.ts';

/** Ends a post before its term is over (left the enterprise, resigned the post, misconduct), with the day and the reason. */
export async function endAppointment({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof EndAppointmentBody> }) {
  const [current] = await ctx.db.select().from(appointments).where(eq(appointments.id, id));
  if (!current) throw notFound('appointment');
  assertAllowed(appointmentPolicy(ctx.actor, 'write', await loadAppointingInstitution(ctx.db, current.institutionId)));
  const body = parseInput(EndAppointmentBody, input, ctx.locale);
  if (current.version !== body.version) throw staleVersion();
  if (current.status !== 'active') throw new AppError('CONFLICT', 'appointment.notActive', { appointmentStatus: current.status });
  const endedOn = body.endedOn ?? shanghaiDate(ctx.now());
  if (endedOn < current.termStart || endedOn > current.termEnd) {
    throw validation([{ field: 'endedOn', code: 'outside_term', messageKey: 'appointment.endOutsideTerm', params: { from: current.termStart, to: current.termEnd } }]);
  }
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(appointments)
      .set({ status: 'terminated', endedOn, endReason: body.reason, endedBy: actorUserId(ctx.actor), version: sql`${appointments.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(appointments.id, id), eq(appointments.version, body.version), eq(appointments.status, 'active')))
      .returning();
    if (!row) throw staleVersion();
    const view = await appointmentView(tx.db, id);
    await appendAudit(tx, { action: 'appointment.terminated', entityType: 'appointment', entityId: id, before: current, after: view, detail: { endedOn, reason: body.reason } });
    return view;
  });
}
