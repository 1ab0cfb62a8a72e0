import { PassThrough, Readable } from 'node:stream';
import ExcelJS from './xlsx.ts';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface RowErrorReport {
  fileName: string;
  contentType: string;
  stream: Readable;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The full error report of an import (row, column, problem), as .xlsx or CSV, streamed from
 * pages read one after another: its size never sits in memory. The CSV starts with a BOM, without
 * which Excel misreads UTF-8.
 */
export function rowErrorReport({
  fileName,
  format,
  header,
  sheetName,
  pages,
}: {
  fileName: string;
  format: 'xlsx' | 'csv';
  header: [string, string, string];
  sheetName: string;
  pages: () => AsyncGenerator<RowError[]>;
}): RowErrorReport {
  if (format === 'csv') {
    const quote = (cell: string | number) => {
      const text = String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    async function* lines() {
      yield `\uFEFF${header.map(quote).join(',')}\r\n`;
      for await (const page of pages()) yield page.map((e) => `${[e.row, e.column, e.message].map(quote).join(',')}\r\n`).join('');
    }
    return { fileName, contentType: 'text/csv; charset=utf-8', stream: Readable.from(lines()) };
  }
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = [{ width: 8 }, { width: 24 }, { width: 80 }];
  void (async () => {
    sheet.addRow(header).commit();
    for await (const page of pages()) for (const e of page) sheet.addRow([e.row, e.column, e.message]).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return { fileName, contentType: XLSX_CONTENT_TYPE, stream: out };
}
