import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { AppError } from '../errors.ts';

export interface UploadedFile {
  fileName: string;
  stream: Readable;
  /** Set by the multipart parser when the file went over the size limit. */
  truncated: () => boolean;
}

/** The `Idempotency-Key` of an upload: a retry with the same key is the same upload. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** Every .xlsx file is a ZIP archive; anything else (xls, csv, a renamed PDF) is refused up front. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Spools an uploaded workbook to a file under `dir` while hashing it, never holding it whole,
 * and refuses one cut off at the size limit, an empty one and one that is not a ZIP archive
 * (the file is removed then). The caller removes the file once done with it.
 */
export async function spoolXlsx(dir: string, file: UploadedFile, maxLabel: string): Promise<{ filePath: string; sha256: string; size: number }> {
  await mkdir(dir, { recursive: true });
  const filePath = path.join(dir, `${randomUUID()}.xlsx`);
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
  try {
    if (file.truncated()) throw new AppError('PAYLOAD_TOO_LARGE', 'import.tooLarge', { max: maxLabel });
    if (size === 0) throw new AppError('VALIDATION', 'import.emptyFile');
    const head = Buffer.alloc(4);
    const handle = await open(filePath, 'r');
    await handle.read(head, 0, 4, 0);
    await handle.close();
    if (!head.equals(ZIP_MAGIC)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.notXlsx');
  } catch (error) {
    await rm(filePath, { force: true });
    throw error;
  }
  return { filePath, sha256: hash.digest('hex'), size };
}
