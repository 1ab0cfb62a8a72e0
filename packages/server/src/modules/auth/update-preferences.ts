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

/**
 * Saves the user's language (`null`: follow the browser) and, when given, the e-mail address
 * notifications are sent to (`null`: none).
 */
export async function updatePreferences({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof UpdatePreferencesBody> }) {
  assertAllowed(userPolicy(ctx.actor, 'updateSelf'));
  if (ctx.actor.kind !== 'user') return;
  const userId = ctx.actor.userId;
  const { locale, email, version } = parseInput(UpdatePreferencesBody, input, ctx.locale);
  const changes = { locale, ...(email !== undefined ? { email } : {}) };
  await withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select({ locale: users.locale, email: users.email }).from(users).where(eq(users.id, userId));
    // Compare-and-set on the version: of two concurrent saves from the same version, one lands.
    const updated = await tx.db
      .update(users)
      .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: tx.now() })
      .where(and(eq(users.id, userId), eq(users.version, version)))
      .returning({ version: users.version });
    if (!updated.length) throw staleVersion();
    const before = { locale: row?.locale ?? null, email: maskEmail(row?.email ?? null) };
    const after = { locale, email: email === undefined ? before.email : maskEmail(email) };
    const changed = [...(locale !== before.locale ? ['locale'] : []), ...(email !== undefined && email !== row?.email ? ['email'] : [])];
    await appendAudit(tx, { action: 'user.preferences_updated', entityType: 'user', entityId: userId, before, after, detail: { changed } });
  });
}

/**
 * `z***@example.com`: the audit trail keeps only masked personal information (its digests can be
 * matched against guesses); the field list in `detail` still says that the address changed.
 */
function maskEmail(email: string | null): string | null {
  if (email === null) return null;
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email.slice(0, 1)}***${email.slice(at)}` : '***';
}
