import path from 'node:path';
import { actorUserId, documentRequestPolicy } from '@jiping/domain';
import type { FollowUpFileView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFiles } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import type { UploadedFile } from '../../platform/files/spool-upload.ts';
import { storeInspectionFile } from '../../platform/files/inspection-upload.ts';
import { loadInspectionFollowUp } from '../rectifications/index.ts';
import { loadRequest } from './request-view.ts';

/** Asked before a byte of the file is read: an outsider's upload (up to 200 MB) is refused unread. */
export async function assertMayUploadDocument(ctx: ServiceContext, requestId: string): Promise<void> {
  const request = await loadRequest(ctx.db, requestId);
  const { facts } = await loadInspectionFollowUp(ctx.db, request.inspectionId);
  assertAllowed(documentRequestPolicy(ctx.actor, 'upload', { ...facts, requestStatus: request.status }));
}

/**
 * The institution uploads one requested file while the request is open: PDF, PNG, JPEG, Office
 * documents and ZIP archives (recognised as ZIP files), or MP4 video (by its `ftyp` box), spooled
 * to disk as it arrives and refused with its reason when of another type or over its limit. It is
 * kept with the inspection; a refused file writes nothing.
 */
export async function uploadDocumentFile({
  ctx,
  files,
  dataDir,
  requestId,
  file,
}: {
  ctx: ServiceContext;
  files: FileStore;
  dataDir: string;
  requestId: string;
  file: UploadedFile;
}): Promise<FollowUpFileView> {
  const stored = await storeInspectionFile(files, path.join(dataDir, 'uploads'), file, 'materials');
  return withTransaction(ctx, async (tx) => {
    const request = await loadRequest(tx.db, requestId, { lock: true });
    const { facts } = await loadInspectionFollowUp(tx.db, request.inspectionId);
    assertAllowed(documentRequestPolicy(tx.actor, 'upload', { ...facts, requestStatus: request.status }));
    const [row] = await tx.db
      .insert(inspectionFiles)
      .values({ inspectionId: request.inspectionId, documentRequestId: request.id, ...stored, uploadedBy: actorUserId(tx.actor), createdAt: tx.now() })
      .returning();
    await appendAudit(tx, {
      action: 'document_request.file_added',
      entityType: 'document_request',
      entityId: request.id,
      after: row,
      detail: { from: null, to: null, text: row!.fileName, sha256: row!.sha256, size: row!.size, contentType: row!.contentType },
    });
    return { id: row!.id, fileName: row!.fileName, contentType: row!.contentType, size: row!.size, createdAt: row!.createdAt.toISOString() };
  });
}
