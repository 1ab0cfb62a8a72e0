import { and, eq } from 'drizzle-orm';
import { actorUserId } from '@jiping/domain';
import type { InspectionFileView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { documentRequests, inspectionFiles, inspectionFindings, rectificationOrders } from '../../platform/db/schema.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { sniffContentType, type FileStore } from '../../platform/files/file-store.ts';
import { fileView } from './inspection-view.ts';

const MB = 1024 * 1024;

/**
 * What an inspection keeps as proof: photos (JPEG, PNG), documents (PDF, Word .docx, Excel .xlsx)
 * and short videos (MP4), with a limit per kind. Types are read from the content, never from the
 * name; files are stored as uploaded (never opened or unpacked).
 */
export const INSPECTION_FILE_LIMITS = { document: 20 * MB, video: 50 * MB } as const;
/** What a multipart reader must accept before the type is known: the largest limit. */
export const INSPECTION_FILE_MAX_BYTES = INSPECTION_FILE_LIMITS.video;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The type by its first bytes: PDF, PNG and JPEG by their signatures; MP4 by its `ftyp` box; Word
 * and Excel files are ZIP archives told apart by the part names their local headers carry
 * (stored uncompressed, so no inflating is needed to read them).
 */
export function sniffInspectionFile(content: Buffer): string | null {
  const known = sniffContentType(content);
  if (known) return known;
  if (content.length >= 12 && content.subarray(4, 8).toString('latin1') === 'ftyp') return 'video/mp4';
  if (content.length >= 4 && content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04) {
    const names = content.subarray(0, Math.min(content.length, 64 * 1024)).toString('latin1');
    if (names.includes('word/')) return DOCX;
    if (names.includes('xl/')) return XLSX;
  }
  return null;
}

export interface PreparedInspectionFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** Refuses an upload by its type or size (nothing is stored then), or stores its content and says what it is. Call it before the transaction. */
export async function prepareInspectionFile(files: FileStore, upload: { fileName: string; content: Buffer }): Promise<PreparedInspectionFile> {
  const { content } = upload;
  if (!content.length) throw new AppError('VALIDATION', 'attachment.empty');
  const contentType = sniffInspectionFile(content);
  if (!contentType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'inspection.fileType');
  const video = contentType === 'video/mp4';
  const limit = video ? INSPECTION_FILE_LIMITS.video : INSPECTION_FILE_LIMITS.document;
  if (content.length > limit) throw new AppError('PAYLOAD_TOO_LARGE', video ? 'inspection.videoTooLarge' : 'inspection.fileTooLarge', { max: `${limit / MB} MB` });
  // Content first, so a row never points at nothing; an orphan from a rolled-back transaction is harmless (content-addressed).
  const sha256 = await files.put(content);
  // File names often carry a person's name; they are kept short and never written to the audit trail.
  const fileName = (upload.fileName || 'file').slice(0, 200);
  return { fileName, contentType, size: content.length, sha256 };
}

export interface InspectionFileOwner {
  inspectionId: string;
  findingId?: string | null;
  rectificationId?: string | null;
  documentRequestId?: string | null;
}

/**
 * Records a prepared file against an inspection (and a finding, a rectification order or a
 * document request of that inspection), with its audit event, inside the caller's transaction.
 * It decides nothing about who may: the caller has asked its own policy first.
 */
export async function recordInspectionFile(tx: ServiceContext, prepared: PreparedInspectionFile, owner: InspectionFileOwner): Promise<InspectionFileView> {
  const belongs = async (table: typeof inspectionFindings | typeof rectificationOrders | typeof documentRequests, id: string, entity: string) => {
    const [row] = await tx.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, id), eq(table.inspectionId, owner.inspectionId)));
    if (!row) throw notFound(entity);
  };
  if (owner.findingId) await belongs(inspectionFindings, owner.findingId, 'finding');
  if (owner.rectificationId) await belongs(rectificationOrders, owner.rectificationId, 'rectification');
  if (owner.documentRequestId) await belongs(documentRequests, owner.documentRequestId, 'documentRequest');
  const [row] = await tx.db
    .insert(inspectionFiles)
    .values({
      inspectionId: owner.inspectionId,
      findingId: owner.findingId ?? null,
      rectificationId: owner.rectificationId ?? null,
      documentRequestId: owner.documentRequestId ?? null,
      ...prepared,
      uploadedBy: actorUserId(tx.actor),
      createdAt: tx.now(),
    })
    .returning();
  const facts = {
    fileId: row!.id,
    findingId: row!.findingId,
    rectificationId: row!.rectificationId,
    documentRequestId: row!.documentRequestId,
    contentType: row!.contentType,
    size: row!.size,
    sha256: row!.sha256,
  };
  await appendAudit(tx, { action: 'inspection.file_added', entityType: 'inspection', entityId: owner.inspectionId, after: facts, detail: facts });
  return fileView(row!);
}

/**
 * Checks, stores and records a file of an inspection in one call, inside the caller's transaction
 * (rectification evidence and requested documents use it after their own policy): refused for its
 * type or size before anything is written.
 */
export async function storeInspectionFile(tx: ServiceContext, files: FileStore, input: InspectionFileOwner & { fileName: string; content: Buffer }): Promise<InspectionFileView> {
  const prepared = await prepareInspectionFile(files, input);
  return recordInspectionFile(tx, prepared, input);
}
