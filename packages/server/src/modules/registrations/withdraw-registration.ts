import { eq } from 'drizzle-orm';
import { nextRegistrationStatus, registrationPolicy } from '@jiping/domain';
import type { z } from 'zod';
import { WithdrawBody } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { registrations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { registrationFacts, registrationSelect, toRegistrationView } from './registration-view.ts';

/** Before the exam the candidate (or the institution for them) may withdraw; they may apply again. */
export async function withdrawRegistration({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof WithdrawBody> }) {
  const body = parseInput(WithdrawBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [joined] = await registrationSelect(tx.db).where(eq(registrations.id, id)).for('update', { of: registrations });
    if (!joined) throw notFound('registration');
    const row = joined.registration;
    assertAllowed(registrationPolicy(tx.actor, 'withdraw', registrationFacts(row, joined.examStart, tx.now())));
    if (row.version !== body.version) throw staleVersion();
    const [updated] = await tx.db
      .update(registrations)
      .set({ status: nextRegistrationStatus(row.status, 'withdraw')!, version: row.version + 1, updatedAt: tx.now() })
      .where(eq(registrations.id, id))
      .returning();
    await appendAudit(tx, {
      action: 'registration.withdrawn',
      entityType: 'registration',
      entityId: id,
      before: { status: row.status },
      after: { status: updated!.status, version: updated!.version },
    });
    return toRegistrationView(tx.actor, { ...joined, registration: updated! }, tx.now());
  });
}
