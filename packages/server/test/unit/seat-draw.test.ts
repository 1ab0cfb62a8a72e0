import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { distributeSeats } from '@jiping/domain';
import { drawSeatOrder, newSeatSeed, seededRandomBelow } from '../../src/modules/exam-sessions/seat-draw.ts';

const candidates = Array.from({ length: 30 }, (_, i) => ({ registrationId: `r${i}`, ticketNumber: `ZK20261501${String(i + 1).padStart(5, '0')}` }));

/**
 * The draw as docs/domain.md describes it, written out again from the text alone: someone who
 * holds the seed and the ticket list redraws the seats with this, without the platform's code.
 */
function redrawFromTheDescription(seed: string, tickets: string[]): string[] {
  const list = [...tickets].sort();
  let counter = 0;
  const below = (n: number) => {
    for (;;) {
      const mac = createHmac('sha256', Buffer.from(seed, 'hex')).update(String(counter++)).digest();
      const u = mac.readUIntBE(0, 6);
      if (u < n * Math.floor(2 ** 48 / n)) return u % n;
    }
  };
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = below(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

describe('seat draw from a recorded seed', () => {
  test('the same seed and list redraw the same order, whatever order the list arrives in', () => {
    const seed = newSeatSeed();
    const first = drawSeatOrder(candidates, seed).map((c) => c.ticketNumber);
    const again = drawSeatOrder([...candidates].reverse(), seed).map((c) => c.ticketNumber);
    assert.deepEqual(again, first);
  });

  test('an independent redraw from the documented procedure gives the same seats', () => {
    for (let i = 0; i < 20; i += 1) {
      const seed = newSeatSeed();
      const drawn = drawSeatOrder(candidates, seed).map((c) => c.ticketNumber);
      assert.deepEqual(
        drawn,
        redrawFromTheDescription(
          seed,
          candidates.map((c) => c.ticketNumber),
        ),
      );
    }
  });

  test('the order is a permutation, and different seeds give different orders', () => {
    const orders = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      const order = drawSeatOrder(candidates, newSeatSeed()).map((c) => c.ticketNumber);
      assert.deepEqual([...order].sort(), candidates.map((c) => c.ticketNumber).sort());
      orders.add(order.join());
    }
    assert.equal(orders.size, 50);
  });

  test('every candidate is about equally likely to get seat 1 (no modulo bias worth a test to find)', () => {
    const three = candidates.slice(0, 3);
    const firsts = new Map<string, number>();
    for (let i = 0; i < 3000; i += 1) {
      const first = drawSeatOrder(three, newSeatSeed())[0]!.ticketNumber;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const count of firsts.values()) assert.ok(count > 850 && count < 1150, `seat 1 went ${count} times of 3000 to one of three`);
  });

  test('the sequence of draws is the HMAC of the counter; a malformed seed is refused', () => {
    const seed = 'ab'.repeat(32);
    const below = seededRandomBelow(seed);
    const expected = createHmac('sha256', Buffer.from(seed, 'hex')).update('0').digest().readUIntBE(0, 6) % 7;
    assert.equal(below(7), expected);
    assert.throws(() => seededRandomBelow('not hex'), /64 hex digits/);
  });

  test('seats fill sessions in session order', () => {
    const order = drawSeatOrder(candidates.slice(0, 7), newSeatSeed());
    const { seats, shortage } = distributeSeats(order, [
      { id: 'morning', capacity: 5 },
      { id: 'afternoon', capacity: 5 },
    ]);
    assert.equal(shortage, 0);
    assert.deepEqual(
      seats.map((s) => [s.sessionId, s.seatNumber, s.candidate.ticketNumber]),
      order.map((c, i) => [i < 5 ? 'morning' : 'afternoon', i < 5 ? i + 1 : i - 4, c.ticketNumber]),
    );
  });
});
