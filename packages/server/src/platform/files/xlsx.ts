import { createRequire } from 'node:module';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJSModule from 'exceljs';

/*
 * ExcelJS, loaded through here only. Its XML reader (lib/utils/parse-sax.js, 4.4.0) decodes
 * every chunk of a zip entry to text on its own, so a Chinese character whose UTF-8 bytes
 * straddle two chunks comes out as "���": in a streamed 500-row sheet, one name in a few hundred
 * was corrupted. The replacement below is the same generator with one streaming UTF-8 decoder
 * for the whole entry. It must be in the module cache before ExcelJS is first required, which
 * is why nothing imports 'exceljs' directly.
 */
const require = createRequire(import.meta.url);
const parseSaxPath = path.join(path.dirname(require.resolve('exceljs/package.json')), 'lib/utils/parse-sax.js');
const excelRequire = createRequire(require.resolve('exceljs/package.json'));

const MiB = 1024 * 1024;

/**
 * What one uploaded workbook may hold. A 300 KB zip can inflate to gigabytes, so every reader
 * checks these while it streams, never trusting the sizes the zip declares: a file over a limit
 * is refused at once, and no upload can take more memory or time than these bounds allow. The
 * largest legitimate file (100 000 rows of the 22-column template, inline strings) inflates to
 * about 120 MB; Excel itself caps a cell at 32 767 characters and a sheet at 16 384 columns.
 */
export const XLSX_LIMITS = {
  maxEntries: 1000,
  maxTotalBytes: 320 * MiB,
  maxEntryBytes: 256 * MiB,
  /** ExcelJS keeps the shared strings in memory while the sheet is read. */
  maxSharedStringsBytes: 64 * MiB,
  maxCellChars: 32_767,
  maxColumns: 16_384,
} as const;

export type XlsxLimit = 'entries' | 'totalSize' | 'entrySize' | 'sharedStrings' | 'cellLength' | 'columns';

/** A workbook over one of XLSX_LIMITS; `messageKey` names the reason for the user. */
export class XlsxLimitError extends Error {
  constructor(
    readonly limit: XlsxLimit,
    readonly params: Record<string, string>,
  ) {
    super(`xlsx limit exceeded: ${limit}`);
  }
  get messageKey() {
    return `file.xlsx.${this.limit}`;
  }
}

const mib = (bytes: number) => `${Math.round(bytes / MiB)} MB`;

/** "A" → 1, "XFD" → 16 384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → "A", 16 384 → "XFD". */
function columnLetters(n: number): string {
  let letters = '';
  for (let left = n; left > 0; left = Math.floor((left - 1) / 26)) letters = String.fromCharCode(65 + ((left - 1) % 26)) + letters;
  return letters;
}

