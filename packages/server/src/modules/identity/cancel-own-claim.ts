import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import type { SmsSender } from '../../platform/sms/sms-sender.ts';
import { claimantId, loadOpenClaim } from './own-claim.ts';
import { toClaimView } from './claim-view.ts';

/** The candidate withdraws a claim still waiting for proof (a wrong ID typed, say); a link, once made, is an officer's to undo. */
export async function cancelOwnClaim({ ctx, sms }: { ctx: ServiceContext; sms: SmsSender | null | undefined }) {
  const userId = claimantId(ctx);
  return withTransaction(ctx, async (tx) => {
    const claim = await loadOpenClaim(tx, userId);
    await tx.db
      .update(identityClaims)
      .set({ status: 'cancelled', codeHash: null, codeExpiresAt: null, version: sql`${identityClaims.version} + 1`, updatedAt: tx.now() })
      .where(eq(identityClaims.id, claim.id));
    await appendAudit(tx, { action: 'identity.claim_cancelled', entityType: 'identity_claim', entityId: claim.id });
    return toClaimView(null, { sms, linked: false });
  });
}
