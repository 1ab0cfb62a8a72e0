import { eq, sql } from 'drizzle-orm';
import { IDENTITY_CODE } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims, persons } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { SmsSender } from '../../platform/sms/sms-sender.ts';
import { codeExpiry, newCode, sendCode } from './one-time-code.ts';
import { claimantId, loadOpenClaim } from './own-claim.ts';
import { toClaimView } from './claim-view.ts';

/** A new code (the old one stops working), at most once a minute and a few times per claim. */
export async function resendIdentityCode({ ctx, keyring, sms }: { ctx: ServiceContext; keyring: Keyring; sms: SmsSender | null | undefined }) {
  const userId = claimantId(ctx);
  if (!sms) throw conflict('identity.noCodePending');
  const outcome = await withTransaction(ctx, async (tx) => {
    const claim = await loadOpenClaim(tx, userId);
    if (claim.status !== 'code_sent') throw conflict('identity.noCodePending');
    if (claim.codeSends >= IDENTITY_CODE.maxSends) throw new AppError('TOO_MANY_REQUESTS', 'identity.resendLimit');
    const wait = claim.lastSentAt ? Math.ceil((claim.lastSentAt.getTime() + IDENTITY_CODE.resendSeconds * 1000 - tx.now().getTime()) / 1000) : 0;
    if (wait > 0) throw new AppError('TOO_MANY_REQUESTS', 'identity.resendTooSoon', { seconds: String(wait) });
    const [person] = await tx.db.select({ phoneSealed: persons.phoneSealed }).from(persons).where(eq(persons.id, claim.personId));
    if (!person?.phoneSealed) throw conflict('identity.noCodePending');
    const fresh = newCode(keyring, claim.id);
    const [updated] = await tx.db
      .update(identityClaims)
      .set({ codeHash: fresh.hash, codeExpiresAt: codeExpiry(tx.now()), codeAttempts: 0, codeSends: sql`${identityClaims.codeSends} + 1`, lastSentAt: tx.now(), updatedAt: tx.now() })
      .where(eq(identityClaims.id, claim.id))
      .returning();
    await appendAudit(tx, { action: 'identity.code_resent', entityType: 'identity_claim', entityId: claim.id, detail: { sends: updated!.codeSends } });
    return { claim: updated!, code: fresh.code, phoneSealed: person.phoneSealed };
  });
  await sendCode(ctx, sms, keyring, outcome.phoneSealed, outcome.code);
  return toClaimView(outcome.claim, { sms, linked: false });
}
