import { randomInt, timingSafeEqual } from 'node:crypto';
import { IDENTITY_CODE } from '@jiping/domain';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { blindIndex, unseal } from '../../platform/crypto/pii.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { translate } from '../../platform/i18n/messages.ts';
import type { SmsSender } from '../../platform/sms/sms-sender.ts';

/** A fresh code and what is stored of it: a keyed hash bound to the claim, never the digits. */
export function newCode(keyring: Keyring, claimId: string): { code: string; hash: string } {
  const code = String(randomInt(0, 10 ** IDENTITY_CODE.digits)).padStart(IDENTITY_CODE.digits, '0');
  return { code, hash: codeHash(keyring, claimId, code) };
}

export function codeHash(keyring: Keyring, claimId: string, code: string): string {
  return blindIndex(keyring, 'identity_code', `${claimId}:${code}`);
}

export function codeMatches(keyring: Keyring, claimId: string, code: string, stored: string): boolean {
  const given = Buffer.from(codeHash(keyring, claimId, code), 'hex');
  const expected = Buffer.from(stored, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const codeExpiry = (now: Date) => new Date(now.getTime() + IDENTITY_CODE.ttlMinutes * 60_000);

/**
 * Sends the code to the phone on the person's record, after the claim has committed. A failed
 * send leaves the claim waiting (a new code can be asked for) and tells the candidate so.
 */
export async function sendCode(ctx: ServiceContext, sms: SmsSender, keyring: Keyring, phoneSealed: string, code: string): Promise<void> {
  const locale = ctx.locale;
  try {
    await sms.send({ to: unseal(keyring, 'phone', phoneSealed), text: translate('identity.smsText', locale, { code, minutes: String(IDENTITY_CODE.ttlMinutes) }) });
  } catch {
    throw new AppError('SERVICE_UNAVAILABLE', 'identity.smsFailed');
  }
}
