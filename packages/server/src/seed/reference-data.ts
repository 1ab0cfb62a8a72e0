import { sql } from 'drizzle-orm';
import { SHANGHAI_DISTRICTS } from '@jiping/domain';
import type { ServiceContext } from '../platform/context.ts';
import { districts } from '../platform/db/schema.ts';
import { withTransaction } from '../platform/db/transaction.ts';
import { appendAudit } from '../platform/audit/append-audit.ts';
import { loadOfficialCalendar } from './official-calendar.ts';

/**
 * Reference data every installation needs, loaded at every start: the districts (what territorial
 * rules hang on) and the official holiday arrangement (what working-day deadlines count through).
 * Idempotent: rows already present are left as they are, and only real changes are audited.
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
    await loadOfficialCalendar(tx);
    return inserted.length;
  });
}

export async function countDistricts(ctx: ServiceContext): Promise<number> {
  const [row] = await ctx.db.select({ count: sql<number>`count(*)::int` }).from(districts);
  return row?.count ?? 0;
}
