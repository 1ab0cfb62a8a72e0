import type { Db } from './client.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Runs `fn` in a transaction, reusing the caller's when there is one, so use cases compose: an
 * approval that also writes audit rows commits or rolls back as one.
 *
 * Callbacks registered with `tx.afterCommit` run once the outermost transaction has committed,
 * and not at all when it rolls back: that is how a side effect outside the database (waking mail
 * delivery) only ever follows a change that is really there.
 */
export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  const committed: Array<() => void> = [];
  const result = await ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db, inTransaction: true, afterCommit: (callback) => void committed.push(callback) }));
  for (const callback of committed) {
    try {
      callback();
    } catch (error) {
      // The transaction has committed; a failing follow-up must not turn it into an error reply.
      process.emitWarning(`afterCommit callback failed: ${(error as Error).message}`);
    }
  }
  return result;
}
