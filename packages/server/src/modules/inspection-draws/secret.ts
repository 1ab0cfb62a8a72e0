import { randomBytes } from 'node:crypto';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { openSecret, sealSecret } from '../../platform/crypto/seal-secret.ts';

/**
 * A fresh secret from the operating system's CSPRNG: 32 bytes (256 bits) written as one decimal
 * integer without leading zeros, the form the RFC 3797 key string takes it in (at most
 * SECRET_MAX_DIGITS digits). Its SHA-256 is the commitment: guessing it from the commitment
 * means searching 2^256 values.
 */
export function drawSecret(): string {
  return BigInt(`0x${randomBytes(32).toString('hex')}`).toString();
}

/** Bound to its task: a sealed secret copied onto another task does not open there. */
const purposeOf = (taskId: string) => `inspection-task-secret:${taskId}`;

export function sealDrawSecret(keyring: Keyring, taskId: string, secret: string): string {
  return sealSecret(keyring.signingMasterKey, purposeOf(taskId), secret);
}

/** The secret, or null when the sealed value does not open (altered, or sealed for another task or key). */
export function openDrawSecret(keyring: Keyring, taskId: string, sealed: string): string | null {
  try {
    return openSecret(keyring.signingMasterKey, purposeOf(taskId), sealed).toString('utf8');
  } catch {
    return null;
  }
}
