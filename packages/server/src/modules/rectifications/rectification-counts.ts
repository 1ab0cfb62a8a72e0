import { and, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { OPEN_RECTIFICATION_STATUSES, type IsoDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { rectificationOrders } from '../../platform/db/schema.ts';

/** Orders of an institution not yet accepted (open, answered and waiting, or reopened): what keeps a renewal back. */
export async function openRectificationCount(ctx: ServiceContext, institutionId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(rectificationOrders)
    .where(and(eq(rectificationOrders.institutionId, institutionId), inArray(rectificationOrders.status, [...OPEN_RECTIFICATION_STATUSES])));
  return row?.n ?? 0;
}

/**
 * Orders of an institution the daily check found overdue (since a day, when given), whatever
 * became of them after: a missed deadline counts against the institution (risk scoring).
 */
export async function overdueRectificationCount(ctx: ServiceContext, institutionId: string, { since }: { since?: IsoDate } = {}): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(rectificationOrders)
    .where(and(eq(rectificationOrders.institutionId, institutionId), isNotNull(rectificationOrders.overdueSince), since ? gte(rectificationOrders.overdueSince, since) : undefined));
  return row?.n ?? 0;
}
