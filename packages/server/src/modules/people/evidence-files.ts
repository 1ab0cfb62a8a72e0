import { actorUserId } from '@jiping/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { EvidenceFileView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { evidenceFiles } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError } from '../../platform/errors.ts';
import { sniffContentType, type FileStore } from '../../platform/files/file-store.ts';

export type EvidenceFileRow = typeof evidenceFiles.$inferSelect;
/** Whose proof a file is: a person's own, or an institution's (agreements, relations). */
export type EvidenceOwner = { personId: string } | { institutionId: string };

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export interface Upload {
  purpose: string;
  fileName: string;
  content: Buffer;
}

export function toEvidenceFileView(row: EvidenceFileRow): EvidenceFileView {
  return { id: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size, purpose: row.purpose, createdAt: row.createdAt.toISOString() };
}

/** Refuses an upload before anything is stored; the type is read from the content, never the name. */
export function checkUpload(upload: Upload, purposes: readonly string[]): string {
  if (!purposes.includes(upload.purpose)) throw new AppError('VALIDATION', 'evidence.purpose', { purposes: purposes.join(', ') });
  if (!upload.content.length) throw new AppError('VALIDATION', 'attachment.empty');
  if (upload.content.length > MAX_EVIDENCE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'attachment.tooLarge', { max: '10 MB' });
  const contentType = sniffContentType(upload.content);
  if (!contentType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'attachment.type');
  return contentType;
}

/**
 * Stores the content, then records the file and its audit event in one transaction. The content
 * goes first so a row never points at nothing; an orphan from a failed transaction is harmless
 * (content-addressed, so it is deduplicated with any later upload of the same bytes).
 */
export async function storeEvidenceFile(ctx: ServiceContext, files: FileStore, owner: EvidenceOwner, upload: Upload, contentType: string) {
  const sha256 = await files.put(upload.content);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(evidenceFiles)
      .values({
        ...('personId' in owner ? { personId: owner.personId } : { institutionId: owner.institutionId }),
        purpose: upload.purpose,
        fileName: upload.fileName.slice(0, 200),
        contentType,
        size: upload.content.length,
        sha256,
        uploadedBy: actorUserId(tx.actor),
        createdAt: tx.now(),
      })
      .returning();
    const [entityType, entityId] = 'personId' in owner ? ['person', owner.personId] : ['institution', owner.institutionId];
    // File names often carry a person's name or ID number, so they stay out of the trail.
    const facts = { fileId: row!.id, purpose: row!.purpose, contentType, size: row!.size, sha256 };
    await appendAudit(tx, { action: 'evidence.uploaded', entityType, entityId, after: facts, detail: facts });
    return toEvidenceFileView(row!);
  });
}

/** The ids among `ids` that are not files of `owner`: a declaration may cite only its owner's proof. */
export async function foreignEvidence(db: Db, owner: EvidenceOwner, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Set();
  const ownerCondition = 'personId' in owner ? eq(evidenceFiles.personId, owner.personId) : eq(evidenceFiles.institutionId, owner.institutionId);
  const owned = await db
    .select({ id: evidenceFiles.id })
    .from(evidenceFiles)
    .where(and(inArray(evidenceFiles.id, unique), ownerCondition));
  const ownedIds = new Set(owned.map((r) => r.id));
  return new Set(unique.filter((id) => !ownedIds.has(id)));
}
