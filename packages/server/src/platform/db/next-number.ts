import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../context.ts';
import { rows } from './client.ts';

/**
 * The next number in a scope (`filing:310101:2026`), from its counter row. The upsert takes the
 * row lock, so concurrent transactions wanting the same scope queue behind each other: numbers
 * are consecutive and never repeat, and one handed to a transaction that rolls back is given
 * back with it. Call it as late as possible in the transaction, since the lock is held until
 * commit. Never derive numbers from `count(*)` or `max()`: two transactions see the same count.
 */
export async function nextNumber(tx: ServiceContext, scope: string): Promise<number> {
  return nextNumbers(tx, scope, 1);
}

/**
 * Reserves `count` consecutive numbers in a scope with one statement and returns the first
 * (the rest follow it): a batch numbered at once (a plan's admission tickets) takes one round
 * trip, under the same row lock and with the same guarantees as `nextNumber`.
 */
export async function nextNumbers(tx: ServiceContext, scope: string, count: number): Promise<number> {
  if (!tx.inTransaction) throw new Error('nextNumber must run inside withTransaction');
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer: ${count}`);
  const [row] = await rows<{ last: number }>(
    tx.db,
    sql`insert into number_counters (scope, last, updated_at) values (${scope}, ${count}, ${tx.now().toISOString()}::timestamptz)
        on conflict (scope) do update set last = number_counters.last + ${count}, updated_at = excluded.updated_at
        returning last`,
  );
  return Number(row!.last) - count + 1;
}
