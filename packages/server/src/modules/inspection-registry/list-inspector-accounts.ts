import { and, asc, eq, gt, ilike, isNull, or } from 'drizzle-orm';
import { canAddInspectors } from '@jiping/domain';
import { InspectorAccountQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectors, userGrants, users } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { likePattern } from './queries.ts';

/** Accounts with the inspector role that no registry entry names yet, searched on the server and paged: the inspector form's account picker. */
export async function listInspectorAccounts({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof InspectorAccountQuery> }) {
  assertAllowed(canAddInspectors(ctx.actor));
  const query = parseInput(InspectorAccountQuery, input, ctx.locale, 'query');
  const after = decodeCursor<{ username: string }>(query.cursor);
  const rows = await ctx.db
    .selectDistinct({ username: users.username, displayName: users.displayName })
    .from(users)
    .innerJoin(userGrants, and(eq(userGrants.userId, users.id), eq(userGrants.role, 'inspector')))
    .leftJoin(inspectors, eq(inspectors.userId, users.id))
    .where(
      and(
        isNull(inspectors.id),
        eq(users.status, 'active'),
        query.q ? or(ilike(users.username, likePattern(query.q)), ilike(users.displayName, likePattern(query.q))) : undefined,
        after ? gt(users.username, String(after.username)) : undefined,
      ),
    )
    .orderBy(asc(users.username))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit);
  return { items, nextCursor: rows.length > query.limit ? encodeCursor({ username: items.at(-1)!.username }) : null };
}
