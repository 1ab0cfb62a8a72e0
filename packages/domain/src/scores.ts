import { addDays, addYears, type IsoDate } from './dates.ts';
import { requiredComponents, type ExamComponent, type SessionDuty } from './exams.ts';
import type { LocalizedText } from './locale.ts';

/**
 * Scores and results (docs/domain.md "Scores and results"): how a score is written, how the
 * examiners' scores of one candidate become the component's score, when a component is passed,
 * how long a passed component is kept for a resit, and what a registration's result is. Scores
 * are whole hundredths of a point (0–10 000), so nothing here meets a rounding error.
 */

/** How the examiners' scores of one candidate are combined (parameter `exam.scoreCombination`). */
export const SCORE_COMBINATIONS = ['mean', 'median', 'trimmed_mean'] as const;
export type ScoreCombination = (typeof SCORE_COMBINATIONS)[number];

export const SCORE_COMBINATION_LABELS: Record<ScoreCombination, LocalizedText> = {
  mean: { 'zh-CN': '算术平均', 'en-US': 'Mean' },
  median: { 'zh-CN': '中位数', 'en-US': 'Median' },
  trimmed_mean: { 'zh-CN': '去掉最高分和最低分后平均', 'en-US': 'Mean without the highest and lowest' },
};

/** Full marks, in hundredths. */
export const MAX_SCORE_CENTI = 10_000;

/**
 * Who scores a component in a session: the skill assessment by its examiners (考评员), the
 * comprehensive review by its panel (评审专家), each on their own. Theory is marked by the
 * institution (or by the computer-based exam) and entered or imported as one score: its
 * invigilators watch the room and do not score.
 */
export const SCORING_DUTY: Record<ExamComponent, SessionDuty | null> = { theory: null, skill: 'examiner', review: 'panel_member' };

export type ScoreProblem = 'notANumber' | 'outOfRange' | 'tooPrecise';

/**
 * A score as typed or read from a sheet: a number from 0 to 100 with at most two decimals
 * (trailing zeros allowed: "87.50"). Returns hundredths, or what is wrong with it.
 */
export function parseScore(value: string | number): { centi: number } | { problem: ScoreProblem } {
  if (typeof value === 'number' && !Number.isFinite(value)) return { problem: 'notANumber' };
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^([-+]?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return { problem: typeof value === 'number' ? (value < 0 || value > 100 ? 'outOfRange' : 'tooPrecise') : 'notANumber' };
  const [, sign, whole, fraction = ''] = match;
  if (Number(text) < 0 || Number(text) > 100 || (sign === '-' && Number(text) !== 0)) return { problem: 'outOfRange' };
  const decimals = fraction.replace(/0+$/, '');
  if (decimals.length > 2) return { problem: 'tooPrecise' };
  return { centi: Number(whole) * 100 + Number(decimals.padEnd(2, '0')) };
}

/** 87.5 for 8750: a score as people write it, without trailing zeros. */
export function formatScore(centi: number): string {
  return String(centi / 100);
}

/** Half a hundredth and more rounds up (scores are never negative). */
function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

/**
 * The component's score from its examiners' scores, by the occupation's rule. The median of an
 * even number is the mean of the middle two; the trimmed mean drops one highest and one lowest
 * score and needs at least three (with fewer it is the mean). Results are rounded half up to
 * the hundredth.
 */
export function combineScores(scores: readonly number[], rule: ScoreCombination): number {
  if (!scores.length) throw new Error('no scores to combine');
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = (values: readonly number[]) => roundHalfUp(values.reduce((sum, v) => sum + v, 0) / values.length);
  if (rule === 'median') {
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : mean([sorted[middle - 1]!, sorted[middle]!]);
  }
  if (rule === 'trimmed_mean' && sorted.length >= 3) return mean(sorted.slice(1, -1));
  return mean(sorted);
}

/** Highest minus lowest score, in hundredths. */
export function scoreSpread(scores: readonly number[]): number {
  return scores.length ? Math.max(...scores) - Math.min(...scores) : 0;
}

/** The examiners differ by more than the spread parameter (in points): the score stands, with a warning recorded. */
export function spreadExceeds(scores: readonly number[], warningPoints: number): boolean {
  return scoreSpread(scores) > warningPoints * 100;
}

/** A component is passed at the pass mark (in points) or above; there is no averaging across components. */
export function componentPassed(scoreCenti: number, passMark: number): boolean {
  return scoreCenti >= passMark * 100;
}

/** The last day a component passed on `examDate` is kept: the day before the anniversary, `keepYears` on. */
export function keptUntil(examDate: IsoDate, keepYears: number): IsoDate {
  return addDays(addYears(examDate, keepYears), -1);
}

/** A component's result in one attempt, as the sessions recorded it. */
export interface ComponentResult {
  component: ExamComponent;
  /** Hundredths; null while not scored, and for an absent candidate. */
  scoreCenti: number | null;
  absent: boolean;
  /** Signed off: the result is final and may be shown and relied on. */
  final: boolean;
  examDate: IsoDate;
}

/** A component passed in an earlier attempt that a resit relies on. */
export interface KeptComponent {
  component: ExamComponent;
  scoreCenti: number;
  examDate: IsoDate;
  keptUntil: IsoDate;
}

export const COMPONENT_STANDINGS = ['passed', 'failed', 'absent', 'pending', 'kept', 'missing'] as const;
export type ComponentStanding = (typeof COMPONENT_STANDINGS)[number];

export const ATTEMPT_RESULTS = ['passed', 'failed', 'pending'] as const;
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];

export interface AttemptOutcome {
  result: AttemptResult;
  components: Array<{ component: ExamComponent; standing: ComponentStanding; scoreCenti: number | null; examDate: IsoDate | null; keptUntil: IsoDate | null }>;
}

