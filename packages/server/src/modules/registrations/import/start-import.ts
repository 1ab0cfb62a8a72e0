import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { actorUserId, canApplyForInstitution } from '@jiping/domain';
import { IMPORT_MODES } from '@jiping/contracts';
import type { ServiceContext } from '../../../platform/context.ts';
import { evaluationPlans, registrationImports } from '../../../platform/db/schema.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { appendAudit } from '../../../platform/audit/append-audit.ts';
import type { Keyring } from '../../../platform/crypto/keyring.ts';
import { AppError, assertAllowed, notFound } from '../../../platform/errors.ts';
import { loadPlanForRegistration } from '../admission-inputs.ts';
import { assertOpenForRegistration } from '../apply.ts';
import { runImport } from './run-import.ts';
import { toImportView } from './import-view.ts';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;
/** Every .xlsx file is a ZIP archive; anything else (xls, csv, a renamed PDF) is refused up front. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface UploadedFile {
  fileName: string;
  stream: Readable;
  /** Set by the multipart parser when the file went over the size limit. */
  truncated: () => boolean;
}

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

  const spoolDir = path.join(dataDir, 'imports');
  await mkdir(spoolDir, { recursive: true });
  const filePath = path.join(spoolDir, `${randomUUID()}.xlsx`);
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(
    file.stream,
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    }),
    createWriteStream(filePath),
  );
  let handedOver = false;
  try {
    if (file.truncated()) throw new AppError('PAYLOAD_TOO_LARGE', 'import.tooLarge', { max: '100 MB' });
    if (size === 0) throw new AppError('VALIDATION', 'import.emptyFile');
    const head = Buffer.alloc(4);
    const handle = await open(filePath, 'r');
    await handle.read(head, 0, 4, 0);
    await handle.close();
    if (!head.equals(ZIP_MAGIC)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.notXlsx');
    const sha256 = hash.digest('hex');
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
