import { desc, inArray, or, eq, sql } from 'drizzle-orm';
import { UNAUTHENTICATED, type Actor } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { notifications } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { wordMessage } from '../../platform/i18n/messages.ts';

function institutionIdsOf(actor: Actor): string[] {
  return actor.kind === 'user' ? actor.grants.flatMap((g) => (g.role === 'institution_admin' ? [g.institutionId] : [])) : [];
}

/**
 * The notification centre: the user's own messages and those addressed to institutions they
 * administer, worded in the language of the request (the user's own setting first), so two
 * administrators of one institution each read its notifications in theirs. Rows written before
 * notifications kept their keys read as they were sent.
 */
export async function listNotifications({ ctx }: { ctx: ServiceContext }) {
  if (ctx.actor.kind !== 'user') assertAllowed(UNAUTHENTICATED);
  const actor = ctx.actor as Actor & { kind: 'user' };
  const institutionIds = institutionIdsOf(actor);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(or(eq(notifications.userId, actor.userId), institutionIds.length ? inArray(notifications.institutionId, institutionIds) : sql`false`))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ...(row.message ? wordMessage(row.message, ctx.locale) : { title: row.title ?? '', body: row.body ?? '' }),
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  }));
}
