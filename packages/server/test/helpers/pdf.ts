import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import forge from 'node-forge';

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

/** Every object's dictionary text and (inflated) stream, by object number; later revisions (incremental updates) win. */
function pdfObjects(pdf: Buffer): Map<number, { dict: string; stream: Buffer | null }> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const from = match.index + match[0].length;
    const end = text.indexOf('endobj', from);
    const streamAt = text.indexOf('stream', from);
    const hasStream = streamAt !== -1 && streamAt < end;
    const dict = text.slice(from, hasStream ? streamAt : end);
    let stream: Buffer | null = null;
    if (hasStream) {
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const start = streamAt + (text[streamAt + 6] === '\r' ? 8 : 7);
      const raw = pdf.subarray(start, start + length);
      stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { dict, stream });
  }
  return objects;
}

/** A font's ToUnicode CMap as glyph id (4 hex digits) → text. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const decode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(line[1]!, 16);
      const to = parseInt(line[2]!, 16);
      const targets = line[3]!.startsWith('[') ? [...line[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]!) : null;
      for (let g = from; g <= to; g += 1) {
        const key = g.toString(16).padStart(4, '0');
        if (targets) map.set(key, decode(targets[g - from]!));
        else map.set(key, String.fromCodePoint(parseInt(line[3]!.slice(1, -1), 16) + (g - from)));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(line[1]!.toLowerCase().padStart(4, '0'), decode(line[2]!));
  }
  return map;
}

/**
 * The text layer of a PDF written by pdfkit with embedded (Identity-H) fonts, page by page: each
 * content stream's shown strings decoded through the ToUnicode map of the font selected, as a
 * reader does when text is searched or copied. Runs are joined without spaces.
 */
export function pdfText(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const fontMaps = new Map<string, Map<string, string>>();
  for (const { dict } of objects.values()) {
    const fonts = /\/Font\s*<<([^<>]*)>>/.exec(dict);
    if (!fonts) continue;
    for (const ref of fonts[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(ref[2]));
      const cmapRef = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
      const cmap = cmapRef && objects.get(Number(cmapRef[1]))?.stream;
      if (cmap) fontMaps.set(ref[1]!, toUnicodeMap(cmap.toString('latin1')));
    }
  }
  const pages: string[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const contents = /\/Contents (\d+) 0 R/.exec(dict);
    const stream = contents && objects.get(Number(contents[1]))?.stream;
    if (!stream) continue;
    let font: Map<string, string> | undefined;
    let out = '';
    for (const op of stream.toString('latin1').matchAll(/\/(\w+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1]) font = fontMaps.get(op[1]);
      else {
        const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [op[3]!];
        for (const hex of hexes) for (const glyph of hex.match(/.{4}/g) ?? []) out += font?.get(glyph.toLowerCase()) ?? '';
      }
    }
    if (!pages.includes(out)) pages.push(out);
  }
  return pages;
}

export interface PdfSignatureCheck {
  /** The signature is over exactly these bytes and made by the key of `signer`. */
  valid: boolean;
  /** ByteRange covers the whole file except the signature's own placeholder. */
  coversWholeFile: boolean;
  signer: forge.pki.Certificate;
  certificates: forge.pki.Certificate[];
}

/**
 * Checks a PDF's (last) detached PKCS#7 signature the way a reader does: the ByteRange's two
 * spans are hashed (SHA-256) and compared with the signed messageDigest attribute, and the
 * signature over the signed attributes is verified with the signer certificate's public key.
 */
export function checkPdfSignature(pdf: Buffer): PdfSignatureCheck {
  const ranges = [...pdf.toString('latin1').matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const [a, b, c, d] = ranges.at(-1)!.slice(1, 5).map(Number) as [number, number, number, number];
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  // The placeholder is padded with zeros after the DER value, whose own length says where it ends:
  // stripping trailing zeros would also cut a signature that happens to end in a zero byte.
  const hex = pdf.subarray(a + b + 1, c - 1).toString('latin1');
  const asn1 = (forge.asn1.fromDer as unknown as (bytes: string, options: { parseAllBytes: boolean }) => forge.asn1.Asn1)(forge.util.hexToBytes(hex), {
    parseAllBytes: false,
  });
  const p7 = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData & { rawCapture: { signature: string; authenticatedAttributes: forge.asn1.Asn1[] } };
  const attributes = p7.rawCapture.authenticatedAttributes;
  const digestAttribute = attributes.find((attr) => forge.asn1.derToOid((attr.value as forge.asn1.Asn1[])[0]!.value as string) === forge.pki.oids.messageDigest!)!;
  const signedDigest = (((digestAttribute.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.value as string) ?? '';
  const contentDigest = forge.md.sha256.create().update(signed.toString('binary')).digest().getBytes();
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
  const attributesDigest = forge.md.sha256.create().update(forge.asn1.toDer(set).getBytes()).digest().getBytes();
  const certificates = p7.certificates;
  const signer = certificates.find((cert) => {
    try {
      return (cert.publicKey as forge.pki.rsa.PublicKey).verify(attributesDigest, p7.rawCapture.signature);
    } catch {
      return false;
    }
  });
  return { valid: !!signer && signedDigest === contentDigest, coversWholeFile: a === 0 && c + d === pdf.length, signer: signer ?? certificates[0]!, certificates };
}

/** A certificate subject or issuer field's text (forge hands UTF8String values over as their bytes). */
export function certificateField(name: forge.pki.Certificate['subject'], field: string): string {
  const value = name.getField(field)?.value as string | undefined;
  return value === undefined ? '' : forge.util.decodeUtf8(value);
}
