import path from 'node:path';
import { actorUserId, rectificationPolicy } from '@jiping/domain';
import type { FollowUpFileView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFiles } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import type { UploadedFile } from '../../platform/files/spool-upload.ts';
import { storeInspectionFile } from '../../platform/files/inspection-upload.ts';
import { loadInspectionFollowUp } from './follow-up-facts.ts';
import { loadOrder } from './rectification-view.ts';

/** Who may upload, asked before a byte of the file is read: an outsider's upload is refused unread. */
export async function assertMayUploadEvidence(ctx: ServiceContext, orderId: string): Promise<void> {
  const order = await loadOrder(ctx.db, orderId);
  const { facts } = await loadInspectionFollowUp(ctx.db, order.inspectionId);
  assertAllowed(rectificationPolicy(ctx.actor, 'respond', { ...facts, orderStatus: order.status }));
}

/**
 * The institution adds a piece of evidence to an order it is answering (PDF, PNG or JPEG, up to
 * 10 MB, recognised by content). The file is stored content-addressed and recorded with the order
 * and its inspection; a refused file writes nothing.
 */
export async function uploadRectificationFile({
  ctx,
  files,
  dataDir,
  orderId,
  file,
}: {
  ctx: ServiceContext;
  files: FileStore;
  dataDir: string;
  orderId: string;
  file: UploadedFile;
}): Promise<FollowUpFileView> {
  const stored = await storeInspectionFile(files, path.join(dataDir, 'uploads'), file, 'evidence');
  return withTransaction(ctx, async (tx) => {
    const order = await loadOrder(tx.db, orderId, { lock: true });
    const { facts } = await loadInspectionFollowUp(tx.db, order.inspectionId);
    assertAllowed(rectificationPolicy(tx.actor, 'respond', { ...facts, orderStatus: order.status }));
    const [row] = await tx.db
      .insert(inspectionFiles)
      .values({ inspectionId: order.inspectionId, rectificationId: order.id, ...stored, uploadedBy: actorUserId(tx.actor), createdAt: tx.now() })
      .returning();
    await appendAudit(tx, {
      action: 'rectification.file_added',
      entityType: 'rectification_order',
      entityId: order.id,
      after: row,
      detail: { from: null, to: null, text: row!.fileName, sha256: row!.sha256, size: row!.size, contentType: row!.contentType },
    });
    return { id: row!.id, fileName: row!.fileName, contentType: row!.contentType, size: row!.size, createdAt: row!.createdAt.toISOString() };
  });
}
