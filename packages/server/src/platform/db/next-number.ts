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
  if (!tx.inTransaction) throw new Error('nextNumber must run inside withTransaction');
  const [row] = await rows<{ last: number }>(
    tx.db,
    sql`insert into number_counters (scope, last, updated_at) values (${scope}, 1, ${tx.now().toISOString()}::timestamptz)
        on conflict (scope) do update set last = number_counters.last + 1, updated_at = excluded.updated_at
        returning last`,
  );
  return Number(row!.last);
}
