import { and, desc, eq, lt } from 'drizzle-orm';
import { auditPolicy } from '@jiping/domain';
import { AuditListQuery } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { auditEvents } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/cursor.ts';
import { parseInput } from '../../platform/parse-input.ts';

/** Newest first, keyset-paged by sequence number. */
export async function listAuditEvents({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof AuditListQuery> }) {
  assertAllowed(auditPolicy(ctx.actor, 'list'));
  const query = parseInput(AuditListQuery, input, ctx.locale);
  const after = decodeCursor<{ seq: number }>(query.cursor);
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(
      and(
        query.action ? eq(auditEvents.action, query.action) : undefined,
        query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
        after ? lt(auditEvents.seq, Number(after.seq)) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...row, at: row.at.toISOString() })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ seq: last.seq }) : null,
  };
}
