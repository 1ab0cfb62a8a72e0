import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { sessions } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { isWellFormedToken, sessionIdOf } from '../../platform/auth/session-token.ts';

/** Ends the session behind the cookie. Signing out twice is not an error. */
export async function logout({ ctx, token }: { ctx: ServiceContext; token: string | undefined }): Promise<void> {
  if (!token || !isWellFormedToken(token)) return;
  await withTransaction(ctx, async (tx) => {
    const removed = await tx.db
      .delete(sessions)
      .where(eq(sessions.id, sessionIdOf(token)))
      .returning({ userId: sessions.userId });
    const [session] = removed;
    if (!session) return;
    await appendAudit(tx, { action: 'auth.logout', entityType: 'user', entityId: session.userId });
  });
}
