import { md5 } from '@noble/hashes/legacy';

/**
 * The selection primitive of RFC 3797 ("Publicly Verifiable Nominations Committee Random
 * Selection", §4), exactly as published, so anyone can check a pick with the RFC's own reference
 * code:
 *
 * - the **key string** is made from the random sources in their announced order: within a source
 *   the numeric values are sorted ascending, each written in decimal without leading zeros and
 *   followed by ".", and the source is closed by "/" (e.g. `9319./2.5.8.10.12./9.18.26.34.41.45./`);
 * - the i-th pick (i = 0, 1, 2, …) is MD5 of the two-byte big-endian i, the key string and the
 *   two bytes of i again, read as a 128-bit unsigned integer, modulo the number of items not yet
 *   picked; the item at that position of the remaining list (kept in its published order) is
 *   taken out of it.
 */

/** A source's values: non-negative integers, as decimal strings or bigints. */
export type RandomSource = ReadonlyArray<string | bigint>;

/** Thrown for a value no key string can hold: the caller checked its input before, so this is a programming error. */
export class RandomSourceError extends Error {}

function canonicalInteger(value: string | bigint): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new RandomSourceError('a random value is a non-negative integer');
    return value;
  }
  if (!/^\d{1,200}$/.test(value)) throw new RandomSourceError(`not a non-negative integer: ${value}`);
  return BigInt(value);
}

/** The RFC 3797 key string of the sources, in the order given. */
export function rfc3797KeyString(sources: readonly RandomSource[]): string {
  return sources
    .map(
      (source) =>
        source
          .map(canonicalInteger)
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
          .map((n) => `${n.toString()}.`)
          .join('') + '/',
    )
    .join('');
}

const encoder = new TextEncoder();

/** MD5(i ‖ key ‖ i) with i as two bytes, big-endian: the RFC's pick digest. */
export function rfc3797Digest(key: string, index: number): Uint8Array {
  if (!Number.isInteger(index) || index < 0 || index > 0xffff) throw new RangeError('an RFC 3797 pick index is two bytes');
  const keyBytes = encoder.encode(key);
  const message = new Uint8Array(keyBytes.length + 4);
  message[0] = index >> 8;
  message[1] = index & 0xff;
  message.set(keyBytes, 2);
  message[keyBytes.length + 2] = index >> 8;
  message[keyBytes.length + 3] = index & 0xff;
  return md5(message);
}

/** The 128-bit big-endian integer of a digest modulo n, byte by byte (exact while n < 2^45). */
export function digestModulo(digest: Uint8Array, n: number): number {
  let remainder = 0;
  for (const byte of digest) remainder = (remainder * 256 + byte) % n;
  return remainder;
}

/** The most picks one key string can make: the index is two bytes. */
export const RFC3797_MAX_PICKS = 0x10000;

/**
 * Picks `count` of `poolSize` items with the key string: returns the 0-based positions, in the
 * order of the published list, in the order they were picked.
 *
 * The remaining list is kept as a Fenwick tree of the positions still in it, so finding the
 * item at a position and taking it out costs O(log n) rather than a splice of the whole list:
 * the picks are the RFC's, and a pool of 100 000 is drawn in linear time.
 */
export function rfc3797Select(poolSize: number, count: number, key: string): number[] {
  return rfc3797SelectAvoiding(poolSize, [], count, key);
}

/**
 * The same selection from the pool with some positions left out beforehand (`excluded`, sorted
 * ascending, no repeats): exactly as if the published list had been filtered first. Small pools
 * with few exclusions skip over the excluded positions; large ones use the Fenwick tree.
 */
export function rfc3797SelectAvoiding(poolSize: number, excluded: readonly number[], count: number, key: string): number[] {
  if (!Number.isInteger(poolSize) || poolSize < 0 || poolSize >= 2 ** 45) throw new RangeError('pool size out of range');
  const available = poolSize - excluded.length;
  if (!Number.isInteger(count) || count < 0 || count > available || count > RFC3797_MAX_PICKS) throw new RangeError('cannot pick that many');
  if (count <= 8) return selectBySkipping(available, excluded, count, key);
  return selectByTree(poolSize, excluded, count, key);
}

/** A few picks: walk the sorted removed positions to find the at-th position still in the list. */
function selectBySkipping(available: number, excluded: readonly number[], count: number, key: string): number[] {
  const removed = [...excluded];
  const picked: number[] = [];
  for (let i = 0; i < count; i += 1) {
    let position = digestModulo(rfc3797Digest(key, i), available - i);
    let at = 0;
    for (; at < removed.length && removed[at]! <= position; at += 1) position += 1;
    picked.push(position);
    removed.splice(at, 0, position);
  }
  return picked;
}

function selectByTree(poolSize: number, excluded: readonly number[], count: number, key: string): number[] {
  // tree[i] counts the positions still in the list among the Fenwick range ending at i (1-based).
  const tree = new Int32Array(poolSize + 1);
  for (let i = 1; i <= poolSize; i += 1) {
    tree[i]! += 1;
    const parent = i + (i & -i);
    if (parent <= poolSize) tree[parent]! += tree[i]!;
  }
  const remove = (position: number) => {
    for (let j = position + 1; j <= poolSize; j += j & -j) tree[j]! -= 1;
  };
  for (const position of excluded) remove(position);
  let top = 1;
  while (top * 2 <= poolSize) top *= 2;
  let remaining = poolSize - excluded.length;
  const picked: number[] = [];
  for (let i = 0; i < count; i += 1) {
    // The (at + 1)-th position still in the list: descend the tree from its highest power of two.
    let rest = digestModulo(rfc3797Digest(key, i), remaining) + 1;
    let position = 0;
    for (let step = top; step > 0; step >>= 1) {
      const next = position + step;
      if (next <= poolSize && tree[next]! < rest) {
        position = next;
        rest -= tree[next]!;
      }
    }
    picked.push(position);
    remove(position);
    remaining -= 1;
  }
  return picked;
}
