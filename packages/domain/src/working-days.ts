import { addDays, type IsoDate } from './dates.ts';

/**
 * The official calendar: public holidays that fall on weekdays, and weekend days that are
 * working days by adjustment (调休). Every "N working days" deadline counts through it.
 */
export interface WorkCalendar {
  holidays: ReadonlySet<IsoDate>;
  adjustedWorkdays: ReadonlySet<IsoDate>;
}

export const EMPTY_CALENDAR: WorkCalendar = { holidays: new Set(), adjustedWorkdays: new Set() };

export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  if (calendar.holidays.has(date)) return false;
  if (calendar.adjustedWorkdays.has(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date N working days after `date` (N ≥ 0); with N = 0, `date` itself. */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkCalendar): IsoDate {
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}

/**
 * The last day on which something can still be done N working days ahead of `date`: the latest
 * `d` with `workingDaysBetween(d, date) >= n` (how a plan's notice period is checked).
 */
export function latestDayWithNotice(date: IsoDate, n: number, calendar: WorkCalendar): IsoDate {
  if (n <= 0) return date;
  let day = date;
  let counted = 0;
  // Walk back over the N working days ending at `date`; the day before the earliest of them is the last one left.
  while (counted < n) {
    if (isWorkingDay(day, calendar)) counted += 1;
    if (counted < n) day = addDays(day, -1);
  }
  return addDays(day, -1);
}
