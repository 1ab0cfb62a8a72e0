import ExcelJS from '../../platform/files/xlsx.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { listOccupations } from '../reference/index.ts';
import { CATALOGUE_COLUMNS } from './catalogue-file.ts';

/** The catalogue in force, in the import template's own shape, so an export can be edited and re-imported. */
export async function exportCatalogue({ ctx, format }: { ctx: ServiceContext; format: 'csv' | 'xlsx' }): Promise<Buffer> {
  const occupations = await listOccupations({ ctx });
  const rows = occupations.map((o) => [o.code, o.nameZh, o.workTypes.join('|'), o.levels.join('|'), o.standardVersion]);
  const header = CATALOGUE_COLUMNS.map((c) => c.label);
  if (format === 'csv') {
    const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    // BOM: Excel opens UTF-8 CSV correctly only with it.
    return Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('职业目录');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
