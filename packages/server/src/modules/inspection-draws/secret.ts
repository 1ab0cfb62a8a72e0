import { randomBytes } from 'node:crypto';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { openSecret, sealSecret } from '../../platform/crypto/seal-secret.ts';

/** The largest secret the published draw takes as one value: 30 decimal digits (`normalizeRandomValue`). */
const LIMIT = 10n ** 30n;
/** 13 bytes (104 bits) hold 20 × 10^30 with room to spare; values past that are drawn again, so every secret is equally likely. */
const ACCEPT = LIMIT * 20n;

/**
 * A fresh secret from the operating system's CSPRNG: a uniform integer below 10^30 (about 99.7
 * bits), written in decimal without leading zeros — the form the key string takes it in. Its
 * SHA-256 is the commitment; guessing it from the commitment means searching 2^99 values.
 */
export function drawSecret(): string {
  for (;;) {
    const n = BigInt(`0x${randomBytes(13).toString('hex')}`);
    if (n < ACCEPT) return (n % LIMIT).toString();
  }
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
