import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { AppError } from '../errors.ts';
import { sniffContentType, type FileStore } from './file-store.ts';
import type { UploadedFile } from './spool-upload.ts';

/**
 * Files kept with an inspection: the evidence an institution sends with its rectification (PDF
 * and images), and the materials a supervisor asks for (also spreadsheets, documents, archives and
 * video). Types are recognised by their first bytes, never by the name; an Office document or a
 * ZIP archive is a ZIP file, whose name only says which of the three it is.
 */
export type InspectionFileFamily = 'evidence' | 'materials';

const MB = 1024 * 1024;
export const INSPECTION_FILE_LIMITS = {
  /** Rectification evidence: PDF, PNG, JPEG. */
  evidenceBytes: 10 * MB,
  /** Requested documents and images: PDF, PNG, JPEG, XLSX, DOCX, ZIP. */
  documentBytes: 50 * MB,
  /** Requested video (MP4): an exam room's recording. */
  videoBytes: 200 * MB,
} as const;

/** The most a route lets the multipart parser read for a family, before the type is known. */
export function maxUploadBytes(family: InspectionFileFamily): number {
  return family === 'evidence' ? INSPECTION_FILE_LIMITS.evidenceBytes : INSPECTION_FILE_LIMITS.videoBytes;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_FAMILY: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The content type of a file from its first bytes (and, for a ZIP file, which ZIP-based kind its name says). */
export function sniffInspectionFile(head: Buffer, fileName: string): { contentType: string; video: boolean } | null {
  const simple = sniffContentType(head);
  if (simple) return { contentType: simple, video: false };
  if (ZIP.every((byte, i) => head[i] === byte)) {
    const extension = path.extname(fileName).slice(1).toLowerCase();
    return { contentType: ZIP_FAMILY[extension] ?? 'application/zip', video: false };
  }
  // ISO base media (MP4): a box size, then the `ftyp` box type at byte 4.
  if (head.length >= 8 && head.subarray(4, 8).toString('latin1') === 'ftyp') return { contentType: 'video/mp4', video: true };
  return null;
}

const EVIDENCE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export interface StoredInspectionFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

const label = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/**
 * Spools one uploaded file to `dir` while counting and hashing it (never holding more than a chunk
 * while it arrives), refuses an empty one, one of a type the family does not take and one over its
 * limit (the limit depends on the type: video may be larger), and only then puts it in the store.
 * A refused file leaves nothing behind, in the store or on disk.
 */
export async function storeInspectionFile(files: FileStore, dir: string, file: UploadedFile, family: InspectionFileFamily): Promise<StoredInspectionFile> {
  await mkdir(dir, { recursive: true });
  const spooled = path.join(dir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      file.stream,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      }),
      createWriteStream(spooled),
    );
    const hardLimit = maxUploadBytes(family);
    if (file.truncated() || size > hardLimit) throw tooLarge(family, hardLimit);
    if (size === 0) throw new AppError('VALIDATION', 'inspectionFile.empty');
    const head = Buffer.alloc(16);
    const handle = await open(spooled, 'r');
    await handle.read(head, 0, 16, 0);
    await handle.close();
    const type = sniffInspectionFile(head, file.fileName);
    if (!type || (family === 'evidence' && !EVIDENCE_TYPES.has(type.contentType))) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', family === 'evidence' ? 'inspectionFile.evidenceType' : 'inspectionFile.materialType');
    }
    const limit = family === 'evidence' ? INSPECTION_FILE_LIMITS.evidenceBytes : type.video ? INSPECTION_FILE_LIMITS.videoBytes : INSPECTION_FILE_LIMITS.documentBytes;
    if (size > limit) throw tooLarge(family, limit, type.video);
    // The store takes whole buffers; the file is read once, after every check has passed.
    const sha256 = await files.put(await readFile(spooled));
    if (sha256 !== hash.digest('hex')) throw new Error('the stored file differs from the one received');
    return { fileName: cleanName(file.fileName), contentType: type.contentType, size, sha256 };
  } finally {
    await rm(spooled, { force: true });
  }
}

function tooLarge(family: InspectionFileFamily, limit: number, video = false): AppError {
  if (family === 'evidence') return new AppError('PAYLOAD_TOO_LARGE', 'inspectionFile.evidenceTooLarge', { max: label(limit) });
  return new AppError('PAYLOAD_TOO_LARGE', video ? 'inspectionFile.videoTooLarge' : 'inspectionFile.materialTooLarge', {
    max: label(limit),
    document: label(INSPECTION_FILE_LIMITS.documentBytes),
    video: label(INSPECTION_FILE_LIMITS.videoBytes),
  });
}

/** The name as shown and sent back in downloads: its last path segment, at most 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return (base || 'file').slice(0, 200);
}
