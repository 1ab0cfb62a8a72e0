import { actorUserId, appointmentPolicy, shanghaiDate, termEnd } from '@jiping/domain';
import { AppointBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { appointments } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { foreignEvidence } from '../people/index.ts';
import { loadAppointingInstitution } from './appointment-facts.ts';
import { appointmentRules } from './appointment-rules.ts';
import { appointmentView } from './appointment-view.ts';
import { judgeAppointment } from './judge-appointment.ts';

/**
 * An enterprise appoints one of its employees 特级技师 or 首席技师 for a term. The institution's
 * row is locked first, so the quota counted is the quota written against: of two appointments
 * for the last post, the second waits and is refused with the numbers.
 */
export async function appoint({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof AppointBody> }) {
  const before = await loadAppointingInstitution(ctx.db, institutionId);
  assertAllowed(appointmentPolicy(ctx.actor, 'write', before));
  const body = parseInput(AppointBody, input, ctx.locale);
  const today = shanghaiDate(ctx.now());
  const on = body.termStart ?? today;
  if (on < today) throw validation([{ field: 'termStart', code: 'past', messageKey: 'appointment.startInPast', params: { today } }]);
  const foreign = await foreignEvidence(
    ctx.db,
    { institutionId },
    body.merits.flatMap((m) => m.evidenceFileIds),
  );
  if (foreign.size) throw validation([{ field: 'merits', code: 'foreign_evidence', messageKey: 'appointment.foreignEvidence' }]);
  const merits = body.title === 'special' ? body.merits.map((m) => ({ kind: m.kind, description: m.description, evidenceFileIds: [...new Set(m.evidenceFileIds)] })) : [];
  return withTransaction(ctx, async (tx) => {
    const institution = await loadAppointingInstitution(tx.db, institutionId, { forUpdate: true });
    const rules = await appointmentRules(tx, on);
    const basis = await judgeAppointment(tx.db, { institution, personId: body.personId, title: body.title, occupationCode: body.occupationCode, on, merits }, rules);
    const [row] = await tx.db
      .insert(appointments)
      .values({
        institutionId,
        districtCode: institution.districtCode,
        personId: body.personId,
        title: body.title,
        occupationCode: body.occupationCode,
        termStart: on,
        termEnd: termEnd(on, rules.termYears),
        merits,
        certificateId: basis.certificateId,
        specialAppointmentId: basis.specialAppointmentId,
        appointedBy: actorUserId(ctx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    const view = await appointmentView(tx.db, row!.id);
    await appendAudit(tx, { action: 'appointment.appointed', entityType: 'appointment', entityId: row!.id, after: view, detail: { title: body.title, rules } });
    return view;
  });
}
