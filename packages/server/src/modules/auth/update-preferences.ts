import { and, eq, sql } from 'drizzle-orm';
import { userPolicy } from '@jiping/domain';
import { UpdatePreferencesBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { users } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, staleVersion } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';

/** Saves the user's language; `null` means "follow the browser". */
export async function updatePreferences({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof UpdatePreferencesBody> }) {
  assertAllowed(userPolicy(ctx.actor, 'updateSelf'));
  if (ctx.actor.kind !== 'user') return;
  const userId = ctx.actor.userId;
  const { locale, version } = parseInput(UpdatePreferencesBody, input, ctx.locale);
  await withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
    // Compare-and-set on the version: of two concurrent saves from the same version, one lands.
    const updated = await tx.db
      .update(users)
      .set({ locale, version: sql`${users.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(users.id, userId), eq(users.version, version)))
      .returning({ version: users.version });
    if (!updated.length) throw staleVersion();
    await appendAudit(tx, { action: 'user.preferences_updated', entityType: 'user', entityId: userId, before, after: { locale } });
  });
}
