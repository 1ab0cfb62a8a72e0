import { addDays, type IsoDate } from '../dates.ts';
import { addMonths } from '../eligibility/calendar.ts';
import { MAX_SUSPENSION_MONTHS, OPEN_RECTIFICATION_STATUSES, type DocumentRequestStatus, type RectificationStatus, type SanctionKind } from './vocabulary.ts';

/**
 * The rules that follow an inspection (docs/domain.md "Rectification, sanctions and document
 * requests"): deadlines, when an order or a request is overdue, how long a suspension lasts, and
 * the limits of what a supervisor may ask for.
 */

/** What an order or a request may say, and how many materials one request may name. */
export const RECTIFICATION_REQUIREMENT_MAX = 2000;
export const DOCUMENT_REQUEST_MATERIALS_MIN = 1;
export const DOCUMENT_REQUEST_MATERIALS_MAX = 20;
export const DOCUMENT_REQUEST_MATERIAL_MAX_LENGTH = 200;

/** The statuses in which the institution owes something: an order ordered or reopened, a request not yet answered. */
export const RECTIFICATION_AWAITING_INSTITUTION: readonly RectificationStatus[] = ['open', 'reopened'];

export function isRectificationOpen(status: RectificationStatus): boolean {
  return OPEN_RECTIFICATION_STATUSES.includes(status);
}

/**
 * Overdue: the deadline has passed (the deadline day itself is still in time) and the institution
 * still owes its answer. An order the institution answered in time and that waits for the
 * inspector's decision is not the institution's delay.
 */
export function rectificationOverdue(order: { status: RectificationStatus; deadline: IsoDate }, today: IsoDate): boolean {
  return RECTIFICATION_AWAITING_INSTITUTION.includes(order.status) && order.deadline < today;
}

export function documentRequestOverdue(request: { status: DocumentRequestStatus; deadline: IsoDate }, today: IsoDate): boolean {
  return request.status === 'open' && request.deadline < today;
}

/** A deadline must leave the institution at least one day: strictly after today. */
export function isFutureDeadline(deadline: IsoDate, today: IsoDate): boolean {
  return deadline > today;
}

/**
 * The day a suspension of N months decided on `decidedOn` ends: N months on. The filing is
 * suspended from the decision and in force again from that day (the daily job restores it).
 */
export function suspensionEndsOn(decidedOn: IsoDate, months: number): IsoDate {
  return addMonths(decidedOn, months);
}

/** The last day of a suspension, for the notice: the day before it ends. */
export function suspensionLastDay(endsOn: IsoDate): IsoDate {
  return addDays(endsOn, -1);
}

export interface SanctionInput {
  kind: SanctionKind;
  months?: number | null;
  reason: string;
}

export interface SanctionProblem {
  field: 'months' | 'reason';
  reason: 'sanction.monthsRequired' | 'sanction.monthsOutOfRange' | 'sanction.monthsOnlyForSuspension' | 'sanction.reasonRequired';
}

/** Every problem of a sanction's terms at once: months only for a suspension and 1–12 there, a reason always. */
export function sanctionProblems(input: SanctionInput): SanctionProblem[] {
  const problems: SanctionProblem[] = [];
  if (input.kind === 'suspension') {
    if (input.months == null) problems.push({ field: 'months', reason: 'sanction.monthsRequired' });
    else if (!Number.isInteger(input.months) || input.months < 1 || input.months > MAX_SUSPENSION_MONTHS) problems.push({ field: 'months', reason: 'sanction.monthsOutOfRange' });
  } else if (input.months != null) {
    problems.push({ field: 'months', reason: 'sanction.monthsOnlyForSuspension' });
  }
  if (!input.reason.trim()) problems.push({ field: 'reason', reason: 'sanction.reasonRequired' });
  return problems;
}

/** The filing action a sanction takes through the filing workflow; an interview changes no filing. */
export function filingActionOfSanction(kind: SanctionKind): 'suspend' | 'terminate' | null {
  return kind === 'suspension' ? 'suspend' : kind === 'termination' ? 'terminate' : null;
}

/**
 * The grounds for terminating a filing (终止/取消备案, docs/domain.md "Sanctions"), offered to the
 * officer as a start for the reason; the reason itself is what the officer writes.
 */
export const TERMINATION_GROUNDS = ['failed_assessment', 'out_of_scope', 'fraud', 'obstructing_supervision', 'lost_legal_person_or_left_shanghai'] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];

/**
 * The conditions of a renewal (延续, docs/domain.md "Renewal preconditions"; Fujian 闽劳鉴〔2022〕26号,
 * Guangdong 粤技服〔2022〕184号): at least RENEWAL_MIN_FINAL_PLANS plans run to final results in the
 * term, every certificate change of the filing acknowledged by the national system, and no
 * rectification order of the institution still open.
 */
export const RENEWAL_CONDITIONS = ['final_plans', 'certificates_exported', 'no_open_rectification'] as const;
export type RenewalCondition = (typeof RENEWAL_CONDITIONS)[number];
