import type { LocalizedText } from '../locale.ts';

/**
 * The vocabulary of supervision (docs/domain.md "Supervision"): risk classes and their sampling
 * ranges, the kinds and methods of inspections, and the states of inspections, rectification
 * orders, sanctions and document requests.
 */

/** 风险分类 (国市监信发〔2022〕6号): A low … D high. */
export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** The sampling ratio (percent of the class's parties) a task may set per class, and its default. */
export const RISK_CLASS_RATIO_RANGE: Record<RiskClass, { min: number; max: number; default: number }> = {
  A: { min: 1, max: 5, default: 5 },
  B: { min: 5, max: 20, default: 15 },
  C: { min: 21, max: 60, default: 40 },
  D: { min: 61, max: 100, default: 80 },
};

/** A party nobody has classed yet is sampled as B (general risk) until an assessment classes it. */
export const DEFAULT_RISK_CLASS: RiskClass = 'B';

export type RiskRatios = Record<RiskClass, number>;

export const DEFAULT_RISK_RATIOS: RiskRatios = { A: 5, B: 15, C: 40, D: 80 };

/** Targets a class yields at a ratio: rounded up, so a class with parties and a ratio above 0 gives at least one. */
export function targetCount(parties: number, ratioPercent: number): number {
  if (parties <= 0 || ratioPercent <= 0) return 0;
  return Math.min(parties, Math.ceil((parties * ratioPercent) / 100));
}

/** Each target is inspected by at least two inspectors (国办发〔2015〕58号). */
export const MIN_INSPECTORS_PER_TARGET = 2;
export const MAX_INSPECTORS_PER_TARGET = 5;

/** The department an inspector or a task belongs to: the city bureau, a district bureau, an industry authority. */
export const DEPARTMENT_KINDS = ['city', 'district', 'industry'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DRAW_TASK_STATUSES = ['draft', 'committed', 'drawn', 'cancelled'] as const;
export type DrawTaskStatus = (typeof DRAW_TASK_STATUSES)[number];

/** Where an inspection comes from: a random draw, routine (日常督导) or special (专项督导) supervision, or an exam session's on-site supervision. */
export const INSPECTION_KINDS = ['random', 'routine', 'special', 'session'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** 现场检查 · 数据比对 · 远程监控 · 调取资料. */
export const INSPECTION_METHODS = ['onsite', 'data_comparison', 'remote_monitoring', 'document_retrieval'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

/**
 * assigned → in_progress (checklist being filled) → submitted (conclusion written, waiting for
 * every inspector's confirmation) → completed (all confirmed: the 20-working-day publication clock
 * starts) → published. cancelled from assigned or in_progress, with a reason.
 */
export const INSPECTION_STATUSES = ['assigned', 'in_progress', 'submitted', 'completed', 'published', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** The answer to one checklist line. */
export const CHECKLIST_ANSWERS = ['pass', 'fail', 'not_applicable'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

/** The conclusion of an inspection. */
export const INSPECTION_CONCLUSIONS = ['compliant', 'rectify', 'non_compliant'] as const;
export type InspectionConclusion = (typeof INSPECTION_CONCLUSIONS)[number];

/** Results are published within 20 working days of the inspection's completion (Fujian 2019). */
export const PUBLICATION_WORKING_DAYS = 20;

/** open → responded (evidence in) → accepted, or reopened (back to the institution) → responded …; overdue is a flag, not a state. */
export const RECTIFICATION_STATUSES = ['open', 'responded', 'accepted', 'reopened'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const OPEN_RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['open', 'responded', 'reopened'];

/** 约谈 · 暂停 N 个月 · 终止备案. */
export const SANCTION_KINDS = ['interview', 'suspension', 'termination'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];
export const MAX_SUSPENSION_MONTHS = 12;

/** open → answered (the institution uploaded) → closed (the supervisor has what they need); overdue is a flag. */
export const DOCUMENT_REQUEST_STATUSES = ['open', 'answered', 'closed'] as const;
export type DocumentRequestStatus = (typeof DOCUMENT_REQUEST_STATUSES)[number];

/** A renewal needs at least this many plans run to final results in the term (docs/domain.md "Filing"). */
export const RENEWAL_MIN_FINAL_PLANS = 6;

export const RISK_CLASS_LABELS: Record<RiskClass, LocalizedText> = {
  A: { 'zh-CN': 'A 类（低风险）', 'en-US': 'A (low risk)' },
  B: { 'zh-CN': 'B 类（一般风险）', 'en-US': 'B (general risk)' },
  C: { 'zh-CN': 'C 类（较高风险）', 'en-US': 'C (elevated risk)' },
  D: { 'zh-CN': 'D 类（高风险）', 'en-US': 'D (high risk)' },
};

/** Counter scopes and number formats: 沪技督抽〔2026〕1号 for tasks, JC + year + 6 digits for inspections. */
export const drawTaskCounterScope = (year: number) => `inspection-task:${year}`;
export const drawTaskNumber = (year: number, serial: number) => `沪技督抽〔${year}〕${serial}号`;
export const inspectionCounterScope = (year: number) => `inspection:${year}`;
export const inspectionNumber = (year: number, serial: number) => `JC${year}${String(serial).padStart(6, '0')}`;
export const rectificationCounterScope = (year: number) => `rectification:${year}`;
export const rectificationNumber = (year: number, serial: number) => `ZG${year}${String(serial).padStart(6, '0')}`;
export const documentRequestCounterScope = (year: number) => `document-request:${year}`;
export const documentRequestNumber = (year: number, serial: number) => `DQ${year}${String(serial).padStart(6, '0')}`;

/** One line of an inspectable item's checklist template. */
export interface ChecklistLine {
  key: string;
  label: string;
  /** The rule the line checks, cited on the report. */
  basis?: string;
}

/** The inspectors' answer to one checklist line, with what they saw. */
export interface ChecklistEntry {
  key: string;
  answer: ChecklistAnswer;
  note?: string;
}

/** The scope of a random-inspection task; an empty list means "all". */
export interface DrawTaskScope {
  districtCodes: string[];
  categories: string[];
  occupationCodes: string[];
  riskClasses: RiskClass[];
}

/** Which inspectors of the registry make the pool; an empty list means "all". */
export interface InspectorPoolFilter {
  departmentKinds: DepartmentKind[];
  districtCodes: string[];
  fields: string[];
}

/** What the officer keeps out of a published result (personal data, trade or state secrets), by field. */
export const PUBLICATION_FIELDS = ['institution', 'findings', 'rectification', 'sanctions', 'inspectors'] as const;
export type PublicationField = (typeof PUBLICATION_FIELDS)[number];
