import type { IsoDate } from '../dates.ts';
import { calendarSpan, sumSpans, type Span } from './calendar.ts';
import type { WorkPeriod } from './facts.ts';

export interface CountedPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface WorkExperience {
  span: Span;
  /** The merged, clipped periods the span was counted from, in date order. */
  periods: CountedPeriod[];
}

/**
 * Cumulative work in the given occupations, as on `evaluationDate`.
 *
 * - Only periods in `occupationCodes` count.
 * - An open period (`to` null) and one running past the evaluation date end on the evaluation
 *   date; a period starting on or after it does not count; a period ending before it starts is
 *   ignored.
 * - Overlapping or touching periods are merged first, so no day is counted twice (two jobs at
 *   once are one year of experience, not two).
 * - Each merged period is measured by calendar like an age (2020-03-02 to 2024-03-02 is exactly
 *   4 years, to 2024-03-01 is not), and separate periods are added by `sumSpans`.
 */
export function workExperience(periods: readonly WorkPeriod[], occupationCodes: readonly string[], evaluationDate: IsoDate): WorkExperience {
  const clipped = periods
    .filter((period) => occupationCodes.includes(period.occupationCode) && period.from < evaluationDate)
    .map((period) => ({ from: period.from, to: period.to === null || period.to > evaluationDate ? evaluationDate : period.to }))
    .filter((period) => period.to > period.from)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: CountedPeriod[] = [];
  for (const period of clipped) {
    const last = merged.at(-1);
    if (last && period.from <= last.to) {
      if (period.to > last.to) last.to = period.to;
    } else {
      merged.push({ ...period });
    }
  }
  return { span: sumSpans(merged.map((period) => calendarSpan(period.from, period.to))), periods: merged };
}
