import { daysBetween, type IsoDate } from '../dates.ts';

/** A length of time in calendar units: months below 12, days below 31. */
export interface Span {
  years: number;
  months: number;
  days: number;
}

export const ZERO_SPAN: Readonly<Span> = Object.freeze({ years: 0, months: 0, days: 0 });

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Same day N months on, clamped to the month's last day (2024-01-31 + 1 month = 2024-02-29).
 * Twelve months land where `addYears` lands, so years and months never disagree.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whole months, then leftover days, from `from` to `to`, counted like an age: 2020-03-02 to
 * 2024-03-02 is exactly 4 years, to 2024-03-01 is 3 years 11 months 28 days. Empty when `to` is
 * not after `from`.
 */
export function calendarSpan(from: IsoDate, to: IsoDate): Span {
  if (to <= from) return { ...ZERO_SPAN };
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  while (months > 0 && addMonths(from, months) > to) months -= 1;
  return { years: Math.floor(months / 12), months: months % 12, days: daysBetween(addMonths(from, months), to) };
}

/** Days pooled from separate spans turn into months at this rate; a calendar month has no fixed length. */
export const POOLED_DAYS_PER_MONTH = 30;

/**
 * Adds the spans of separate periods. Each span is exact by calendar and a single span is returned
 * as it is (11 months 30 days stays short of a year); the leftover days of two or more spans are
 * pooled, 30 to a month.
 */
export function sumSpans(spans: readonly Span[]): Span {
  if (spans.length === 1) return { ...spans[0]! };
  let years = 0;
  let months = 0;
  let days = 0;
  for (const span of spans) {
    years += span.years;
    months += span.months;
    days += span.days;
  }
  months += Math.floor(days / POOLED_DAYS_PER_MONTH);
  days %= POOLED_DAYS_PER_MONTH;
  years += Math.floor(months / 12);
  months %= 12;
  return { years, months, days };
}
