import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded files live. Content-addressed (by sha256), so the same file stored twice takes
 * space once and a stored file cannot be altered without its address changing. An S3-compatible
 * store can implement the same two calls.
 */
export interface FileStore {
  put(content: Buffer): Promise<string>;
  read(sha256: string): Promise<Buffer>;
}

export function localFileStore(root: string): FileStore {
  const where = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256);
  return {
    async put(content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const file = where(sha256);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename: a crash never leaves a half-written file under a valid address.
      const temporary = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temporary, content);
      await fs.rename(temporary, file);
      return sha256;
    },
    read(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid file address');
      return fs.readFile(where(sha256));
    },
  };
}

/** File types accepted as evidence, recognised by their first bytes rather than their names. */
const SIGNATURES: Array<{ type: string; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffContentType(content: Buffer): string | null {
  return SIGNATURES.find((s) => s.bytes.every((byte, i) => content[i] === byte))?.type ?? null;
}
