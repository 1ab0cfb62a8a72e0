import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { Db } from './client.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { registrationImportErrors, scoreImportErrors } from './schema.ts';
import type { RowError } from '../files/row-error-report.ts';

/** The tables that keep every refused row of an import, one per kind of import, with the same columns. */
export type RowErrorTable = typeof registrationImportErrors | typeof scoreImportErrors;

/** Rows read per query while a report streams out. */
const READ_PAGE = 5000;

/**
 * The errors of one running import, written a batch at a time in the order they were found; the
 * database numbers them as they are written.
 */
export class RowErrorLog {
  private pending: RowError[] = [];

  constructor(
    private readonly table: RowErrorTable,
    private readonly importId: string,
  ) {}

  add(error: RowError) {
    this.pending.push(error);
  }

  /** Writes what was found since the last flush, all or nothing: kept for the next flush if the write fails. */
  async flush(db: Db) {
    if (!this.pending.length) return;
    // Both tables have the same columns: one of them stands for either.
    const table = this.table as typeof registrationImportErrors;
    await bulkInsert(
      db,
      table,
      this.pending.map((e) => ({ importId: this.importId, ...e })),
    );
    this.pending = [];
  }
}

/** Every error of an import, by row, read a page at a time (keyset on row and ordinal). */
export async function* rowErrorPages(db: Db, errorTable: RowErrorTable, importId: string): AsyncGenerator<RowError[]> {
  const table = errorTable as typeof registrationImportErrors;
  let after: { row: number; ordinal: number } | null = null;
  for (;;) {
    const page: Array<RowError & { ordinal: number }> = await db
      .select({ row: table.row, ordinal: table.ordinal, column: table.column, message: table.message })
      .from(table)
      .where(and(eq(table.importId, importId), after ? or(gt(table.row, after.row), and(eq(table.row, after.row), gt(table.ordinal, after.ordinal))) : undefined))
      .orderBy(asc(table.row), asc(table.ordinal))
      .limit(READ_PAGE);
    if (!page.length) return;
    yield page;
    const last = page[page.length - 1]!;
    after = { row: last.row, ordinal: last.ordinal };
  }
}

/** The columns every import record has: its file, status, counts, first errors and times. */
interface ImportRecord {
  id: string;
  fileName: string;
  status: string;
  totalRows: number;
  processedRows: number;
  acceptedRows: number;
  errorRows: number;
  errors: unknown;
  message: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** How any import's progress is answered: the same fields whatever was imported. */
export function importProgressView<S extends string>(row: ImportRecord & { status: S }) {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    acceptedRows: row.acceptedRows,
    errorRows: row.errorRows,
    errors: row.errors as RowError[],
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
