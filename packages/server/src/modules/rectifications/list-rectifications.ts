import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { canListSupervisionRequests, RECTIFICATION_AWAITING_INSTITUTION, shanghaiDate } from '@jiping/domain';
import { RectificationListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { rectificationOrders } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeInstantCursor, encodeInstantCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { followUpScopeWhere } from './follow-up-facts.ts';
import { orderSummaries } from './rectification-view.ts';

/** Overdue now: the institution still owes its answer and the deadline has passed. */
export const overdueNow = (today: string) => and(inArray(rectificationOrders.status, [...RECTIFICATION_AWAITING_INSTITUTION]), lt(rectificationOrders.deadline, today));

/**
 * Rectification orders the reader may see (the institution its own, an inspector those of the
 * inspections assigned to them, officers their department's and district's, the city all),
 * filtered by status, overdue, district, institution or inspection; newest first, keyset-paged.
 */
export async function listRectifications({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof RectificationListQuery> }) {
  assertAllowed(canListSupervisionRequests(ctx.actor));
  const query = parseInput(RectificationListQuery, input, ctx.locale);
  const after = decodeInstantCursor(query.cursor);
  const today = shanghaiDate(ctx.now());
  const where = and(
    followUpScopeWhere(ctx.actor, { institutionId: rectificationOrders.institutionId, districtCode: rectificationOrders.districtCode, inspectionId: rectificationOrders.inspectionId }),
    query.status ? eq(rectificationOrders.status, query.status) : undefined,
    query.overdue === 'true' ? overdueNow(today) : query.overdue === 'false' ? sql`not (${overdueNow(today)})` : undefined,
    query.district ? eq(rectificationOrders.districtCode, query.district) : undefined,
    query.institutionId ? eq(rectificationOrders.institutionId, query.institutionId) : undefined,
    query.inspectionId ? eq(rectificationOrders.inspectionId, query.inspectionId) : undefined,
    after ? or(lt(rectificationOrders.createdAt, after.at), and(eq(rectificationOrders.createdAt, after.at), lt(rectificationOrders.id, after.id))) : undefined,
  );
  const rows = await orderSummaries(ctx, where, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > query.limit && last ? encodeInstantCursor(new Date(last.createdAt), last.id) : null };
}
