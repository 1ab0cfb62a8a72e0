import { rm } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { actorUserId, scoreSessionPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../../platform/context.ts';
import { scoreImports } from '../../../platform/db/schema.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import { AppError, assertAllowed } from '../../../platform/errors.ts';
import { IDEMPOTENCY_KEY, spoolXlsx, type UploadedFile } from '../../../platform/files/spool-upload.ts';
import { loadScoreSession, scoreFacts } from '../score-session.ts';
import { runScoreImport } from './run-score-import.ts';
import { toScoreImportView } from './score-import-view.ts';

/**
 * Accepts a session's score sheet and reads it in the background (202): spooled to disk while
 * hashed, its rows checked and staged in batches, then written in one short transaction, or not
 * at all when any row is wrong. A retry with the same `Idempotency-Key` returns the first import.
 */
export async function startScoreImport({
  ctx,
  dataDir,
  sessionId,
  idempotencyKey,
  file,
  runner,
}: {
  ctx: ServiceContext;
  dataDir: string;
  sessionId: string;
  idempotencyKey: string | undefined;
  file: UploadedFile;
  runner: number;
}) {
  const loaded = await loadScoreSession(ctx.db, ctx.actor, sessionId);
  assertAllowed(scoreSessionPolicy(ctx.actor, 'import', scoreFacts(loaded)));
  if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) throw new AppError('VALIDATION', 'import.idempotencyKey');
  const { filePath, sha256, size } = await spoolXlsx(path.join(dataDir, 'imports'), file, '20 MB');
  let handedOver = false;
  try {
    const outcome = await withTransaction(ctx, async (tx) => {
      const [previous] = await tx.db
        .select()
        .from(scoreImports)
        .where(and(eq(scoreImports.institutionId, loaded.session.institutionId), eq(scoreImports.idempotencyKey, idempotencyKey)));
      if (previous) {
        if (previous.sha256 !== sha256 || previous.sessionId !== sessionId) throw new AppError('CONFLICT', 'import.keyReused');
        return { row: previous, created: false };
      }
      const current = await loadScoreSession(tx.db, tx.actor, sessionId, { forUpdate: true });
      assertAllowed(scoreSessionPolicy(tx.actor, 'import', scoreFacts(current)));
      const [row] = await tx.db
        .insert(scoreImports)
        .values({
          sessionId,
          institutionId: current.session.institutionId,
          idempotencyKey,
          createdBy: actorUserId(tx.actor),
          fileName: file.fileName.slice(0, 200),
          sha256,
          status: 'running',
          runner,
          createdAt: tx.now(),
        })
        .returning();
      await appendAudit(tx, { action: 'score.import_started', entityType: 'score_import', entityId: row!.id, after: row, detail: { sessionId, sha256, size: String(size) } });
      return { row: row!, created: true };
    });
    if (outcome.created) {
      handedOver = true;
      // Runs after the reply; the spooled file goes once the import has finished with it.
      void runScoreImport({ ctx: { ...ctx, inTransaction: false }, importId: outcome.row.id, filePath, runner }).finally(() => rm(filePath, { force: true }));
    }
    return { view: toScoreImportView(outcome.row), created: outcome.created };
  } finally {
    if (!handedOver) await rm(filePath, { force: true });
  }
}
