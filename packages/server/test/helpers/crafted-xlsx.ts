import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/**
 * Hostile .xlsx files, written byte by byte: a zip whose worksheet or shared-strings part is
 * given as a stream of text chunks, deflated as it is produced (so a 300 MB cell never exists in
 * memory), and whose headers may lie about the inflated size, as a crafted upload would.
 */
export interface CraftedXlsx {
  /** The worksheet XML, in chunks. */
  sheet: Iterable<string>;
  sharedStrings?: Iterable<string>;
  /** Declare this uncompressed size for every part instead of the true one. */
  declaredSize?: number;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

export const SHEET_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_END = '</sheetData></worksheet>';
export const SST_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
export const SST_END = '</sst>';

/** `times` copies of `text`, in chunks of about a megabyte. */
export function* repeated(text: string, times: number): Generator<string> {
  const perChunk = Math.max(1, Math.floor(1_000_000 / text.length));
  const chunk = text.repeat(perChunk);
  let left = times;
  while (left >= perChunk) {
    yield chunk;
    left -= perChunk;
  }
  if (left) yield text.repeat(left);
}

export async function craftedXlsx(spec: CraftedXlsx): Promise<Buffer> {
  const parts: Array<[string, Iterable<string>]> = [
    ['[Content_Types].xml', [CONTENT_TYPES]],
    ['_rels/.rels', [ROOT_RELS]],
    ['xl/workbook.xml', [WORKBOOK]],
    ['xl/_rels/workbook.xml.rels', [WORKBOOK_RELS]],
    ...(spec.sharedStrings ? [['xl/sharedStrings.xml', spec.sharedStrings] as [string, Iterable<string>]] : []),
    ['xl/worksheets/sheet1.xml', spec.sheet],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, chunks] of parts) {
    let crc = 0;
    let size = 0;
    const compressed: Buffer[] = [];
    async function* bytesOf() {
      for (const text of chunks) {
        const bytes = Buffer.from(text, 'utf8');
        crc = zlib.crc32(bytes, crc);
        size += bytes.length;
        yield bytes;
      }
    }
    // Deflated as produced: memory holds the compressed part only.
    await pipeline(Readable.from(bytesOf()), zlib.createDeflateRaw({ level: 9 }), async (deflated: AsyncIterable<Buffer>) => {
      for await (const chunk of deflated) compressed.push(chunk);
    });
    const data = Buffer.concat(compressed);
    const declared = spec.declaredSize ?? size;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
