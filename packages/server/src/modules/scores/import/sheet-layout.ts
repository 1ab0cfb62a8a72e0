import type { CellValue } from 'exceljs';
import type { Db } from '../../../platform/db/client.ts';
import type { ScoreSession } from '../score-session.ts';
import { scorersOf } from '../score-sheet.ts';

/** The fixed columns of a score sheet; the score columns follow them. */
export const TICKET_HEADER = '准考证号';
export const NAME_HEADER = '姓名';
/** Written in the template for the clerk's bearings; read and ignored. */
export const INFO_HEADERS = ['座位号', '备注'] as const;
/** Theory's one score per candidate. */
export const THEORY_HEADER = '成绩';
/** What a score cell says for an absent candidate (blank is taken the same way). */
export const ABSENT_MARK = '缺考';

export interface ScoreColumn {
  header: string;
  /** The scorer whose score the column holds; null for theory's one score. */
  staffId: string | null;
  /** Also accepted as the header: the scorer's bare name, when no other scorer has it. */
  alias: string | null;
}

/**
 * The score columns of a session's sheet: one per scorer of a skill assessment or review, named
 * by the scorer and their certificate number (two examiners may share a name), or theory's one
 * score column.
 */
export async function sheetLayout(db: Db, loaded: Pick<ScoreSession, 'session'>): Promise<ScoreColumn[]> {
  if (loaded.session.component === 'theory') return [{ header: THEORY_HEADER, staffId: null, alias: null }];
  const scorers = await scorersOf(db, loaded);
  return scorers.map((s) => ({ header: `${s.name}（${s.certificateNo}）`, staffId: s.staffId, alias: scorers.filter((o) => o.name === s.name).length === 1 ? s.name : null }));
}

/** A header as typed in any spreadsheet: full-width forms folded, spaces and a required-mark asterisk dropped. */
export function headerText(value: CellValue): string {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value).normalize('NFKC').replace(/\s+/g, '').replace(/\*$/, '')
    : value && typeof value === 'object' && 'richText' in value
      ? headerText(value.richText.map((part) => part.text).join(''))
      : '';
}
