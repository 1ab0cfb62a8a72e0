import type { IsoDate } from './dates.ts';
import { workingDaysBetween, type WorkCalendar } from './working-days.ts';

/** What an evaluation plan names: checked against the filing in force before it is drafted. */
export interface PlanDraft {
  occupationCode: string;
  workType: string;
  level: number;
  examStart: IsoDate;
  examEnd: IsoDate;
  siteName: string;
  rooms: readonly string[];
  expectedCandidates: number;
  examiners: readonly string[];
  internalSupervisor: string;
}

/** What the filing in force allows: its scope, validity, sites, examiners and supervisors. */
export interface FiledCapacity {
  scope: ReadonlyArray<{ occupationCode: string; workType: string; level: number }>;
  validFrom: IsoDate;
  validUntil: IsoDate;
  sites: ReadonlyArray<{ name: string; rooms: ReadonlyArray<{ name: string; capacity: number }> }>;
  examiners: ReadonlyArray<{ name: string; occupationCode: string; levels: readonly number[] }>;
  supervisors: ReadonlyArray<{ name: string }>;
}

export interface PlanProblem {
  /** The plan's field the problem belongs to (`rooms.1`, `examiners.0`). */
  field: string;
  messageKey: string;
  params: Record<string, string>;
}

/**
 * Every way a plan steps outside its filing (谁备案、谁评价: an institution evaluates only inside
 * its filed scope, at its filed sites, with its filed examiners): scope (a blank filed 工种 covers
 * all), a level withdrawn from the catalogue, an exam window out of order, in the past or outside
 * the filing's validity, an unknown site or room, more candidates than the chosen rooms hold, an
 * examiner not filed for this occupation and level, an internal supervisor not filed. All
 * problems at once, so the clerk fixes them together.
 */
export function planProblems(plan: PlanDraft, filed: FiledCapacity, registrableLevels: readonly number[], today: IsoDate): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const fail = (field: string, messageKey: string, params: Record<string, string> = {}) => problems.push({ field, messageKey, params });
  const inScope = filed.scope.some((s) => s.occupationCode === plan.occupationCode && s.level === plan.level && (s.workType === plan.workType || s.workType === ''));
  if (!inScope) fail('level', 'plan.outsideScope', { code: plan.occupationCode, level: String(plan.level) });
  if (inScope && !registrableLevels.includes(plan.level)) fail('level', 'plan.levelWithdrawn', { code: plan.occupationCode, level: String(plan.level) });
  if (plan.examEnd < plan.examStart) fail('examEnd', 'plan.windowOrder');
  if (plan.examStart < today) fail('examStart', 'plan.inThePast');
  if (plan.examStart < filed.validFrom || plan.examEnd > filed.validUntil) fail('examEnd', 'plan.outsideValidity', { until: filed.validUntil });
  const site = filed.sites.find((s) => s.name === plan.siteName);
  if (!site) fail('siteName', 'plan.unknownSite', { site: plan.siteName });
  for (const [index, room] of plan.rooms.entries()) if (site && !site.rooms.some((r) => r.name === room)) fail(`rooms.${index}`, 'plan.unknownRoom', { room });
  const capacity = site ? site.rooms.filter((r) => plan.rooms.includes(r.name)).reduce((sum, r) => sum + r.capacity, 0) : 0;
  if (site && capacity && plan.expectedCandidates > capacity) fail('expectedCandidates', 'plan.overCapacity', { capacity: String(capacity) });
  for (const [index, name] of plan.examiners.entries()) {
    const examiner = filed.examiners.find((e) => e.name === name);
    if (!examiner || examiner.occupationCode !== plan.occupationCode || !examiner.levels.includes(plan.level)) fail(`examiners.${index}`, 'plan.examinerNotQualified', { name });
  }
  if (!filed.supervisors.some((s) => s.name === plan.internalSupervisor)) fail('internalSupervisor', 'plan.unknownSupervisor', { name: plan.internalSupervisor });
  return problems;
}

/**
 * The notice a plan is filed with: the exam must be at least `noticeWorkingDays` working days
 * away, counted through the holiday calendar (weekday holidays skipped, 调休 weekends counted).
 * Returns the working days available when too few, null when enough.
 */
export function planNoticeShortfall(today: IsoDate, examStart: IsoDate, noticeWorkingDays: number, calendar: WorkCalendar): number | null {
  const available = workingDaysBetween(today, examStart, calendar);
  return available < noticeWorkingDays ? available : null;
}