if (!require.cache[parseSaxPath]) {
  // saxes is ExcelJS's own dependency: resolve it from there, not from wherever npm hoisted it.
  const { SaxesParser } = excelRequire('saxes') as { SaxesParser: new () => SaxParser };
  // The limits are checked here too, because this is where ExcelJS reads every part: the
  // pre-pass (inspectXlsx) bounds memory cheaply, this gives the exact cell and column limits.
  async function* parseSax(iterable: AsyncIterable<Buffer | string> & { pipe?: unknown }) {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: unknown;
    let events: Array<{ eventType: string; value: unknown }> = [];
    let bytes = 0;
    let row = 0;
    let column = 0;
    // Inside an inline string (<is>) and inside its phonetic runs (<rPh>).
    let inline = false;
    let phonetic = false;
    parser.on('error', (err) => {
      error = err;
    });
    parser.on('opentag', (value) => {
      const tag = value as { name: string; attributes: Record<string, string> };
      if (tag.name === 'is') inline = true;
      else if (tag.name === 'rPh') phonetic = true;
      // ExcelJS starts a cell's text afresh at every <t>, so an inline string written as runs
      // (<is><r><t>考</t></r><r><t>生</t></r></is>) would keep only its last run: within <is> the
      // runs' text goes on the one value <is> started, and phonetic guides are left out.
      else if (tag.name === 't' && inline) return;
      // The reference of a row or cell is optional in the file format, and some writers leave it
      // out; ExcelJS needs it, so one is given in order: the row after the last, the cell after
      // the last in its row.
      if (tag.name === 'row') {
        column = 0;
        row = Number(tag.attributes['r']) || row + 1;
        tag.attributes['r'] ??= String(row);
      } else if (tag.name === 'c') {
        // A cell names its column ("BDWGM7"); without a name it is the one after the last.
        const letters = /^[A-Z]+/.exec(tag.attributes['r'] ?? '')?.[0];
        column = letters ? columnNumber(letters) : column + 1;
        if (column > XLSX_LIMITS.maxColumns) error ??= new XlsxLimitError('columns', { max: String(XLSX_LIMITS.maxColumns) });
        tag.attributes['r'] ??= `${columnLetters(column)}${row}`;
      }
      events.push({ eventType: 'opentag', value });
    });
    parser.on('text', (value) => {
      if ((value as string).length > XLSX_LIMITS.maxCellChars) error ??= new XlsxLimitError('cellLength', { max: String(XLSX_LIMITS.maxCellChars) });
      if (!phonetic) events.push({ eventType: 'text', value });
    });
    parser.on('closetag', (value) => {
      const name = (value as { name: string }).name;
      if (name === 'is') inline = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 't' && inline) return;
      events.push({ eventType: 'closetag', value });
    });
    for await (const chunk of iterable) {
      bytes += chunk.length;
      if (bytes > XLSX_LIMITS.maxEntryBytes) throw new XlsxLimitError('entrySize', { max: mib(XLSX_LIMITS.maxEntryBytes) });
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  }
  const module = new (require('node:module') as { Module: new (id: string) => NodeJS.Module }).Module(parseSaxPath);
  module.filename = parseSaxPath;
  module.loaded = true;
  module.exports = parseSax;
  require.cache[parseSaxPath] = module;
}

interface SaxParser {
  on(event: 'error', listener: (error: unknown) => void): void;
  on(event: 'opentag' | 'text' | 'closetag', listener: (value: unknown) => void): void;
  write(text: string): void;
}

const ExcelJS = require('exceljs') as typeof ExcelJSModule;
export default ExcelJS;

interface ZipEntry extends AsyncIterable<Buffer> {
  path: string;
  autodrain(): void;
}
interface Unzipper {
  Open: {
    file(path: string): Promise<{ files: Array<{ path: string; uncompressedSize: number }> }>;
    buffer(content: Buffer): Promise<{ files: Array<{ path: string; uncompressedSize: number }> }>;
  };
  Parse(options: { forceStream: true }): NodeJS.WritableStream & AsyncIterable<ZipEntry> & { destroy(): void };
}
const unzipper = excelRequire('unzipper') as Unzipper;

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** Markers of a row's end and of a value in it; none is longer than six characters. */
const ROW_MARKERS = /<\/row>|<v>|<t[ >]|<is>/g;

/**
 * Checks a workbook against XLSX_LIMITS before anything reads it, and counts the data rows of
 * its first worksheet (rows that hold a value), which lets an import refuse an oversized file
 * before touching the database and give its progress bar a real total.
 *
 * First the sizes the central directory declares; then every entry is inflated in the order a
 * streaming reader meets them (the same parser ExcelJS uses, so both see the same entries),
 * counting real bytes, since declared sizes can lie. Text between two tags longer than any
 * allowed cell could be escaped to is refused here, so no reader ever buffers a giant cell.
 * Time and memory are bounded by the limits, whatever the file claims.
 */
