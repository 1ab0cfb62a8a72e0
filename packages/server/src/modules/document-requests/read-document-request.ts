import { and, eq } from 'drizzle-orm';
import { documentRequestPolicy } from '@jiping/domain';
import type { DocumentRequestDetail } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFiles } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { loadInspectionFollowUp } from '../rectifications/index.ts';
import { loadRequest, requestDetail } from './request-view.ts';

export async function getDocumentRequest({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<DocumentRequestDetail> {
  const request = await loadRequest(ctx.db, id);
  const { facts } = await loadInspectionFollowUp(ctx.db, request.inspectionId);
  assertAllowed(documentRequestPolicy(ctx.actor, 'read', { ...facts, requestStatus: request.status }));
  return requestDetail(ctx, id, facts);
}

/** A file given in answer, for the supervisors and the institution; every download is audited. */
export async function downloadDocumentFile({ ctx, files, id, fileId }: { ctx: ServiceContext; files: FileStore; id: string; fileId: string }) {
  const request = await loadRequest(ctx.db, id);
  const { facts } = await loadInspectionFollowUp(ctx.db, request.inspectionId);
  assertAllowed(documentRequestPolicy(ctx.actor, 'download', { ...facts, requestStatus: request.status }));
  const [file] = await ctx.db
    .select()
    .from(inspectionFiles)
    .where(and(eq(inspectionFiles.id, fileId), eq(inspectionFiles.documentRequestId, id)));
  if (!file) throw notFound('inspectionFile');
  const content = await files.read(file.sha256);
  await withTransaction(ctx, (tx) =>
    appendAudit(tx, {
      action: 'document_request.file_downloaded',
      entityType: 'inspection_file',
      entityId: file.id,
      detail: { documentRequestId: id, number: request.number, fileName: file.fileName, sha256: file.sha256 },
    }),
  );
  return { fileName: file.fileName, contentType: file.contentType, content };
}
