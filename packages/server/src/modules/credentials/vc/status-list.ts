import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * W3C Bitstring Status List v1.0: a bitstring of at least 131 072 bits (16 KB, so one holder's
 * position says nothing about how many certificates there are), GZIP-compressed and written as a
 * multibase base64url string ('u' prefix, no padding). Bit 0 is the left-most (most significant)
 * bit of the first byte; a set bit means the credential at that index is revoked.
 */
export const STATUS_LIST_MIN_BITS = 131_072;

/** The list's length for a highest index: the minimum, grown in whole minimums. */
export function statusListLength(highestIndex: number): number {
  return Math.max(1, Math.ceil((highestIndex + 1) / STATUS_LIST_MIN_BITS)) * STATUS_LIST_MIN_BITS;
}

export function encodeStatusList(setIndexes: Iterable<number>, lengthBits = STATUS_LIST_MIN_BITS): string {
  if (lengthBits % 8 !== 0 || lengthBits < STATUS_LIST_MIN_BITS) throw new RangeError(`status list length ${lengthBits} must be a multiple of 8 of at least ${STATUS_LIST_MIN_BITS}`);
  const bytes = new Uint8Array(lengthBits / 8);
  for (const index of setIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= lengthBits) throw new RangeError(`status list index ${index} is outside 0–${lengthBits - 1}`);
    bytes[index >> 3]! |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

export function decodeStatusList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  return new Uint8Array(gunzipSync(Buffer.from(encodedList.slice(1), 'base64url')));
}

/** The bit at an index, or null when the list is too short to hold it. */
export function statusBit(bits: Uint8Array, index: number): boolean | null {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) return null;
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}
