import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { conflict } from '../../platform/errors.ts';
import type { SmsSender } from '../../platform/sms/sms-sender.ts';
import { claimantId, loadOpenClaim } from './own-claim.ts';
import { toClaimView } from './claim-view.ts';

/**
 * The candidate cannot receive the code (a changed number, a record without one) and asks to be
 * confirmed in person instead: the code stops working and the claim waits at the counter.
 */
export async function requestInPerson({ ctx, sms }: { ctx: ServiceContext; sms: SmsSender | null | undefined }) {
  const userId = claimantId(ctx);
  return withTransaction(ctx, async (tx) => {
    const claim = await loadOpenClaim(tx, userId);
    if (claim.status !== 'code_sent') throw conflict('identity.noCodePending');
    const [updated] = await tx.db
      .update(identityClaims)
      .set({ status: 'pending_in_person', codeHash: null, codeExpiresAt: null, version: sql`${identityClaims.version} + 1`, updatedAt: tx.now() })
      .where(eq(identityClaims.id, claim.id))
      .returning();
    await appendAudit(tx, { action: 'identity.in_person_requested', entityType: 'identity_claim', entityId: claim.id });
    return toClaimView(updated!, { sms, linked: false });
  });
}
