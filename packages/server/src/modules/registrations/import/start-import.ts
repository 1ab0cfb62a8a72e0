import { rm } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { actorUserId, canApplyForInstitution } from '@jiping/domain';
import { IMPORT_MODES } from '@jiping/contracts';
import type { ServiceContext } from '../../../platform/context.ts';
import { evaluationPlans, registrationImports } from '../../../platform/db/schema.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import type { Keyring } from '../../../platform/crypto/keyring.ts';
import { AppError, assertAllowed, notFound } from '../../../platform/errors.ts';
import { IDEMPOTENCY_KEY, spoolXlsx, type UploadedFile } from '../../../platform/files/spool-upload.ts';
import { loadPlanForRegistration } from '../admission-inputs.ts';
import { assertOpenForRegistration } from '../apply.ts';
import { runImport } from './run-import.ts';
import { toImportView } from './import-view.ts';

/**
 * Accepts a group registration upload and starts it in the background (202). The upload is
 * spooled to disk while hashed, never buffered whole. A retry with the same `Idempotency-Key`
 * returns the first import instead of registering everyone twice.
 */
export async function startImport({
  ctx,
  keyring,
  dataDir,
  planId,
  idempotencyKey,
  mode,
  file,
  runner,
  batchSize,
}: {
  ctx: ServiceContext;
  keyring: Keyring;
  dataDir: string;
  planId: string;
  idempotencyKey: string | undefined;
  mode: string | undefined;
  file: UploadedFile;
  /** This process (`Database.runner`), recorded as the import's owner while it runs. */
  runner: number;
  /** Rows written per statement; only benchmarks change it, to measure row-by-row writing. */
  batchSize?: number;
}) {
  const [plan] = await ctx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, planId));
  if (!plan) throw notFound('plan');
  assertAllowed(canApplyForInstitution(ctx.actor, plan.institutionId));
  if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) throw new AppError('VALIDATION', 'import.idempotencyKey');
  const chosenMode = (mode ?? 'all_or_nothing') as (typeof IMPORT_MODES)[number];
  if (!IMPORT_MODES.includes(chosenMode)) throw new AppError('VALIDATION', 'import.mode');

  const { filePath, sha256, size } = await spoolXlsx(path.join(dataDir, 'imports'), file, '100 MB');
  let handedOver = false;
  try {
    const outcome = await withTransaction(ctx, async (tx) => {
      const [previous] = await tx.db
        .select()
        .from(registrationImports)
        .where(and(eq(registrationImports.institutionId, plan.institutionId), eq(registrationImports.idempotencyKey, idempotencyKey)));
      if (previous) {
        if (previous.sha256 !== sha256 || previous.planId !== planId) throw new AppError('CONFLICT', 'import.keyReused');
        return { row: previous, created: false };
      }
      const target = await loadPlanForRegistration(tx.db, planId);
      assertOpenForRegistration(target, tx.now());
      const [row] = await tx.db
        .insert(registrationImports)
        .values({
          planId,
          institutionId: plan.institutionId,
          idempotencyKey,
          createdBy: actorUserId(tx.actor),
          fileName: file.fileName.slice(0, 200),
          sha256,
          mode: chosenMode,
          status: 'running',
          runner,
          createdAt: tx.now(),
        })
        .returning();
      await appendAudit(tx, {
        action: 'registration.import_started',
        entityType: 'registration_import',
        entityId: row!.id,
        after: row,
        detail: { planId, mode: chosenMode, sha256, size: String(size) },
      });
      return { row: row!, created: true };
    });
    if (outcome.created) {
      handedOver = true;
      // Runs after the reply; the spooled file goes once the import has finished with it.
      void runImport({ ctx: { ...ctx, inTransaction: false }, keyring, importId: outcome.row.id, filePath, runner, ...(batchSize ? { batchSize } : {}) }).finally(() => rm(filePath, { force: true }));
    }
    return { view: toImportView(outcome.row), created: outcome.created };
  } finally {
    if (!handedOver) await rm(filePath, { force: true });
  }
}
