import { and, eq } from 'drizzle-orm';
import { rectificationPolicy } from '@jiping/domain';
import type { RectificationDetail } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { inspectionFiles } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { loadInspectionFollowUp } from './follow-up-facts.ts';
import { loadOrder, rectificationDetail } from './rectification-view.ts';

/** One order, for its supervisors, its district and the institution it is addressed to. */
export async function getRectification({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<RectificationDetail> {
  const order = await loadOrder(ctx.db, id);
  const { facts } = await loadInspectionFollowUp(ctx.db, order.inspectionId);
  assertAllowed(rectificationPolicy(ctx.actor, 'read', { ...facts, orderStatus: order.status }));
  return rectificationDetail(ctx, id, facts);
}

/** A piece of evidence of an order, for those who read the order; every download is audited. */
export async function downloadRectificationFile({ ctx, files, id, fileId }: { ctx: ServiceContext; files: FileStore; id: string; fileId: string }) {
  const order = await loadOrder(ctx.db, id);
  const { facts } = await loadInspectionFollowUp(ctx.db, order.inspectionId);
  assertAllowed(rectificationPolicy(ctx.actor, 'download', { ...facts, orderStatus: order.status }));
  const [file] = await ctx.db
    .select()
    .from(inspectionFiles)
    .where(and(eq(inspectionFiles.id, fileId), eq(inspectionFiles.rectificationId, id)));
  if (!file) throw notFound('inspectionFile');
  const content = await files.read(file.sha256);
  await withTransaction(ctx, (tx) =>
    appendAudit(tx, {
      action: 'rectification.file_downloaded',
      entityType: 'inspection_file',
      entityId: file.id,
      detail: { rectificationId: id, number: order.number, fileName: file.fileName, sha256: file.sha256 },
    }),
  );
  return { fileName: file.fileName, contentType: file.contentType, content };
}
