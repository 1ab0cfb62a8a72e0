import { eq } from 'drizzle-orm';
import { actorUserId, appointmentPolicy } from '@jiping/domain';
import { StartApprenticeshipBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { apprenticeships, occupations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { isEmployedOn, loadAppointingInstitution } from './appointment-facts.ts';
import { apprenticeshipView } from './appointment-view.ts';

/** An enterprise marks one of its employees as its apprentice (学徒工) in an occupation from a start date. */
export async function startApprenticeship({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof StartApprenticeshipBody> }) {
  const institution = await loadAppointingInstitution(ctx.db, institutionId);
  assertAllowed(appointmentPolicy(ctx.actor, 'write', institution));
  const body = parseInput(StartApprenticeshipBody, input, ctx.locale);
  const [occupation] = await ctx.db.select({ code: occupations.code }).from(occupations).where(eq(occupations.code, body.occupationCode));
  if (!occupation) throw validation([{ field: 'occupationCode', code: 'unknown', messageKey: 'appointment.unknownOccupation', params: { occupation: body.occupationCode } }]);
  if (!(await isEmployedOn(ctx.db, institutionId, body.personId, body.startedOn))) {
    throw new AppError('UNPROCESSABLE', 'appointment.refused', { count: '1' }, [
      { field: 'personId', code: 'notEmployed', messageKey: 'appointment.problem.notEmployed', params: { date: body.startedOn } },
    ]);
  }
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(apprenticeships)
      .values({
        institutionId,
        districtCode: institution.districtCode,
        personId: body.personId,
        occupationCode: body.occupationCode,
        startedOn: body.startedOn,
        createdBy: actorUserId(ctx.actor),
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning();
    const view = await apprenticeshipView(tx.db, row!.id);
    await appendAudit(tx, { action: 'apprenticeship.started', entityType: 'apprenticeship', entityId: row!.id, after: view });
    return view;
  });
}
