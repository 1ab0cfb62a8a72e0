import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, appointmentPolicy, renewalStart, shanghaiDate, termEnd } from '@jiping/domain';
import { RenewAppointmentBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { appointments } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadAppointingInstitution } from './appointment-facts.ts';
import { appointmentRules } from './appointment-rules.ts';
import { appointmentView } from './appointment-view.ts';
import { judgeAppointment } from './judge-appointment.ts';

/**
 * Renews a post for a new term starting the day after the old one ends, with every prerequisite
 * checked again as of that day (still employed, certificate still valid, still 特级 for a 首席,
 * within the quota the rules then give). The old term is kept as `renewed`.
 */
export async function renewAppointment({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof RenewAppointmentBody> }) {
  const [current] = await ctx.db.select().from(appointments).where(eq(appointments.id, id));
  if (!current) throw notFound('appointment');
  assertAllowed(appointmentPolicy(ctx.actor, 'write', await loadAppointingInstitution(ctx.db, current.institutionId)));
  const { version } = parseInput(RenewAppointmentBody, input, ctx.locale);
  if (current.version !== version) throw staleVersion();
  if (current.status !== 'active') throw new AppError('CONFLICT', 'appointment.notActive', { appointmentStatus: current.status });
  const on = renewalStart(current.termEnd);
  if (on < shanghaiDate(ctx.now())) throw new AppError('CONFLICT', 'appointment.termOver', { termEnd: current.termEnd });
  return withTransaction(ctx, async (tx) => {
    const institution = await loadAppointingInstitution(tx.db, current.institutionId, { forUpdate: true });
    const rules = await appointmentRules(tx, on);
    const basis = await judgeAppointment(
      tx.db,
      { institution, personId: current.personId, title: current.title, occupationCode: current.occupationCode, on, merits: current.merits, renewing: current.id },
      rules,
    );
    const [old] = await tx.db
      .update(appointments)
      .set({ status: 'renewed', version: sql`${appointments.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(appointments.id, id), eq(appointments.version, version), eq(appointments.status, 'active')))
      .returning();
    if (!old) throw staleVersion();
    const [row] = await tx.db
      .insert(appointments)
      .values({
        institutionId: current.institutionId,
        districtCode: current.districtCode,
        personId: current.personId,
        title: current.title,
        occupationCode: current.occupationCode,
        termStart: on,
        termEnd: termEnd(on, rules.termYears),
        merits: current.merits,
        certificateId: basis.certificateId,
        specialAppointmentId: basis.specialAppointmentId,
        renewsId: current.id,
        appointedBy: actorUserId(ctx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    const view = await appointmentView(tx.db, row!.id);
    await appendAudit(tx, { action: 'appointment.renewed', entityType: 'appointment', entityId: row!.id, before: current, after: view, detail: { renews: current.id, rules } });
    return view;
  });
}
