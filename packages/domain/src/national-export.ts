import type { IsoDate } from './dates.ts';
import type { CertificateEventKind, CertificateStatus } from './certificates.ts';
import { addWorkingDays, type WorkCalendar } from './working-days.ts';

/**
 * National export (技能人才评价证书全国联网查询, docs/domain.md "National export"): every change of a
 * certificate goes to the national query system through the city, in numbered batches.
 *
 * prepared → exported (first download) → acknowledged (the city records the national system's
 * receipt) or rejected (with a reason; the same events go again in a new attempt, a new batch
 * that names the rejected one). An event is in exactly one batch that is not rejected.
 */
export const NATIONAL_EXPORT_STATUSES = ['prepared', 'exported', 'acknowledged', 'rejected'] as const;
export type NationalExportStatus = (typeof NATIONAL_EXPORT_STATUSES)[number];

/** Most events one batch holds: a batch is written in one short transaction; more waiting events make further batches. */
export const NATIONAL_EXPORT_MAX_EVENTS = 5_000;

/** The format named in every JSON file, so a later layout can be told apart. */
export const NATIONAL_EXPORT_FORMAT = 'jiping-national-export/1';

/** One exported change of a certificate: the national certificate's content, the change, the scores behind it, and where it came from. */
export interface NationalExportRecord {
  eventId: number;
  changeKind: CertificateEventKind;
  /** Shanghai time, ISO 8601 with offset. */
  occurredAt: string;
  certificateNumber: string;
  /** The certificate's status as of this change (valid for an issue, revoked, replaced). */
  status: CertificateStatus;
  holderName: string;
  idType: string;
  idNumber: string;
  occupationCode: string;
  occupationName: string;
  workType: string;
  level: number;
  institutionName: string;
  issueDate: IsoDate;
  revokedOn: IsoDate | '';
  revocationReason: string;
  /** The number this certificate corrects (it replaced that one). */
  replacesNumber: string;
  /** The number that corrects this one (on a `replaced` change). */
  replacedByNumber: string;
  theoryScore: string;
  skillScore: string;
  reviewScore: string;
  planId: string;
  filingNumber: string;
}

/** The columns in file order, with the CSV header (Chinese, as the national template words them). */
export const NATIONAL_EXPORT_COLUMNS: ReadonlyArray<{ key: keyof NationalExportRecord; header: string }> = [
  { key: 'eventId', header: '变更序号' },
  { key: 'changeKind', header: '变更类型' },
  { key: 'occurredAt', header: '变更时间' },
  { key: 'certificateNumber', header: '证书编号' },
  { key: 'status', header: '证书状态' },
  { key: 'holderName', header: '姓名' },
  { key: 'idType', header: '证件类型' },
  { key: 'idNumber', header: '证件号码' },
  { key: 'occupationCode', header: '职业编码' },
  { key: 'occupationName', header: '职业名称' },
  { key: 'workType', header: '工种' },
  { key: 'level', header: '等级' },
  { key: 'institutionName', header: '评价机构' },
  { key: 'issueDate', header: '发证日期' },
  { key: 'revokedOn', header: '撤销日期' },
  { key: 'revocationReason', header: '撤销原因' },
  { key: 'replacesNumber', header: '原证书编号' },
  { key: 'replacedByNumber', header: '更正后证书编号' },
  { key: 'theoryScore', header: '理论知识成绩' },
  { key: 'skillScore', header: '操作技能成绩' },
  { key: 'reviewScore', header: '综合评审成绩' },
  { key: 'planId', header: '评价计划编号' },
  { key: 'filingNumber', header: '备案编号' },
];

/** The status a change leaves the certificate in: what the national query shows after it. */
export function statusAfter(kind: CertificateEventKind): CertificateStatus {
  return kind === 'issued' ? 'valid' : kind;
}

/** A component score in hundredths as the file writes it: `85.50`; `缺考` when absent; empty when none. */
export function formatExportScore(score: { scoreCenti: number | null; absent: boolean } | undefined): string {
  if (!score) return '';
  if (score.absent) return '缺考';
  if (score.scoreCenti === null) return '';
  return `${Math.floor(score.scoreCenti / 100)}.${String(score.scoreCenti % 100).padStart(2, '0')}`;
}

const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The CSV file: UTF-8 with a byte-order mark (so Excel reads the Chinese), one header line, one
 * line per record in event order, CRLF line ends (RFC 4180), fields quoted only when they must be.
 * Values are written as recorded, never prefixed: the national system reads the file, not a person.
 */
export function nationalExportCsv(records: readonly NationalExportRecord[]): string {
  const lines = [NATIONAL_EXPORT_COLUMNS.map((c) => c.header).join(',')];
  for (const record of records) lines.push(NATIONAL_EXPORT_COLUMNS.map((c) => csvField(record[c.key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface NationalExportHeader {
  sequence: number;
  attempt: number;
  /** The batch this attempt re-sends after its rejection. */
  retryOfSequence: number | null;
  firstEventId: number;
  lastEventId: number;
  rowCount: number;
  preparedAt: string;
}

/**
 * The JSON file: `{ format, batch, records }` with keys in the documented order, two-space
 * indentation and a final line break, so the same batch always gives the same bytes.
 */
export function nationalExportJson(header: NationalExportHeader, records: readonly NationalExportRecord[]): string {
  const ordered = records.map((record) => Object.fromEntries(NATIONAL_EXPORT_COLUMNS.map((c) => [c.key, record[c.key]])));
  const batch = {
    sequence: header.sequence,
    attempt: header.attempt,
    retryOfSequence: header.retryOfSequence,
    firstEventId: header.firstEventId,
    lastEventId: header.lastEventId,
    rowCount: header.rowCount,
    preparedAt: header.preparedAt,
  };
  return `${JSON.stringify({ format: NATIONAL_EXPORT_FORMAT, batch, records: ordered }, null, 2)}\n`;
}

/** The day a change must have reached the national system: N working days after the day it happened. */
export function nationalExportDueOn(occurredOn: IsoDate, workingDays: number, calendar: WorkCalendar): IsoDate {
  return addWorkingDays(occurredOn, workingDays, calendar);
}

/** Still owed to the national system after its due date: prepared or exported, never acknowledged; a rejected attempt's retry carries it on. */
export function nationalExportOverdue(batch: { status: NationalExportStatus; dueOn: IsoDate }, today: IsoDate): boolean {
  return (batch.status === 'prepared' || batch.status === 'exported') && batch.dueOn < today;
}
