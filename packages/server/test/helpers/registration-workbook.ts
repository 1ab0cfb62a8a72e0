import ExcelJS from '../../src/platform/files/xlsx.ts';
import { residentIdCheckChar } from '@jiping/domain';
import { IMPORT_COLUMNS, type ImportColumn } from '../../src/modules/registrations/import/columns.ts';

/** A valid resident ID for the n-th generated candidate: born 1985–1999, Xuhui, check digit right; distinct for n below 5 million. */
export function residentId(n: number, district = '310104'): string {
  const year = 1985 + (n % 15);
  const month = String(1 + (Math.floor(n / 15) % 12)).padStart(2, '0');
  const day = String(1 + (Math.floor(n / 180) % 28)).padStart(2, '0');
  const sequence = String(Math.floor(n / 5040) % 1000).padStart(3, '0');
  const first17 = `${district}${year}${month}${day}${sequence}`;
  return first17 + residentIdCheckChar(first17);
}

export type CandidateRow = Partial<Record<ImportColumn, string>>;

/** A dispatched 车工 worker with a 五级 certificate from 2020: eligible for 四级 under the 2018 template. */
export function dispatchedWorker(n: number): CandidateRow {
  return {
    name: `测试考生${n}`,
    idType: '居民身份证',
    idNumber: residentId(n),
    relation: '劳务派遣',
    employer: '上海东方人力资源服务有限公司',
    relationFrom: '2020-01-01',
    workFrom: '2019-07-01',
    certificateOccupation: '6-18-01-01',
    certificateLevel: '五级',
    certificateDate: '2020-06-30',
  };
}

/**
 * Writes candidate rows as the template lays them out, streaming, so a benchmark can produce
 * 100 000 rows without holding the sheet in memory. `headers` replaces the header row.
 */
export async function writeRegistrationWorkbook(filePath: string, rows: Iterable<CandidateRow>, options: { headers?: string[] } = {}) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('报名名单');
  sheet.addRow(options.headers ?? IMPORT_COLUMNS.map((c) => c.header)).commit();
  // Blank cells are left out, as Excel does, so sparse rows stay small.
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.key] || null)).commit();
  sheet.commit();
  await workbook.commit();
}
