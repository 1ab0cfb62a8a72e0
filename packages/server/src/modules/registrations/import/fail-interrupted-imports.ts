import { and, eq, lt } from 'drizzle-orm';
import type { ServiceContext } from '../../../platform/context.ts';
import { registrationImports } from '../../../platform/db/schema.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { importProgress } from './progress.ts';

/** Far longer than the largest file takes (100 000 rows import in a few minutes). */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * An import whose server stopped mid-way rolled back with it, but its row still says
 * "running". After an hour it is marked failed, so the clerk sees to upload again (with a
 * new key) instead of a progress bar that never moves.
 */
export async function failInterruptedImports(ctx: ServiceContext) {
  const cutoff = new Date(ctx.now().getTime() - STALE_AFTER_MS);
  const stale = await ctx.db
    .select({ id: registrationImports.id })
    .from(registrationImports)
    .where(and(eq(registrationImports.status, 'running'), lt(registrationImports.createdAt, cutoff)));
  let failed = 0;
  for (const { id } of stale) {
    if (importProgress.get(id)) continue;
    await withTransaction(ctx, async (tx) => {
      const message = translate('import.interrupted', 'zh-CN');
      const updated = await tx.db
        .update(registrationImports)
        .set({ status: 'failed', message, finishedAt: tx.now() })
        .where(and(eq(registrationImports.id, id), eq(registrationImports.status, 'running')))
        .returning({ id: registrationImports.id });
      if (!updated.length) return;
      failed += 1;
      await appendAudit(tx, { action: 'registration.import_failed', entityType: 'registration_import', entityId: id, detail: { message } });
    });
  }
  return { failed };
}
