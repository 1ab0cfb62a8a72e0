import { sql } from 'drizzle-orm';
import { SHANGHAI_DISTRICTS } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { districts } from '../platform/db/schema.ts';
import { withTransaction } from '../platform/db/transaction.ts';
import { appendAudit } from '../platform/audit/append-audit.ts';

/**
 * Reference data every installation needs (the districts are what territorial rules hang on).
 * Idempotent: rows already present are left as they are, and only real inserts are audited.
 */
export async function loadReferenceData(ctx: ServiceContext): Promise<number> {
  return withTransaction(ctx, async (tx) => {
    const inserted = await tx.db
      .insert(districts)
      .values(SHANGHAI_DISTRICTS.map((district, index) => ({ ...district, sort: index + 1 })))
      .onConflictDoNothing()
      .returning({ code: districts.code });
    if (inserted.length) {
      await appendAudit(tx, {
        action: 'reference.districts_loaded',
        entityType: 'district',
        after: inserted.map((row) => row.code),
        detail: { count: inserted.length },
      });
    }
    return inserted.length;
  });
}

export async function countDistricts(ctx: ServiceContext): Promise<number> {
  const [row] = await ctx.db.select({ count: sql<number>`count(*)::int` }).from(districts);
  return row?.count ?? 0;
}
