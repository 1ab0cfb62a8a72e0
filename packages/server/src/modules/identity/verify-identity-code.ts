import { eq, sql } from 'drizzle-orm';
import { IDENTITY_CODE } from '@jiping/domain';
import { VerifyIdentityCodeBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { identityClaims } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { SmsSender } from '../../platform/sms/sms-sender.ts';
import { codeMatches } from './one-time-code.ts';
import { claimantId, loadOpenClaim } from './own-claim.ts';
import { linkAccount } from './claim-identity.ts';
import { toClaimView } from './claim-view.ts';

/**
 * The code from the phone on the person's record proves the claim and links the account. A wrong
 * code counts against the claim even though the request fails (the count must survive the
 * refusal, or five tries would be endless); the fifth ends the code.
 */
export async function verifyIdentityCode({ ctx, keyring, sms, input }: { ctx: ServiceContext; keyring: Keyring; sms: SmsSender | null | undefined; input: z.input<typeof VerifyIdentityCodeBody> }) {
  const userId = claimantId(ctx);
  const { code } = parseInput(VerifyIdentityCodeBody, input, ctx.locale);
  const outcome = await withTransaction(ctx, async (tx) => {
    const claim = await loadOpenClaim(tx, userId);
    if (claim.status !== 'code_sent' || !claim.codeHash) return { refusal: new AppError('CONFLICT', 'identity.noCodePending') };
    if (claim.codeAttempts >= IDENTITY_CODE.maxTries) return { refusal: new AppError('CONFLICT', 'identity.codeExhausted') };
    if (!claim.codeExpiresAt || claim.codeExpiresAt <= tx.now()) return { refusal: new AppError('CONFLICT', 'identity.codeExpired', { minutes: String(IDENTITY_CODE.ttlMinutes) }) };
    if (!codeMatches(keyring, claim.id, code, claim.codeHash)) {
      const [counted] = await tx.db
        .update(identityClaims)
        .set({ codeAttempts: sql`${identityClaims.codeAttempts} + 1`, updatedAt: tx.now() })
        .where(eq(identityClaims.id, claim.id))
        .returning({ attempts: identityClaims.codeAttempts });
      await appendAudit(tx, { action: 'identity.code_wrong', entityType: 'identity_claim', entityId: claim.id, detail: { attempts: counted!.attempts } });
      const left = IDENTITY_CODE.maxTries - counted!.attempts;
      return {
        refusal:
          left > 0
            ? new AppError('VALIDATION', 'identity.codeWrong', { left: String(left) }, [{ field: 'code', code: 'wrong', messageKey: 'identity.codeWrong', params: { left: String(left) } }])
            : new AppError('CONFLICT', 'identity.codeExhausted'),
      };
    }
    await linkAccount(tx, userId, claim.personId);
    const [verified] = await tx.db
      .update(identityClaims)
      .set({ status: 'verified', codeHash: null, decidedAt: tx.now(), version: sql`${identityClaims.version} + 1`, updatedAt: tx.now() })
      .where(eq(identityClaims.id, claim.id))
      .returning();
    await appendAudit(tx, { action: 'identity.linked', entityType: 'user', entityId: userId, after: { personId: claim.personId }, detail: { method: 'sms_code', claimId: claim.id } });
    return { verified: verified! };
  });
  if ('refusal' in outcome) throw outcome.refusal;
  return toClaimView(outcome.verified, { sms, linked: true });
}
