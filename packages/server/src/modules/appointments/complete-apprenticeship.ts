import { and, eq, sql } from 'drizzle-orm';
import { appointmentPolicy, shanghaiDate } from '@jiping/domain';
import { CompleteApprenticeshipBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { apprenticeships, persons } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadAppointingInstitution } from './appointment-facts.ts';
import { apprenticeshipView } from './appointment-view.ts';

/**
 * Records that an apprenticeship was completed. The person's profile carries the same fact
 * (`apprenticeshipCompletedOn`, which eligibility reads as 学徒期满): the enterprise's record is
 * written there in the same transaction, so the two never say different things.
 */
export async function completeApprenticeship({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof CompleteApprenticeshipBody> }) {
  const [current] = await ctx.db.select().from(apprenticeships).where(eq(apprenticeships.id, id));
  if (!current) throw notFound('apprenticeship');
  assertAllowed(appointmentPolicy(ctx.actor, 'write', await loadAppointingInstitution(ctx.db, current.institutionId)));
  const { version, completedOn } = parseInput(CompleteApprenticeshipBody, input, ctx.locale);
  if (current.version !== version) throw staleVersion();
  if (current.completedOn) throw new AppError('CONFLICT', 'apprenticeship.alreadyCompleted', { date: current.completedOn });
  if (completedOn < current.startedOn) throw validation([{ field: 'completedOn', code: 'period', messageKey: 'apprenticeship.completedBeforeStart', params: { from: current.startedOn } }]);
  if (completedOn > shanghaiDate(ctx.now())) throw validation([{ field: 'completedOn', code: 'future', messageKey: 'apprenticeship.completedInFuture' }]);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(apprenticeships)
      .set({ completedOn, version: sql`${apprenticeships.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(apprenticeships.id, id), eq(apprenticeships.version, version)))
      .returning();
    if (!row) throw staleVersion();
    const [person] = await tx.db.select({ profile: persons.profile }).from(persons).where(eq(persons.id, current.personId)).for('update');
    const previous = person!.profile.apprenticeshipCompletedOn;
    if (previous !== completedOn) {
      await tx.db
        .update(persons)
        .set({ profile: { ...person!.profile, apprenticeshipCompletedOn: completedOn }, version: sql`${persons.version} + 1`, updatedAt: tx.now() })
        .where(eq(persons.id, current.personId));
    }
    const view = await apprenticeshipView(tx.db, id);
    await appendAudit(tx, { action: 'apprenticeship.completed', entityType: 'apprenticeship', entityId: id, before: current, after: view, detail: { completedOn, profileBefore: previous } });
    return view;
  });
}
