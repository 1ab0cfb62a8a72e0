import PDFDocument from 'pdfkit';
import { pdfFonts } from './fonts.ts';

export type Pdf = PDFKit.PDFDocument;

/** Font names registered in every document: Noto Sans SC regular and bold. */
export const FONT = { regular: 'NotoSansSC', bold: 'NotoSansSC-Bold' } as const;

/**
 * An A4 document with the CJK fonts registered and the regular one selected, and its bytes once
 * `draw` has laid it out. Documents are small (tickets, certificates, reports), so they are built
 * in memory; `draw` may add pages (`doc.addPage()` keeps the layout and margin chosen here). No standard PDF font is loaded: every glyph comes from the
 * embedded subset, so Chinese text renders the same in every viewer.
 */
export async function renderPdf(meta: { title: string; subject?: string; layout?: 'portrait' | 'landscape'; margin?: number }, draw: (doc: Pdf) => void | Promise<void>): Promise<Buffer> {
  const fonts = await pdfFonts();
  // `font: null` keeps pdfkit from loading Helvetica, which would never be used.
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.layout ?? 'portrait',
    margin: meta.margin ?? 48,
    font: null as unknown as string,
    info: { Title: meta.title, Subject: meta.subject ?? '', Producer: 'Jiping', Creator: 'Jiping' },
  });
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  doc.font(FONT.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  await draw(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
