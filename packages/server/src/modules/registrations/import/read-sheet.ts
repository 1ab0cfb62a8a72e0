import ExcelJS, { cellText, firstSheetRows, XlsxLimitError } from '../../../platform/files/xlsx.ts';
import { IMPORT_COLUMNS, type ImportColumn, type RawImportRow } from './columns.ts';

export class ImportFileError extends Error {
  constructor(
    readonly key: 'import.unreadable' | 'import.headers' | 'import.empty' | 'import.tooManyRows' | XlsxLimitError['messageKey'],
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

/**
 * Streams the first worksheet of an .xlsx file row by row: a 100 000-row sheet is never held in
 * memory. Yields batches of rows keyed by column; stops as soon as the row limit is passed.
 */
export async function* readImportSheet(filePath: string, maxRows: number, batchSize = 1000): AsyncGenerator<Array<{ row: number; values: RawImportRow }>> {
  let positions: Map<ImportColumn, number> | null = null;
  let count = 0;
  let batch: Array<{ row: number; values: RawImportRow }> = [];
  try {
    for await (const { row, values } of firstSheetRows(filePath)) {
      const cells = values.map(cellText);
      if (!positions) {
        positions = new Map();
        for (const column of IMPORT_COLUMNS) {
          const index = cells.findIndex((cell) => cell?.trim().replace(/\*$/, '') === column.header);
          if (index >= 0) positions.set(column.key, index);
        }
        const missing = IMPORT_COLUMNS.filter((c) => c.required && !positions!.has(c.key)).map((c) => c.header);
        if (missing.length) throw new ImportFileError('import.headers', { missing: missing.join('、') });
        continue;
      }
      if (!cells.some((cell) => cell && cell.trim() !== '')) continue;
      count += 1;
      if (count > maxRows) throw new ImportFileError('import.tooManyRows', { max: String(maxRows) });
      batch.push({ row, values: Object.fromEntries([...positions].map(([key, index]) => [key, (cells[index] ?? '').trim()])) });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if (error instanceof XlsxLimitError) throw new ImportFileError(error.messageKey, error.params);
    throw new ImportFileError('import.unreadable');
  }
  if (!positions) throw new ImportFileError('import.empty');
  if (batch.length) yield batch;
  if (count === 0) throw new ImportFileError('import.empty');
}

/** The downloadable template: headers (required ones marked *), one example row, and notes. */
export async function importTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名名单');
  sheet.addRow(IMPORT_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
  const example: Partial<Record<ImportColumn, string>> = {
    name: '张伟',
    idType: '居民身份证',
    idNumber: '110101199003070035',
    phone: '13800138000',
    attempt: '正考',
    relation: '劳务派遣',
    employer: '上海某人力资源有限公司',
    relationFrom: '2020-01-01',
    workFrom: '2018-03-01',
    certificateOccupation: '6-18-01-01',
    certificateLevel: '五级',
    certificateNumber: 'S000031000000123456',
    certificateDate: '2022-03-01',
    diplomaKind: '中等职业学校',
    major: '数控技术应用',
    graduatedOn: '2017-06-30',
  };
  sheet.addRow(IMPORT_COLUMNS.map((c) => example[c.key] ?? ''));
  IMPORT_COLUMNS.forEach((column, index) => {
    const col = sheet.getColumn(index + 1);
    col.width = Math.max(14, column.header.length * 2 + 4);
    // Text format keeps 18-digit ID numbers and leading zeros intact when typed in Excel.
    col.numFmt = '@';
  });
  const notes = workbook.addWorksheet('填写说明');
  notes.addRow(['列', '是否必填', '说明']);
  for (const column of IMPORT_COLUMNS) notes.addRow([column.header, column.required ? '必填' : '选填', column.help]);
  notes.addRow([]);
  notes.addRow(['同一证件号码在全市只登记一人；已登记人员按证件号码匹配，姓名须一致。']);
  notes.addRow(['导入方式：“全部正确才导入”时任何一行有误都不导入；“只导入正确的行”时只导入无误的行，并逐行列出错误。']);
  notes.addRow(['申报条件由系统按职业标准逐项判定，不符合条件的人员仍会列入名单，标记为“不符合条件”并说明原因。']);
  notes.getColumn(1).width = 22;
  notes.getColumn(3).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
