import { and, eq, inArray, ne } from 'drizzle-orm';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Database } from '../../../platform/db/client.ts';
import { scoreImportRows, scoreImports } from '../../../platform/db/schema.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import { translate } from '../../../platform/i18n/messages.ts';

/**
 * A score import whose process stopped mid-way wrote no score (they are written by its one
 * closing transaction) but still says "running": marked failed in one statement, so the clerk
 * uploads again, and its staged rows go. Run at start, before the server answers, and hourly.
 */
export async function failInterruptedScoreImports(ctx: ServiceContext, database: Pick<Database, 'liveRunners'>) {
  const running = await ctx.db.select({ id: scoreImports.id, runner: scoreImports.runner }).from(scoreImports).where(eq(scoreImports.status, 'running'));
  const alive = await database.liveRunners([...new Set(running.flatMap((r) => (r.runner === null ? [] : [r.runner])))]);
  // Only imports seen running under a dead runner: one a live process starts meanwhile is its own.
  const dead = running.filter((r) => r.runner === null || !alive.has(r.runner)).map((r) => r.id);
  const message = translate('import.interrupted', 'zh-CN');
  const failed = !dead.length
    ? 0
    : await withTransaction(ctx, async (tx) => {
        const ended = await tx.db
          .update(scoreImports)
          .set({ status: 'failed', message, finishedAt: tx.now() })
          .where(and(eq(scoreImports.status, 'running'), inArray(scoreImports.id, dead)))
          .returning({ id: scoreImports.id });
        for (const { id } of ended) await appendAudit(tx, { action: 'score.import_failed', entityType: 'score_import', entityId: id, detail: { message } });
        return ended.length;
      });
  await ctx.db.delete(scoreImportRows).where(inArray(scoreImportRows.importId, ctx.db.select({ id: scoreImports.id }).from(scoreImports).where(ne(scoreImports.status, 'running'))));
  return { failed };
}
