import { and, asc, gt, ilike, inArray, or } from 'drizzle-orm';
import { userPolicy } from '@jiping/domain';
import { UserListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { userGrants, users } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { toGrant } from '../../platform/auth/load-actor.ts';
import { grantView, institutionNames } from '../auth/index.ts';

/** Accounts with their roles and scopes, for the city's user administration. */
export async function listUsers({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof UserListQuery> }) {
  assertAllowed(userPolicy(ctx.actor, 'list'));
  const query = parseInput(UserListQuery, input, ctx.locale);
  const after = decodeCursor<{ username: string }>(query.cursor);
  const like = query.q ? `%${query.q.replace(/[\\%_]/g, '\\$&')}%` : null;
  const rows = await ctx.db
    .select()
    .from(users)
    .where(and(like ? or(ilike(users.username, like), ilike(users.displayName, like)) : undefined, after ? gt(users.username, String(after.username)) : undefined))
    .orderBy(asc(users.username))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const grantRows = page.length
    ? await ctx.db
        .select()
        .from(userGrants)
        .where(
          inArray(
            userGrants.userId,
            page.map((user) => user.id),
          ),
        )
    : [];
  const grants = grantRows.map((row) => ({ userId: row.userId, grant: toGrant(row) }));
  const names = await institutionNames(
    ctx.db,
    grants.map((entry) => entry.grant),
  );
  const items = page.map((user) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    status: user.status,
    lockedUntil: user.lockedUntil && user.lockedUntil > ctx.now() ? user.lockedUntil.toISOString() : null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    grants: grants.filter((entry) => entry.userId === user.id).map((entry) => grantView(entry.grant, names, ctx.locale)),
  }));
  const last = page.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ username: last.username }) : null };
}
