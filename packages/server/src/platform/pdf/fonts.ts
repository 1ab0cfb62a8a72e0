import fs from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * The CJK fonts every generated document uses: Noto Sans SC regular and bold (SIL Open Font
 * License), full TrueType files from `@expo-google-fonts/noto-sans-sc`. Each is about 10 MB, so
 * they are read from disk once per process; pdfkit embeds only the glyphs a document uses
 * (a subset, as FontFile2), which keeps a ticket to a few kilobytes.
 */
export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
}

const require = createRequire(import.meta.url);
const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let loading: Promise<PdfFonts> | null = null;

export function pdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fs.readFile(require.resolve(FILES.regular)), fs.readFile(require.resolve(FILES.bold))]).then(([regular, bold]) => ({ regular, bold }));
  // A failed read (a broken install) must not be cached for the life of the process.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
