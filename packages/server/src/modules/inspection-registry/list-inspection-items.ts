import { and, asc, eq, ilike, or } from 'drizzle-orm';
import { canReadInspectionItems, canWriteInspectionItems } from '@jiping/domain';
import { InspectionItemListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionItems } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { itemView, likePattern, loadItem } from './queries.ts';

/** 检查事项清单, in code order: every item (the city keeps tens of them), narrowed by state or a word of the code or name. */
export async function listInspectionItems({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InspectionItemListQuery> }) {
  assertAllowed(canReadInspectionItems(ctx.actor));
  const query = parseInput(InspectionItemListQuery, input, ctx.locale, 'query');
  const rows = await ctx.db
    .select()
    .from(inspectionItems)
    .where(
      and(
        query.active ? eq(inspectionItems.active, query.active === 'true') : undefined,
        query.q ? or(ilike(inspectionItems.code, likePattern(query.q)), ilike(inspectionItems.name, likePattern(query.q))) : undefined,
      ),
    )
    .orderBy(asc(inspectionItems.code));
  return { items: rows.map(itemView), canWrite: canWriteInspectionItems(ctx.actor).allowed };
}

export async function getInspectionItem({ ctx, id }: { ctx: ServiceContext; id: string }) {
  assertAllowed(canReadInspectionItems(ctx.actor));
  return itemView(await loadItem(ctx.db, id));
}
