import type { CellValue } from 'exceljs';
import { firstSheetRows, XlsxLimitError } from '../../../platform/files/xlsx.ts';
import { ABSENT_MARK, headerText, INFO_HEADERS, NAME_HEADER, TICKET_HEADER, type ScoreColumn } from './sheet-layout.ts';

/** A refusal of the whole file, before any row: its reason, or the header's problems column by column. */
export class ScoreFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
    readonly columns: Array<{ column: string; key: string; params: Record<string, string> }> = [],
  ) {
    super(key);
  }
}

/** A data row: its cells as read, the ticket number and name as text, each score column's value. */
export interface ScoreSheetRow {
  row: number;
  ticket: CellValue;
  name: string;
  scores: CellValue[];
}

/** The text of a cell typed as text, as a number, as rich text or as a formula's cached result. */
export function cellValue(value: CellValue): CellValue {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellValue(value.result as CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return value;
}

function text(value: CellValue): string {
  const v = cellValue(value);
  return v === null || v === undefined ? '' : String(v).normalize('NFKC').trim();
}

/**
 * Maps the header row onto the session's columns. Every problem is reported at once, each under
 * the column it concerns: a column the session has no use for (an examiner who does not score
 * it, a typo), one given twice, and the ones missing.
 */
function readHeader(cells: CellValue[], layout: readonly ScoreColumn[]) {
  const problems: ScoreFileError['columns'] = [];
  const positions = { ticket: -1, name: -1, scores: layout.map(() => -1) };
  const claim = (index: number, current: number, header: string) => {
    if (current >= 0) problems.push({ column: header, key: 'scoreImport.duplicateColumn', params: {} });
    return current >= 0 ? current : index;
  };
  cells.forEach((cell, index) => {
    const header = headerText(cell);
    if (!header) return;
    if (header === TICKET_HEADER) positions.ticket = claim(index, positions.ticket, header);
    else if (header === NAME_HEADER) positions.name = claim(index, positions.name, header);
    else if ((INFO_HEADERS as readonly string[]).includes(header)) return;
    else {
      const at = layout.findIndex((c) => headerText(c.header) === header || (c.alias !== null && headerText(c.alias) === header));
      if (at < 0) problems.push({ column: String(cellValue(cell)), key: 'scoreImport.unknownColumn', params: { expected: layout.map((c) => c.header).join('、') } });
      else positions.scores[at] = claim(index, positions.scores[at]!, header);
    }
  });
  if (positions.ticket < 0) problems.push({ column: TICKET_HEADER, key: 'scoreImport.missingColumn', params: {} });
  if (positions.name < 0) problems.push({ column: NAME_HEADER, key: 'scoreImport.missingColumn', params: {} });
  layout.forEach((c, i) => positions.scores[i]! < 0 && problems.push({ column: c.header, key: 'scoreImport.missingColumn', params: {} }));
  if (problems.length) throw new ScoreFileError('scoreImport.headers', {}, problems);
  return positions;
}

/**
 * Streams the first worksheet of a score sheet in batches: the header row is checked against the
 * session's layout, blank rows are skipped, and more than `maxRows` rows stop the reading.
 */
export async function* readScoreSheet(filePath: string, layout: readonly ScoreColumn[], maxRows: number, batchSize: number): AsyncGenerator<ScoreSheetRow[]> {
  let positions: ReturnType<typeof readHeader> | null = null;
  let count = 0;
  let batch: ScoreSheetRow[] = [];
  try {
    for await (const { row, values } of firstSheetRows(filePath)) {
      if (!positions) {
        positions = readHeader(values, layout);
        continue;
      }
      if (!values.some((value) => text(value) !== '')) continue;
      count += 1;
      if (count > maxRows) throw new ScoreFileError('scoreImport.tooManyRows', { max: String(maxRows) });
      batch.push({ row, ticket: cellValue(values[positions.ticket]), name: text(values[positions.name]), scores: positions.scores.map((at) => cellValue(values[at])) });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof ScoreFileError) throw error;
    if (error instanceof XlsxLimitError) throw new ScoreFileError(error.messageKey, error.params);
    throw new ScoreFileError('import.unreadable');
  }
  if (!positions || count === 0) throw new ScoreFileError('scoreImport.empty');
  if (batch.length) yield batch;
}

/** The ticket number as typed; a long number Excel stored as a number has lost digits (null). */
export function ticketText(value: CellValue): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value < 1e15 ? String(value) : null;
  return text(value);
}

/** A score cell: blank or the absence mark, else the value to parse (text folded from full-width). */
export function scoreCell(value: CellValue): { blank: true } | { blank: false; value: string | number } {
  if (typeof value === 'number') return { blank: false, value };
  const typed = text(value);
  return typed === '' || typed === ABSENT_MARK ? { blank: true } : { blank: false, value: typed };
}
