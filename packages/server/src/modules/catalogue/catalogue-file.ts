import { Readable } from 'node:stream';
import type { Row } from 'exceljs';
import ExcelJS, { inspectXlsx, XlsxLimitError } from '../../platform/files/xlsx.ts';

/** Columns of a catalogue file; each accepts the template's Chinese header and the English one. */
export const CATALOGUE_COLUMNS = [
  { key: 'code', headers: ['职业编码', 'code'], label: '职业编码' },
  { key: 'nameZh', headers: ['职业名称', 'name_zh'], label: '职业名称' },
  { key: 'workTypes', headers: ['工种', 'work_types'], label: '工种' },
  { key: 'levels', headers: ['等级', 'levels'], label: '等级' },
  { key: 'standardVersion', headers: ['标准版本', 'standard_version'], label: '标准版本' },
] as const;
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number]['key'];
export type RawCatalogueRow = { row: number; values: Partial<Record<CatalogueColumn, string>> };

export class CatalogueFileError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'headers' | 'empty' | 'tooManyRows',
    readonly params: Record<string, string> = {},
  ) {
    super(reason);
  }
}

export const MAX_CATALOGUE_ROWS = 20_000;

/** Reads a CSV (UTF-8, with or without BOM) or .xlsx file into rows keyed by column. */
export async function readCatalogueFile(buffer: Buffer, fileName: string): Promise<RawCatalogueRow[]> {
  const table = fileName.toLowerCase().endsWith('.xlsx') ? await readXlsx(buffer) : readCsv(buffer);
  const [header, ...body] = table;
  if (!header) throw new CatalogueFileError('empty');
  const positions = new Map<CatalogueColumn, number>();
  for (const column of CATALOGUE_COLUMNS) {
    const index = header.findIndex((cell) => (column.headers as readonly string[]).includes(cell.trim()));
    if (index >= 0) positions.set(column.key, index);
  }
  const missing = CATALOGUE_COLUMNS.filter((c) => c.key !== 'workTypes' && c.key !== 'standardVersion' && !positions.has(c.key));
  if (missing.length) throw new CatalogueFileError('headers', { missing: missing.map((c) => c.label).join('、') });
  const rows = body.map((cells, index) => ({ row: index + 2, cells })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (!rows.length) throw new CatalogueFileError('empty');
  if (rows.length > MAX_CATALOGUE_ROWS) throw new CatalogueFileError('tooManyRows', { max: String(MAX_CATALOGUE_ROWS) });
  return rows.map(({ row, cells }) => ({
    row,
    values: Object.fromEntries([...positions].map(([key, index]) => [key, (cells[index] ?? '').trim()])),
  }));
}

/**
 * Streams the first worksheet (ExcelJS `WorkbookReader`) after checking the file against the
 * upload limits: loading the whole workbook would inflate a zip bomb into memory first.
 */
async function readXlsx(buffer: Buffer): Promise<string[][]> {
  try {
    await inspectXlsx(buffer);
  } catch (error) {
    if (error instanceof XlsxLimitError) throw error;
    throw new CatalogueFileError('unreadable');
  }
  const table: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<Row>) {
        if (row.number > MAX_CATALOGUE_ROWS + 1) throw new CatalogueFileError('tooManyRows', { max: String(MAX_CATALOGUE_ROWS) });
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cell.text ?? '';
        });
        table[row.number - 1] = Array.from(cells, (cell) => cell ?? '');
      }
      break; // the first worksheet holds the catalogue; the others are notes
    }
  } catch (error) {
    if (error instanceof XlsxLimitError || error instanceof CatalogueFileError) throw error;
    throw new CatalogueFileError('unreadable');
  }
  if (!table.length) throw new CatalogueFileError('empty');
  return Array.from(table, (row) => row ?? []);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function readCsv(buffer: Buffer): string[][] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw new CatalogueFileError('unreadable');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export async function catalogueTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('职业目录');
  sheet.addRow(CATALOGUE_COLUMNS.map((c) => c.label));
  sheet.addRow(['6-18-01-01', '车工', '数控车工|普通车工', '5|4|3|2|1', '2018']);
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  const notes = workbook.addWorksheet('填写说明');
  for (const line of [
    '职业编码：职业分类大典（2022）编码，格式如 6-18-01-01',
    '工种：多个工种以 | 分隔；无工种留空',
    '等级：可认定等级，5=五级/初级工 … 1=一级/高级技师，以 | 分隔',
    '标准版本：所依据国家职业技能标准的版本（2018 或 2023），决定申报条件',
    '导入时任何一行有误则全部不导入；文件中未列出的工种或等级将被撤销（不影响已备案机构，但不能再用于新备案和评价计划）',
  ])
    notes.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
