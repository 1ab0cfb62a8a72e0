import { addDays, addYears, type IsoDate } from './dates.ts';
import { maskPhone } from './identity.ts';
import type { InstitutionCategory } from './institutions.ts';
import type { ParameterKey } from './parameters.ts';
import type { PlanStatus } from './plan-status.ts';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from './working-days.ts';

/**
 * After the exam (docs/domain.md "Results"): a plan's results are publicised (公示) for a number of
 * working days, anyone may object (异议) meanwhile, the results become final once publicity has
 * ended with every objection answered, and the institution submits them to its district (报送),
 * which accepts or returns them. These are the vocabularies and the date arithmetic of that path.
 */

/** 合格 / 不合格: all the public list says of a candidate's result. */
export const RESULT_OUTCOMES = ['passed', 'failed'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

export const OBJECTION_STATUSES = ['open', 'answered'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** How an objector can be reached: a mainland mobile number or an e-mail address. */
export const OBJECTION_CONTACT_KINDS = ['phone', 'email'] as const;
export type ObjectionContactKind = (typeof OBJECTION_CONTACT_KINDS)[number];

/** One submission of a plan's results to the district; a returned one is followed by a new attempt. */
export const SUBMISSION_STATUSES = ['submitted', 'returned', 'accepted'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_DECISIONS = ['accept', 'return'] as const;
export type SubmissionDecision = (typeof SUBMISSION_DECISIONS)[number];

/** Where a plan's results stand, derived from its sessions, publicity, objections and submissions. */
export const RESULTS_STAGES = ['awaiting_scores', 'ready', 'publicity', 'objections_open', 'final', 'submitted', 'returned', 'accepted'] as const;
export type ResultsStage = (typeof RESULTS_STAGES)[number];

/**
 * The last day of a publicity of N working days starting on `startsOn`: `startsOn` is the first
 * of them when it is a working day, otherwise the first working day after it counts as day one.
 */
export function publicityEnd(startsOn: IsoDate, workingDays: number, calendar: WorkCalendar): IsoDate {
  return addWorkingDays(addDays(startsOn, -1), Math.max(1, workingDays), calendar);
}

export type PublicityPhase = 'upcoming' | 'open' | 'ended';

/** Objections are taken on every calendar day from the first to the last day of publicity. */
export function publicityPhase(today: IsoDate, startsOn: IsoDate, endsOn: IsoDate): PublicityPhase {
  if (today < startsOn) return 'upcoming';
  return today > endsOn ? 'ended' : 'open';
}

/** Final: publicity has ended (the day after its last day) and no objection waits for an answer. */
export function resultsAreFinal(today: IsoDate, endsOn: IsoDate, openObjections: number): boolean {
  return today > endsOn && openObjections === 0;
}

export interface ResultsStageFacts {
  planStatus: PlanStatus;
  /** Sessions that count: every session not cancelled. */
  sessions: number;
  signedOff: number;
  publication: { endsOn: IsoDate } | null;
  openObjections: number;
  /** The latest submission's status, if any was made. */
  submission: SubmissionStatus | null;
  today: IsoDate;
}

export function resultsStage(facts: ResultsStageFacts): ResultsStage {
  if (facts.submission) return facts.submission;
  if (facts.publication) {
    if (resultsAreFinal(facts.today, facts.publication.endsOn, facts.openObjections)) return 'final';
    return facts.today > facts.publication.endsOn ? 'objections_open' : 'publicity';
  }
  const running = facts.planStatus === 'acknowledged' || facts.planStatus === 'closed';
  return running && facts.sessions > 0 && facts.signedOff === facts.sessions ? 'ready' : 'awaiting_scores';
}

/** Which parameter gives an institution's submission deadline (docs/domain.md "Results"). */
export const SUBMISSION_DEADLINE_PARAMETER = {
  employer: 'results.submissionWorkingDays.employer',
  social: 'results.submissionWorkingDays.social',
  school: 'results.submissionWorkingDays.school',
} as const satisfies Record<InstitutionCategory, ParameterKey>;

/** The last day to submit: N working days after the plan's last exam day. */
export function submissionDeadline(lastExamDay: IsoDate, workingDays: number, calendar: WorkCalendar): IsoDate {
  return addWorkingDays(lastExamDay, workingDays, calendar);
}

/** Working days past the deadline on the day of submission (0 when on time, whatever the weekday). */
export function lateWorkingDays(dueOn: IsoDate, submittedOn: IsoDate, calendar: WorkCalendar): number {
  return workingDaysBetween(dueOn, submittedOn, calendar);
}

/** The district's check, and a returned submission's correction: N working days from the day it started. */
export function workingDaysFrom(day: IsoDate, workingDays: number, calendar: WorkCalendar): IsoDate {
  return addWorkingDays(day, workingDays, calendar);
}

/** How long a plan's file is kept, from the day it is archived (the district's acceptance). */
export function archiveRetention(archivedOn: IsoDate, paperYears: number, electronicYears: number): { paperRetainUntil: IsoDate; electronicRetainUntil: IsoDate } {
  return { paperRetainUntil: addYears(archivedOn, paperYears), electronicRetainUntil: addYears(archivedOn, electronicYears) };
}

const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What kind of contact an objector gave, or null when it is neither a mobile number nor an e-mail address. */
export function objectionContactKind(contact: string): ObjectionContactKind | null {
  const value = contact.trim();
  if (MOBILE.test(value)) return 'phone';
  return EMAIL.test(value) && value.length <= 254 ? 'email' : null;
}

/** `138****5678`, `z***@example.com`: what every page shows of an objector's contact. */
export function maskObjectionContact(contact: string): string {
  const value = contact.trim();
  if (MOBILE.test(value)) return maskPhone(value);
  const at = value.lastIndexOf('@');
  return at > 0 ? `${value[0]}***${value.slice(at)}` : '***';
}
