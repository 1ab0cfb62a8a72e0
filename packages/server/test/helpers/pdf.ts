import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';

// jsqr is CommonJS typed as an ES default export: take the function whichever way the loader hands it over.
const jsQR = ((jsQRModule as { default?: unknown }).default ?? jsQRModule) as typeof jsQRModule.default;

/** Whether a PDF embeds a subset of Noto Sans SC as a TrueType font program (FontFile2). */
export function embedsNotoSubset(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  return text.includes('/FontFile2') && /\/BaseFont \/[A-Z]{6}\+NotoSansSC/.test(text);
}

/**
 * The text of every QR code drawn in a PDF as an image: each RGB image stream (pdfkit writes an
 * image's colour as one deflated stream, its alpha as a separate mask) is inflated and read by
 * jsQR, as a phone camera would read the printed page.
 */
export function qrCodesIn(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const found: string[] = [];
  for (const match of text.matchAll(/<<([^<>]*)>>\s*stream\r?\n/g)) {
    const dict = match[1]!;
    if (!dict.includes('/Subtype /Image') || !dict.includes('/ColorSpace /DeviceRGB') || dict.includes('/DecodeParms')) continue;
    const width = Number(/\/Width (\d+)/.exec(dict)?.[1]);
    const height = Number(/\/Height (\d+)/.exec(dict)?.[1]);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const start = match.index + match[0].length;
    const rgb = inflateSync(pdf.subarray(start, start + length));
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i += 1) {
      rgba[i * 4] = rgb[i * 3]!;
      rgba[i * 4 + 1] = rgb[i * 3 + 1]!;
      rgba[i * 4 + 2] = rgb[i * 3 + 2]!;
      rgba[i * 4 + 3] = 255;
    }
    const code = jsQR(rgba, width, height);
    if (code) found.push(code.data);
  }
  return found;
}
