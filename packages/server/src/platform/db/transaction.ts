import type { Db } from './client.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Runs `fn` in a transaction, reusing the caller's when there is one, so use cases compose: an
 * approval that also writes audit rows commits or rolls back as one.
 */
export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  return ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db, inTransaction: true }));
}