/**
 * A registration's result from its components: every component its level requires must be
 * passed in this attempt or kept from the earlier one a resit rests on. One failed (or missed)
 * component fails the attempt; until every required component is final and passed, it is
 * pending. Components taken that the level does not require do not count.
 */
export function attemptOutcome({
  level,
  passMark,
  components,
  kept = [],
}: {
  level: number;
  passMark: number;
  components: readonly ComponentResult[];
  kept?: readonly KeptComponent[];
}): AttemptOutcome {
  const rows = requiredComponents(level).map((component) => {
    const own = components.filter((c) => c.component === component);
    if (own.length) {
      // Sat more than once in the same attempt: a passed final sitting is the result; else one still open; else the best failed.
      const finals = own.filter((c) => c.final);
      const best = (list: readonly ComponentResult[]) => [...list].sort((a, b) => (b.scoreCenti ?? -1) - (a.scoreCenti ?? -1))[0]!;
      const passed = finals.filter((c) => !c.absent && c.scoreCenti !== null && componentPassed(c.scoreCenti, passMark));
      const open = own.filter((c) => !c.final);
      const chosen = passed.length ? best(passed) : open.length ? open[0]! : best(finals);
      const standing: ComponentStanding = passed.length ? 'passed' : open.length ? 'pending' : chosen.absent || finals.every((c) => c.absent) ? 'absent' : 'failed';
      return { component, standing, scoreCenti: chosen.final && !chosen.absent ? chosen.scoreCenti : null, examDate: chosen.examDate, keptUntil: null };
    }
    const carried = kept.find((k) => k.component === component);
    if (carried) return { component, standing: 'kept' as const, scoreCenti: carried.scoreCenti, examDate: carried.examDate, keptUntil: carried.keptUntil };
    return { component, standing: 'missing' as const, scoreCenti: null, examDate: null, keptUntil: null };
  });
  const failed = rows.some((r) => r.standing === 'failed' || r.standing === 'absent');
  const passed = rows.every((r) => r.standing === 'passed' || r.standing === 'kept');
  return { result: failed ? 'failed' : passed ? 'passed' : 'pending', components: rows };
}

/** An earlier attempt at the same occupation and level, as a resit application finds it. */
export interface EarlierAttempt {
  registrationId: string;
  level: number;
  attempt: 'regular' | 'resit';
  components: readonly ComponentResult[];
  /** A live resit already rests on this attempt. */
  resat: boolean;
}

export const RESIT_REFUSALS = ['noEarlierAttempt', 'resultPending', 'alreadyPassed', 'onlyOneResit', 'alreadyResat', 'nothingKept', 'keepExpired'] as const;
export type ResitRefusal = (typeof RESIT_REFUSALS)[number];

export type ResitBasis = { ok: true; registrationId: string; kept: KeptComponent[]; needed: ExamComponent[] } | { ok: false; reason: ResitRefusal; params: Record<string, string> };

/**
 * Whether an earlier attempt can carry a resit (补考) whose exam is on `on`: its result is final
 * and failed; it was not itself a resit (a passed component is kept for one resit only); no live
 * resit rests on it already; at least one component was passed (otherwise the candidate starts
 * again with a regular attempt), and every passed component is still kept on the resit's exam
 * day. The resit then sits only the components not kept.
 */
export function resitBasis(earlier: EarlierAttempt, on: IsoDate, rules: { passMark: number; keepYears: number }): ResitBasis {
  if (earlier.attempt === 'resit') return { ok: false, reason: 'onlyOneResit', params: {} };
  if (earlier.resat) return { ok: false, reason: 'alreadyResat', params: {} };
  const outcome = attemptOutcome({ level: earlier.level, passMark: rules.passMark, components: earlier.components });
  if (outcome.components.some((c) => c.standing === 'pending' || c.standing === 'missing')) return { ok: false, reason: 'resultPending', params: {} };
  if (outcome.result === 'passed') return { ok: false, reason: 'alreadyPassed', params: {} };
  const kept = outcome.components
    .filter((c) => c.standing === 'passed')
    .map((c) => ({ component: c.component, scoreCenti: c.scoreCenti!, examDate: c.examDate!, keptUntil: keptUntil(c.examDate!, rules.keepYears) }));
  if (!kept.length) return { ok: false, reason: 'nothingKept', params: {} };
  const expired = kept.filter((k) => k.keptUntil < on).sort((a, b) => (a.keptUntil < b.keptUntil ? -1 : 1))[0];
  if (expired) return { ok: false, reason: 'keepExpired', params: { until: expired.keptUntil } };
  return { ok: true, registrationId: earlier.registrationId, kept, needed: requiredComponents(earlier.level).filter((c) => !kept.some((k) => k.component === c)) };
}

/**
 * The basis for a resit among a person's earlier attempts: the most recent one that can carry
 * it; when none can, the reason the most recent one cannot (the one the candidate has in mind).
 * `attempts` are most recent first.
 */
export function chooseResitBasis(attempts: readonly EarlierAttempt[], on: IsoDate, rules: { passMark: number; keepYears: number }): ResitBasis {
  let first: ResitBasis | null = null;
  for (const attempt of attempts) {
    const basis = resitBasis(attempt, on, rules);
    if (basis.ok) return basis;
    first ??= basis;
  }
  return first ?? { ok: false, reason: 'noEarlierAttempt', params: {} };
}

/** A correction of a locked score: asked for by one person, decided by a second. */
export const SCORE_CORRECTION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ScoreCorrectionStatus = (typeof SCORE_CORRECTION_STATUSES)[number];

export const SCORE_IMPORT_STATUSES = ['running', 'completed', 'rejected', 'failed'] as const;
export type ScoreImportStatus = (typeof SCORE_IMPORT_STATUSES)[number];
