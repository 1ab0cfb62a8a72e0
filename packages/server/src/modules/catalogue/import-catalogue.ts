import { sql } from 'drizzle-orm';
import { cataloguePolicy, shanghaiDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { occupationLevels, occupations, occupationWorkTypes } from '../../platform/db/schema.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { XlsxLimitError } from '../../platform/files/xlsx.ts';
import { CATALOGUE_COLUMNS, CatalogueFileError, readCatalogueFile, type CatalogueColumn, type RawCatalogueRow } from './catalogue-file.ts';

export interface CatalogueRow {
  code: string;
  nameZh: string;
  workTypes: string[];
  levels: number[];
  standardVersion: string;
}

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

export type ImportResult = { ok: true; rows: number; occupations: number; withdrawn: { workTypes: number; levels: number } } | { ok: false; rows: number; errors: ImportError[] };

const CODE = /^[1-8]-\d{2}-\d{2}-\d{2}$/;
const STANDARD_VERSIONS = ['2018', '2023'];

/**
 * Imports the registrable catalogue from CSV or Excel. All or nothing: any invalid row and the
 * catalogue is left as it was, with every error reported by row and column. For each occupation
 * in the file, its 工种 and levels become exactly those listed; ones no longer listed are
 * withdrawn as of today (kept for existing filings, refused for new scope and plans).
 */
export async function importCatalogue({ ctx, file, fileName }: { ctx: ServiceContext; file: Buffer; fileName: string }): Promise<ImportResult> {
  assertAllowed(cataloguePolicy(ctx.actor, 'import'));
  if (!/\.(csv|xlsx)$/i.test(fileName)) throw new AppError('VALIDATION', 'catalogue.fileType');
  let raw: RawCatalogueRow[];
  try {
    raw = await readCatalogueFile(file, fileName);
  } catch (error) {
    if (error instanceof CatalogueFileError) throw new AppError('VALIDATION', `catalogue.file.${error.reason}`, error.params);
    if (error instanceof XlsxLimitError) throw new AppError('VALIDATION', error.messageKey, error.params);
    throw error;
  }
  const { rows, errors } = validateRows(raw, ctx);
  if (errors.length) return { ok: false, rows: raw.length, errors };
  const today = shanghaiDate(ctx.now());
  return withTransaction(ctx, async (tx) => {
    await bulkInsert(
      tx.db,
      occupations,
      rows.map((r) => ({ code: r.code, nameZh: r.nameZh, standardVersion: r.standardVersion, verified: true, withdrawnOn: null })),
      { onConflict: { target: occupations.code, update: ['nameZh', 'standardVersion', 'verified', 'withdrawnOn'], set: { version: sql`${occupations.version} + 1`, updatedAt: sql`now()` } } },
    );
    await bulkInsert(
      tx.db,
      occupationWorkTypes,
      rows.flatMap((r) => r.workTypes.map((name) => ({ occupationCode: r.code, name, withdrawnOn: null }))),
      { onConflict: { target: [occupationWorkTypes.occupationCode, occupationWorkTypes.name], update: ['withdrawnOn'] } },
    );
    await bulkInsert(
      tx.db,
      occupationLevels,
      rows.flatMap((r) => r.levels.map((level) => ({ occupationCode: r.code, level, withdrawnOn: null }))),
      { onConflict: { target: [occupationLevels.occupationCode, occupationLevels.level], update: ['withdrawnOn'] } },
    );
    const payload = JSON.stringify(rows);
    const withdrawnWorkTypes = await tx.db.execute(sql`
      update occupation_work_types w set withdrawn_on = ${today}
      from jsonb_to_recordset(${payload}::jsonb) as r(code text, "workTypes" jsonb)
      where w.occupation_code = r.code and w.withdrawn_on is null and not (r."workTypes" ? w.name)
      returning w.occupation_code`);
    const withdrawnLevels = await tx.db.execute(sql`
      update occupation_levels l set withdrawn_on = ${today}
      from jsonb_to_recordset(${payload}::jsonb) as r(code text, levels jsonb)
      where l.occupation_code = r.code and l.withdrawn_on is null and not (r.levels @> to_jsonb(l.level::int))
      returning l.occupation_code`);
    const withdrawn = {
      workTypes: (withdrawnWorkTypes as unknown as { rows: unknown[] }).rows.length,
      levels: (withdrawnLevels as unknown as { rows: unknown[] }).rows.length,
    };
    await appendAudit(tx, {
      action: 'catalogue.imported',
      entityType: 'catalogue',
      after: rows,
      detail: { fileName, rows: rows.length, withdrawn },
    });
    return { ok: true as const, rows: raw.length, occupations: rows.length, withdrawn };
  });
}

function validateRows(raw: RawCatalogueRow[], ctx: ServiceContext): { rows: CatalogueRow[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const rows: CatalogueRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  const fail = (row: number, column: CatalogueColumn, key: string, params: Record<string, string> = {}) =>
    errors.push({ row, column: CATALOGUE_COLUMNS.find((c) => c.key === column)!.label, message: translate(key, ctx.locale, params) });
  for (const { row, values } of raw) {
    const before = errors.length;
    const code = values.code ?? '';
    const nameZh = values.nameZh ?? '';
    if (!code) fail(row, 'code', 'catalogue.row.required');
    else if (!CODE.test(code)) fail(row, 'code', 'catalogue.row.codeFormat', { value: code });
    else if (firstRowOfCode.has(code)) fail(row, 'code', 'catalogue.row.duplicateCode', { value: code, other: String(firstRowOfCode.get(code)) });
    if (!nameZh) fail(row, 'nameZh', 'catalogue.row.required');
    else if (nameZh.length > 100) fail(row, 'nameZh', 'catalogue.row.tooLong', { max: '100' });
    const workTypes = (values.workTypes ?? '')
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean);
    if (new Set(workTypes).size !== workTypes.length) fail(row, 'workTypes', 'catalogue.row.duplicateWorkType');
    if (workTypes.some((w) => w.length > 50)) fail(row, 'workTypes', 'catalogue.row.tooLong', { max: '50' });
    const levelTexts = (values.levels ?? '')
      .split('|')
      .map((l) => l.trim())
      .filter(Boolean);
    const levels = levelTexts.map(Number);
    if (!levelTexts.length) fail(row, 'levels', 'catalogue.row.required');
    else if (levels.some((l) => !Number.isInteger(l) || l < 1 || l > 5)) fail(row, 'levels', 'catalogue.row.levelRange', { value: values.levels ?? '' });
    else if (new Set(levels).size !== levels.length) fail(row, 'levels', 'catalogue.row.duplicateLevel');
    const standardVersion = values.standardVersion || '2018';
    if (!STANDARD_VERSIONS.includes(standardVersion)) fail(row, 'standardVersion', 'catalogue.row.standardVersion', { value: standardVersion });
    if (code && !firstRowOfCode.has(code)) firstRowOfCode.set(code, row);
    if (errors.length === before) rows.push({ code, nameZh, workTypes, levels: [...levels].sort((a, b) => b - a), standardVersion });
  }
  return { rows, errors };
}
