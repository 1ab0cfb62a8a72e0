import { filingPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { filingAttachments } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { sniffContentType, type FileStore } from '../../platform/files/file-store.ts';
import { loadFiling } from './filing-facts.ts';

export const ATTACHMENT_PURPOSES = ['business_license', 'management_rules', 'site_evidence', 'examiner_certificates', 'other'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * Attaches a PDF or image to an application that can still be edited. The type is read from the
 * content, not trusted from the name; the file is stored before the row so a row never points at
 * nothing (an orphan file from a failed transaction is harmless and deduplicated).
 */
export async function addAttachment({
  ctx,
  files,
  filingId,
  purpose,
  fileName,
  content,
}: {
  ctx: ServiceContext;
  files: FileStore;
  filingId: string;
  purpose: string;
  fileName: string;
  content: Buffer;
}) {
  if (!(ATTACHMENT_PURPOSES as readonly string[]).includes(purpose)) throw new AppError('VALIDATION', 'attachment.purpose');
  const { facts } = await loadFiling(ctx.db, filingId);
  assertAllowed(filingPolicy(ctx.actor, 'edit', facts));
  if (!content.length) throw new AppError('VALIDATION', 'attachment.empty');
  if (content.length > MAX_ATTACHMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'attachment.tooLarge', { max: '10 MB' });
  const contentType = sniffContentType(content);
  if (!contentType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'attachment.type');
  const sha256 = await files.put(content);
  return withTransaction(ctx, async (tx) => {
    const { facts: current } = await loadFiling(tx.db, filingId, { forUpdate: true });
    assertAllowed(filingPolicy(tx.actor, 'edit', current));
    const [row] = await tx.db
      .insert(filingAttachments)
      .values({ filingId, purpose, fileName: fileName.slice(0, 200), contentType, size: content.length, sha256, createdAt: tx.now() })
      .returning();
    await appendAudit(tx, { action: 'filing.attachment_added', entityType: 'filing', entityId: filingId, after: row, detail: { purpose, fileName: row!.fileName, sha256 } });
    return row!;
  });
}
