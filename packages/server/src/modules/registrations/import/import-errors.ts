import { PassThrough, Readable } from 'node:stream';
import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { ImportRowError } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import { bulkInsert } from '../../../platform/db/bulk-insert.ts';
import { registrationImportErrors } from '../../../platform/db/schema.ts';
import ExcelJS from '../../../platform/files/xlsx.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { getImport } from './import-view.ts';

/** Rows read per query while a report streams out. */
const READ_PAGE = 5000;

/**
 * The errors of one running import, written to `registration_import_errors` a batch at a time, in
 * the order they were found; the database numbers them as they are written.
 */
export class ImportErrorLog {
  private pending: ImportRowError[] = [];

  constructor(private readonly importId: string) {}

  add(error: ImportRowError) {
    this.pending.push(error);
  }

  /** Writes what was found since the last flush, all or nothing: kept for the next flush if the write fails. */
  async flush(db: Db) {
    if (!this.pending.length) return;
    await bulkInsert(
      db,
      registrationImportErrors,
      this.pending.map((e) => ({ importId: this.importId, ...e })),
    );
    this.pending = [];
  }
}

/** Every error of an import, by row, read a page at a time (keyset on row and ordinal). */
async function* errorPages(db: Db, importId: string): AsyncGenerator<ImportRowError[]> {
  let after: { row: number; ordinal: number } | null = null;
  for (;;) {
    const page: Array<ImportRowError & { ordinal: number }> = await db
      .select({ row: registrationImportErrors.row, ordinal: registrationImportErrors.ordinal, column: registrationImportErrors.column, message: registrationImportErrors.message })
      .from(registrationImportErrors)
      .where(
        and(
          eq(registrationImportErrors.importId, importId),
          after ? or(gt(registrationImportErrors.row, after.row), and(eq(registrationImportErrors.row, after.row), gt(registrationImportErrors.ordinal, after.ordinal))) : undefined,
        ),
      )
      .orderBy(asc(registrationImportErrors.row), asc(registrationImportErrors.ordinal))
      .limit(READ_PAGE);
    if (!page.length) return;
    yield page;
    const last = page[page.length - 1]!;
    after = { row: last.row, ordinal: last.ordinal };
  }
}

function headerOf(locale: Locale) {
  return [translate('import.report.row', locale), translate('import.report.column', locale), translate('import.report.message', locale)];
}

export interface ErrorReport {
  fileName: string;
  contentType: string;
  stream: Readable;
}

/**
 * The full error report of an import (every refused row, not only those shown on the page), as
 * .xlsx or CSV. Read by whoever may read the import; streamed, so its size never sits in memory.
 */
export async function importErrorReport({ ctx, id, format }: { ctx: ServiceContext; id: string; format: 'xlsx' | 'csv' }): Promise<ErrorReport> {
  await getImport({ ctx, id });
  const fileName = `${translate('import.report.fileName', ctx.locale)}.${format}`;
  const header = headerOf(ctx.locale);
  if (format === 'csv') {
    const quote = (cell: string | number) => {
      const text = String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    async function* lines() {
      // BOM: Excel opens UTF-8 CSV correctly only with it.
      yield `\uFEFF${header.map(quote).join(',')}\r\n`;
      for await (const page of errorPages(ctx.db, id)) yield page.map((e) => `${[e.row, e.column, e.message].map(quote).join(',')}\r\n`).join('');
    }
    return { fileName, contentType: 'text/csv; charset=utf-8', stream: Readable.from(lines()) };
  }
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(translate('import.report.sheet', ctx.locale));
  sheet.columns = [{ width: 8 }, { width: 24 }, { width: 80 }];
  void (async () => {
    sheet.addRow(header).commit();
    for await (const page of errorPages(ctx.db, id)) for (const e of page) sheet.addRow([e.row, e.column, e.message]).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return { fileName, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', stream: out };
}
