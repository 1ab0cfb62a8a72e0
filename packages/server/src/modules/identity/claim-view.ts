import { IDENTITY_CODE } from '@jiping/domain';
import type { IdentityClaimView } from '@jiping/contracts';
import type { identityClaims } from '../../platform/db/schema.ts';
import type { SmsSender } from '../../platform/sms/sms-sender.ts';

export type ClaimRow = typeof identityClaims.$inferSelect;

export const smsChannelOf = (sms: SmsSender | null | undefined) => sms?.channel ?? 'none';

/** The candidate's own view of their claim: what they typed and where it stands, nothing from the record. */
export function toClaimView(claim: ClaimRow | null, { sms, linked }: { sms: SmsSender | null | undefined; linked: boolean }): IdentityClaimView {
  const smsChannel = smsChannelOf(sms);
  if (!claim) {
    return {
      status: linked ? 'verified' : 'none',
      id: null,
      claimedName: null,
      idNumberMasked: null,
      smsChannel,
      codeExpiresAt: null,
      attemptsLeft: null,
      resendAvailableAt: null,
      sendsLeft: null,
      decisionReason: '',
      createdAt: null,
      version: null,
    };
  }
  const code = claim.status === 'code_sent';
  return {
    status: claim.status,
    id: claim.id,
    claimedName: claim.claimedName,
    idNumberMasked: claim.idNumberMasked,
    smsChannel,
    codeExpiresAt: code && claim.codeExpiresAt ? claim.codeExpiresAt.toISOString() : null,
    attemptsLeft: code ? Math.max(0, IDENTITY_CODE.maxTries - claim.codeAttempts) : null,
    resendAvailableAt: code && claim.lastSentAt ? new Date(claim.lastSentAt.getTime() + IDENTITY_CODE.resendSeconds * 1000).toISOString() : null,
    sendsLeft: code ? Math.max(0, IDENTITY_CODE.maxSends - claim.codeSends) : null,
    decisionReason: claim.decisionReason,
    createdAt: claim.createdAt.toISOString(),
    version: claim.version,
  };
}
