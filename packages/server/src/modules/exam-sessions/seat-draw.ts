import { createHmac, randomBytes } from 'node:crypto';
import { fisherYates } from '@jiping/domain';

/** A new seed for a seat draw: 32 bytes from the operating system's CSPRNG, as 64 hex digits. */
export function newSeatSeed(): string {
  return randomBytes(32).toString('hex');
}

const SPAN = 2 ** 48;

/**
 * Uniform integers in [0, n) from a seed, reproducible by anyone who holds it:
 * the k-th draw (k = 0, 1, 2, …, one counter for the whole sequence) is
 * HMAC-SHA256(key = the seed's 32 bytes, message = k written in decimal ASCII); its first six
 * bytes, big-endian, are an integer u below 2^48; u is used when u < n·⌊2^48/n⌋ (as u mod n),
 * and otherwise discarded and the next counter drawn, so no value is favoured (no modulo bias).
 */
export function seededRandomBelow(seed: string): (n: number) => number {
  if (!/^[0-9a-f]{64}$/.test(seed)) throw new Error('a seat seed is 64 hex digits');
  const key = Buffer.from(seed, 'hex');
  let counter = 0;
  return (n: number) => {
    if (!Number.isInteger(n) || n < 1 || n > SPAN) throw new RangeError(`cannot draw below ${n}`);
    const limit = n * Math.floor(SPAN / n);
    for (;;) {
      const u = createHmac('sha256', key).update(String(counter++)).digest().readUIntBE(0, 6);
      if (u < limit) return u % n;
    }
  };
}

/**
 * The seat order of a draw: Fisher–Yates (domain `fisherYates`) over the candidates sorted by
 * ticket number, driven by the seed. The same seed and the same list give the same order.
 */
export function drawSeatOrder<T extends { ticketNumber: string }>(candidates: readonly T[], seed: string): T[] {
  const sorted = [...candidates].sort((a, b) => (a.ticketNumber < b.ticketNumber ? -1 : a.ticketNumber > b.ticketNumber ? 1 : 0));
  return fisherYates(sorted, seededRandomBelow(seed));
}
