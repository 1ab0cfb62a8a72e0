import { PNG } from 'pngjs';
import { AppError } from '../../platform/errors.ts';

/** What a seal image may be (docs/domain.md "Certificate documents"). */
export const SEAL_IMAGE_LIMITS = { maxBytes: 512 * 1024, minPixels: 100, maxPixels: 2000 } as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Checks an uploaded seal: a PNG by its first bytes (never its name), within the byte limit,
 * square-ish dimensions read from the header before anything is inflated (so a small file
 * declaring a giant image is refused without decoding it), and then decoded in full, every
 * chunk's checksum included, so a truncated or corrupt file is refused here rather than
 * breaking certificates later.
 */
export function checkSealImage(content: Buffer): { width: number; height: number } {
  if (!content.length) throw new AppError('VALIDATION', 'attachment.empty');
  if (content.length > SEAL_IMAGE_LIMITS.maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', 'institutionSeal.tooLarge', { max: '512 KB' });
  if (content.length < 33 || !content.subarray(0, 8).equals(PNG_SIGNATURE) || content.toString('latin1', 12, 16) !== 'IHDR') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'institutionSeal.notPng');
  const width = content.readUInt32BE(16);
  const height = content.readUInt32BE(20);
  const { minPixels, maxPixels } = SEAL_IMAGE_LIMITS;
  if (width < minPixels || height < minPixels || width > maxPixels || height > maxPixels) {
    throw new AppError('VALIDATION', 'institutionSeal.dimensions', { width: String(width), height: String(height), min: String(minPixels), max: String(maxPixels) });
  }
  // A PNG ends with its IEND chunk; a decoder may forgive a cut-off file, the seal must not be one.
  if (!content.subarray(-12).equals(IEND)) throw new AppError('VALIDATION', 'institutionSeal.unreadable');
  try {
    const decoded = PNG.sync.read(content);
    if (decoded.width !== width || decoded.height !== height) throw new Error('dimensions differ');
  } catch {
    throw new AppError('VALIDATION', 'institutionSeal.unreadable');
  }
  return { width, height };
}