export async function inspectXlsx(source: string | Buffer): Promise<{ rows: number }> {
  const directory = typeof source === 'string' ? await unzipper.Open.file(source) : await unzipper.Open.buffer(source);
  if (directory.files.length > XLSX_LIMITS.maxEntries) throw new XlsxLimitError('entries', { max: String(XLSX_LIMITS.maxEntries) });
  let declared = 0;
  for (const file of directory.files) {
    checkEntrySize(file.path, file.uncompressedSize);
    declared += file.uncompressedSize;
    if (declared > XLSX_LIMITS.maxTotalBytes) throw new XlsxLimitError('totalSize', { max: mib(XLSX_LIMITS.maxTotalBytes) });
  }

  const input = typeof source === 'string' ? createReadStream(source) : Readable.from([source]);
  const zip = unzipper.Parse({ forceStream: true });
  input.pipe(zip);
  const rowsBySheet = new Map<number, number>();
  let total = 0;
  // Escaping makes a character at most six ("&quot;"); tag and attributes get some room.
  const maxRun = XLSX_LIMITS.maxCellChars * 6 + 4096;
  try {
    for await (const entry of zip) {
      const sheet = Number(SHEET.exec(entry.path)?.[1] ?? NaN);
      const scan = !Number.isNaN(sheet) || entry.path === SHARED_STRINGS;
      const decoder = new StringDecoder('utf8');
      let bytes = 0;
      let run = 0;
      let tail = '';
      let rows = 0;
      let rowHasValue = false;
      for await (const chunk of entry) {
        bytes += chunk.length;
        total += chunk.length;
        checkEntrySize(entry.path, bytes);
        if (total > XLSX_LIMITS.maxTotalBytes) throw new XlsxLimitError('totalSize', { max: mib(XLSX_LIMITS.maxTotalBytes) });
        if (!scan) continue;
        const text = decoder.write(chunk);
        const lastTag = text.lastIndexOf('<');
        if (lastTag < 0) run += text.length;
        else {
          for (let from = 0, at = text.indexOf('<'); at >= 0; from = at + 1, at = text.indexOf('<', at + 1)) {
            if (run + at - from > maxRun) throw new XlsxLimitError('cellLength', { max: String(XLSX_LIMITS.maxCellChars) });
            run = 0;
          }
          run = text.length - lastTag - 1;
        }
        if (run > maxRun) throw new XlsxLimitError('cellLength', { max: String(XLSX_LIMITS.maxCellChars) });
        if (Number.isNaN(sheet)) continue;
        // A marker cut by a chunk boundary is completed by the carried tail; one wholly inside
        // the tail was already counted.
        const window = tail + text;
        for (const match of window.matchAll(ROW_MARKERS)) {
          if (match.index! + match[0].length <= tail.length) continue;
          if (match[0] === '</row>') {
            if (rowHasValue) rows += 1;
            rowHasValue = false;
          } else rowHasValue = true;
        }
        tail = window.slice(-5);
      }
      if (!Number.isNaN(sheet)) rowsBySheet.set(sheet, rows);
    }
  } finally {
    input.destroy();
    zip.destroy();
  }
  const first = Math.min(...rowsBySheet.keys());
  return { rows: rowsBySheet.get(first) ?? 0 };
}

function checkEntrySize(entryPath: string, bytes: number) {
  if (entryPath === SHARED_STRINGS) {
    if (bytes > XLSX_LIMITS.maxSharedStringsBytes) throw new XlsxLimitError('sharedStrings', { max: mib(XLSX_LIMITS.maxSharedStringsBytes) });
  } else if (bytes > XLSX_LIMITS.maxEntryBytes) throw new XlsxLimitError('entrySize', { max: mib(XLSX_LIMITS.maxEntryBytes) });
}

/**
 * The rows of a workbook's first worksheet as ExcelJS reads them (values indexed by column, from
 * 1), streamed: a sheet of any length is never held in memory. The other worksheets are notes.
 */
export async function* firstSheetRows(filePath: string): AsyncGenerator<{ row: number; values: ExcelJSModule.CellValue[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJSModule.Row>) yield { row: row.number, values: row.values as ExcelJSModule.CellValue[] };
    break;
  }
}

/** Text of a cell as a clerk sees it; dates as YYYY-MM-DD whatever the cell's format. */
export function cellText(value: ExcelJSModule.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value) : value.toExponential();
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJSModule.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}
