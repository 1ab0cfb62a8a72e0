import { z } from 'zod';
import { IDENTITY_CLAIM_STATUSES } from '@jiping/domain';
import { RegisterPersonBody } from './people.ts';

/** A candidate claims to be a person by the identity on their card; the same fields an institution records. */
export const ClaimIdentityBody = RegisterPersonBody;

export const VerifyIdentityCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: '验证码应为 6 位数字' }),
});

/**
 * The candidate's own claim, as they see it: only what they typed themselves and where the claim
 * stands, never anything read from the person's record (not even the masked phone).
 */
export const IdentityClaimView = z.object({
  /** `none`: the account has not claimed an identity; `verified`: linked. */
  status: z.enum(['none', ...IDENTITY_CLAIM_STATUSES]),
  id: z.uuid().nullable(),
  claimedName: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  /** Where codes go: the development outbox page, the SMS gateway, or nowhere (in-person only). */
  smsChannel: z.enum(['outbox', 'gateway', 'none']),
  codeExpiresAt: z.string().nullable(),
  attemptsLeft: z.number().int().nullable(),
  resendAvailableAt: z.string().nullable(),
  sendsLeft: z.number().int().nullable(),
  decisionReason: z.string(),
  createdAt: z.string().nullable(),
  version: z.number().int().nullable(),
});
export type IdentityClaimView = z.infer<typeof IdentityClaimView>;

/** A claim waiting for confirmation in person, as the officer or institution at the counter sees it. */
export const PendingIdentityClaim = z.object({
  id: z.uuid(),
  status: z.enum(IDENTITY_CLAIM_STATUSES),
  claimedName: z.string(),
  idNumberMasked: z.string(),
  username: z.string(),
  accountName: z.string(),
  districtCodes: z.array(z.string()),
  createdAt: z.string(),
  decisionReason: z.string(),
  version: z.number().int(),
});
export type PendingIdentityClaim = z.infer<typeof PendingIdentityClaim>;

export const IdentityClaimQuery = z.strictObject({
  status: z.enum(['pending_in_person', 'verified', 'rejected']).default('pending_in_person'),
});

export const DecideIdentityClaimBody = z.strictObject({
  decision: z.enum(['confirm', 'reject']),
  reason: z.string().trim().min(1, { error: '请填写核验说明（如：已核对居民身份证原件）' }).max(500),
  version: z.number().int().min(1).max(2_147_483_647),
});

export const UnlinkAccountBody = z.strictObject({
  reason: z.string().trim().min(1, { error: '请填写解除绑定的原因' }).max(500),
});

export const SmsOutboxItem = z.object({ id: z.uuid(), toMasked: z.string(), body: z.string(), createdAt: z.string() });

export const PendingIdentityClaimList = z.object({ items: z.array(PendingIdentityClaim) });
export const IdentityClaimDecided = z.object({ id: z.uuid(), status: z.string(), version: z.number().int() });
export const UnlinkResult = z.object({ userId: z.uuid(), linked: z.boolean() });
export const SmsOutboxList = z.object({ items: z.array(SmsOutboxItem) });
