import { eq } from 'drizzle-orm';
import { actorUserId, nextRegistrationStatus, registrationPolicy, type RegistrationStatus } from '@jiping/domain';
import { ReviewBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { registrations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadPlanForRegistration } from './admission-inputs.ts';
import { notifyApplicant } from './notify-applicant.ts';
import { registrationFacts, registrationSelect, toRegistrationView } from './registration-view.ts';

/**
 * The institution's decision (谁评价、谁负责). Rejecting always needs a reason the candidate will
 * read. Admitting someone the engine found ineligible is an override: it needs a reason and
 * stays flagged on the application for supervisors, whatever happens to it later.
 */
export async function reviewRegistration({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof ReviewBody> }) {
  const body = parseInput(ReviewBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [joined] = await registrationSelect(tx.db).where(eq(registrations.id, id)).for('update', { of: registrations });
    if (!joined) throw notFound('registration');
    const row = joined.registration;
    assertAllowed(registrationPolicy(tx.actor, 'review', registrationFacts(row, joined.examStart, tx.now())));
    if (row.version !== body.version) throw staleVersion();
    const override = body.decision === 'admit' && !row.admissible;
    if ((body.decision === 'reject' || override) && !body.reason) {
      throw validation([{ field: 'reason', code: 'required', messageKey: override ? 'registration.overrideReason' : 'registration.rejectReason' }]);
    }
    // The policy has checked the state against the same table.
    const status = nextRegistrationStatus(row.status, body.decision === 'admit' ? 'admit' : 'reject') as RegistrationStatus;
    const [updated] = await tx.db
      .update(registrations)
      .set({
        status,
        overridden: override,
        reviewReason: body.reason,
        reviewedBy: actorUserId(tx.actor),
        reviewedAt: tx.now(),
        version: row.version + 1,
        updatedAt: tx.now(),
      })
      .where(eq(registrations.id, id))
      .returning();
    await appendAudit(tx, {
      action: override ? 'registration.overridden' : `registration.${status}`,
      entityType: 'registration',
      entityId: id,
      before: { status: row.status, version: row.version },
      after: { status, version: updated!.version, overridden: override },
      detail: { reason: body.reason, admissible: row.admissible },
    });
    const target = await loadPlanForRegistration(tx.db, row.planId);
    await notifyApplicant(tx, updated!, target, joined.personName);
    return toRegistrationView(tx.actor, { ...joined, registration: updated! }, tx.now());
  });
}
