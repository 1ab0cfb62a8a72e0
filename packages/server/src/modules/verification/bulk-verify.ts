import { BULK_VERIFICATION_MAX_ROWS } from '@jiping/contracts';
import { LEVEL_LABELS } from '@jiping/domain';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import ExcelJS, { cellText, firstSheetRows, inspectXlsx, XlsxLimitError } from '../../platform/files/xlsx.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { comparableName, numberRefusal, statusRows, type CertificateStatusRow } from './certificate-status.ts';

const NUMBER_HEADER = '证书编号';
const NAME_HEADER = '姓名';

/** The list an employer fills in: number and name, one certificate per row. */
export async function verificationTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('待核验证书');
  sheet.addRow([NUMBER_HEADER, NAME_HEADER]);
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 16;
  // Text format: a number typed into Excel keeps its leading letter and every digit.
  sheet.getColumn(1).numFmt = '@';
  const notes = workbook.addWorksheet('填写说明');
  notes.addRow([`每行填写一本证书的 22 位编号与持证人姓名，最多 ${BULK_VERIFICATION_MAX_ROWS} 行。`]);
  notes.addRow(['姓名必填：核验结果只对编号与姓名相符的证书给出详细信息。']);
  notes.getColumn(1).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface ListRow {
  row: number;
  number: string;
  name: string;
}

/** Reads the list: the first sheet, a header row naming 证书编号 and 姓名 (in any order), then rows. */
async function readList(content: Buffer): Promise<ListRow[]> {
  try {
    const { rows } = await inspectXlsx(content);
    if (rows - 1 > BULK_VERIFICATION_MAX_ROWS) throw new AppError('VALIDATION', 'verification.bulk.tooManyRows', { max: String(BULK_VERIFICATION_MAX_ROWS) });
  } catch (error) {
    if (error instanceof XlsxLimitError) throw new AppError('VALIDATION', error.messageKey, error.params);
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', 'verification.bulk.unreadable');
  }
  // The streaming reader is the one every import uses: it reads what Excel, WPS and LibreOffice
  // write alike (shared or inline strings), which the whole-workbook loader does not.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'jiping-verify-'));
  const file = path.join(dir, 'list.xlsx');
  let numberAt = -1;
  let nameAt = -1;
  const list: ListRow[] = [];
  try {
    await writeFile(file, content);
    for await (const { row, values } of firstSheetRows(file)) {
      const text = (at: number) => cellText(values[at]).normalize('NFKC').trim();
      if (numberAt < 0) {
        if (values.every((value) => !cellText(value).trim())) continue;
        values.forEach((value, at) => {
          const header = cellText(value).normalize('NFKC').replace(/[\s*]/g, '');
          if (header === NUMBER_HEADER) numberAt = at;
          if (header === NAME_HEADER) nameAt = at;
        });
        if (numberAt < 0 || nameAt < 0) throw new AppError('VALIDATION', 'verification.bulk.header', { number: NUMBER_HEADER, name: NAME_HEADER });
        continue;
      }
      const number = text(numberAt).toUpperCase();
      const name = text(nameAt);
      if (number || name) list.push({ row, number, name });
      if (list.length > BULK_VERIFICATION_MAX_ROWS) throw new AppError('VALIDATION', 'verification.bulk.tooManyRows', { max: String(BULK_VERIFICATION_MAX_ROWS) });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', 'verification.bulk.unreadable');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (numberAt < 0) throw new AppError('VALIDATION', 'verification.bulk.header', { number: NUMBER_HEADER, name: NAME_HEADER });
  if (!list.length) throw new AppError('VALIDATION', 'verification.bulk.empty');
  if (list.length > BULK_VERIFICATION_MAX_ROWS) throw new AppError('VALIDATION', 'verification.bulk.tooManyRows', { max: String(BULK_VERIFICATION_MAX_ROWS) });
  return list;
}

/** One row's verdict: the number must be well formed and known, and the name must be the holder's before anything else is said. */
function verdict(ctx: ServiceContext, entry: ListRow, found: CertificateStatusRow | undefined): { result: string; details: string[]; note: string } {
  const t = (key: string, params: Record<string, string> = {}) => translate(key, ctx.locale, params);
  if (!entry.number) return { result: t('verification.bulk.result.missingNumber'), details: [], note: '' };
  const refusal = numberRefusal(entry.number);
  if (refusal) return { result: t('verification.bulk.result.malformed'), details: [], note: t(refusal, { number: entry.number }) };
  if (!found) return { result: t('verification.bulk.result.unknown'), details: [], note: '' };
  if (!entry.name) return { result: t('verification.bulk.result.missingName'), details: [], note: '' };
  if (comparableName(entry.name) !== comparableName(found.holderName)) return { result: t('verification.bulk.result.nameMismatch'), details: [], note: '' };
  const details = [
    found.workType ? `${found.occupationName}（${found.workType}）` : found.occupationName,
    LEVEL_LABELS[found.level as 1 | 2 | 3 | 4 | 5][ctx.locale],
    found.institutionName,
    found.issueDate,
  ];
  if (found.status === 'revoked') {
    const revokedOn = found.revokedAt ? found.revokedAt.toISOString().slice(0, 10) : '';
    return { result: t('verification.status.revoked'), details, note: t('verification.bulk.note.revoked', { date: revokedOn, reason: found.revocationReason ?? '' }) };
  }
  if (found.status === 'replaced') return { result: t('verification.status.replaced'), details, note: t('verification.bulk.note.replaced', { number: found.replacedBy ?? '' }) };
  return { result: t('verification.status.valid'), details, note: '' };
}

/**
 * Bulk verification for employers: an .xlsx of numbers and names in, the same list with a verdict
 * per row out. Every row needs the holder's name, so the file tells an employer about the people
 * it already knows and nothing about anyone else; the row cap keeps it an intake tool.
 */
export async function bulkVerify({ ctx, content }: { ctx: ServiceContext; content: Buffer }): Promise<Buffer> {
  const list = await readList(content);
  const numbers = [...new Set(list.map((entry) => entry.number).filter((number) => number && !numberRefusal(number)))];
  const found = new Map((await statusRows(ctx, numbers)).map((row) => [row.number, row]));
  const t = (key: string) => translate(key, ctx.locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('verification.bulk.sheet'));
  sheet.addRow(['行号', NUMBER_HEADER, NAME_HEADER, '核验结果', '职业（工种）', '等级', '发证机构', '发证日期', '说明'].map((h, i) => (ctx.locale === 'zh-CN' ? h : BULK_HEADERS_EN[i])));
  for (const entry of list) {
    const { result, details, note } = verdict(ctx, entry, found.get(entry.number));
    sheet.addRow([entry.row, entry.number, entry.name, result, ...(details.length ? details : ['', '', '', '']), note]);
  }
  sheet.getColumn(2).width = 26;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(5).width = 24;
  sheet.getColumn(7).width = 30;
  sheet.getColumn(9).width = 40;
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const BULK_HEADERS_EN = ['Row', 'Certificate number', 'Name', 'Result', 'Occupation (work type)', 'Level', 'Issuer', 'Issue date', 'Note'];
