import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Database } from '../../../platform/db/client.ts';
import { registrationImportRows, registrationImports } from '../../../platform/db/schema.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import { translate } from '../../../platform/i18n/messages.ts';

/**
 * An import whose process stopped mid-way wrote nothing to the real tables (they are written by
 * its one closing transaction), but its row still says "running". Any 'running' import whose
 * runner process is no longer alive is marked failed, so the clerk sees to upload again (with a
 * new key) instead of a progress bar that never moves; its staged rows go. Run when the server
 * starts, before it answers, and hourly for processes that die elsewhere.
 */
export async function failInterruptedImports(ctx: ServiceContext, database: Pick<Database, 'liveRunners'>) {
  const running = await ctx.db.select({ id: registrationImports.id, runner: registrationImports.runner }).from(registrationImports).where(eq(registrationImports.status, 'running'));
  const alive = await database.liveRunners([...new Set(running.flatMap((r) => (r.runner === null ? [] : [r.runner])))]);
  let failed = 0;
  for (const { id, runner } of running) {
    if (runner !== null && alive.has(runner)) continue;
    await withTransaction(ctx, async (tx) => {
      const message = translate('import.interrupted', 'zh-CN');
      // Compare-and-set on the runner too: a live process may not lose an import it owns.
      const updated = await tx.db
        .update(registrationImports)
        .set({ status: 'failed', message, finishedAt: tx.now() })
        .where(and(eq(registrationImports.id, id), eq(registrationImports.status, 'running'), runner === null ? isNull(registrationImports.runner) : eq(registrationImports.runner, runner)))
        .returning({ id: registrationImports.id });
      if (!updated.length) return;
      failed += 1;
      await appendAudit(tx, { action: 'registration.import_failed', entityType: 'registration_import', entityId: id, detail: { message } });
    });
  }
  // Staged rows of every import that has ended, including any a crash left after the end.
  const ended = ctx.db.select({ id: registrationImports.id }).from(registrationImports).where(ne(registrationImports.status, 'running'));
  await ctx.db.delete(registrationImportRows).where(inArray(registrationImportRows.importId, ended));
  return { failed };
}
