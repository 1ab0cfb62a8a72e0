import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

export interface ReceivedFile {
  fileName: string;
  content: Buffer;
  /** Text fields sent before the file part (browsers send them in form order). */
  fields: Record<string, string>;
}

/**
 * Reads the one file of a multipart upload (field `file`). The limit is one byte over `maxBytes`
 * so the use case, not the parser, decides and words the refusal of an oversized file.
 */
export async function receiveFile(request: FastifyRequest, maxBytes: number): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'catalogue.multipartRequired');
  const part = await request.file({ limits: { fileSize: maxBytes + 1, files: 1 } });
  if (!part) throw new AppError('VALIDATION', 'upload.fileMissing');
  const content = await part.toBuffer();
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const value = (field as { value?: unknown } | undefined)?.value;
    if (name !== part.fieldname && typeof value === 'string') fields[name] = value;
  }
  return { fileName: part.filename, content, fields };
}
