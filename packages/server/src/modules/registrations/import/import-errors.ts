import type { ServiceContext } from '../../../platform/context.ts';
import { registrationImportErrors } from '../../../platform/db/schema.ts';
import { RowErrorLog, rowErrorPages } from '../../../platform/db/row-errors.ts';
import { rowErrorReport, type RowErrorReport } from '../../../platform/files/row-error-report.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { getImport } from './import-view.ts';

/** The errors of one running group import, written to `registration_import_errors` a batch at a time. */
export class ImportErrorLog extends RowErrorLog {
  constructor(importId: string) {
    super(registrationImportErrors, importId);
  }
}

/**
 * The full error report of an import (every refused row, not only those shown on the page), as
 * .xlsx or CSV. Read by whoever may read the import; streamed, so its size never sits in memory.
 */
export async function importErrorReport({ ctx, id, format }: { ctx: ServiceContext; id: string; format: 'xlsx' | 'csv' }): Promise<RowErrorReport> {
  await getImport({ ctx, id });
  return rowErrorReport({
    fileName: `${translate('import.report.fileName', ctx.locale)}.${format}`,
    format,
    header: [translate('import.report.row', ctx.locale), translate('import.report.column', ctx.locale), translate('import.report.message', ctx.locale)],
    sheetName: translate('import.report.sheet', ctx.locale),
    pages: () => rowErrorPages(ctx.db, registrationImportErrors, id),
  });
}
