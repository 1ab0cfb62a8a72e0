import { desc } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { smsOutbox } from '../../platform/db/schema.ts';

/** The development outbox, newest first: where demo verification codes are read instead of on a phone. */
export async function listSmsOutbox({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db.select().from(smsOutbox).orderBy(desc(smsOutbox.createdAt), desc(smsOutbox.id)).limit(50);
  return { items: rows.map((row) => ({ id: row.id, toMasked: row.toMasked, body: row.body, createdAt: row.createdAt.toISOString() })) };
}
