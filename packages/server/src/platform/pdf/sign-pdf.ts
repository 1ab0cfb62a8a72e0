import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';

export interface PdfSignature {
  /** PKCS#12 holding the signer's key, its certificate and the chain above it. */
  p12: Buffer;
  passphrase: string;
  /** Shown by readers in the signature panel. */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
  /** Where the signature widget sits on the first page, in PDF user space: [x1, y1, x2, y2] from the bottom-left corner. */
  widgetRect: [number, number, number, number];
}

/**
 * Signs a finished PDF with a detached PKCS#7 signature (adbe.pkcs7.detached, SHA-256), the
 * form readers such as Adobe Acrobat and WPS verify: a signature field and its widget are
 * appended as an incremental update, then the signature is computed over every byte of the file
 * except the placeholder that receives it (the ByteRange). Any later change to those bytes
 * breaks it. The widget has no appearance of its own: the seal drawn on the page under it is
 * what the reader shows, and clicking it opens the signature's details.
 */
export async function signPdf(pdf: Buffer, signature: PdfSignature): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: signature.reason,
    contactInfo: signature.contactInfo,
    name: signature.name,
    location: signature.location,
    signingTime: signature.signingTime,
    widgetRect: signature.widgetRect,
    appName: 'Jiping',
  });
  return new SignPdf().sign(withPlaceholder, new P12Signer(signature.p12, { passphrase: signature.passphrase }), signature.signingTime);
}
