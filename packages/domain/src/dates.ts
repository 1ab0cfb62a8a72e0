/** Calendar dates are `YYYY-MM-DD` strings in Asia/Shanghai; instants are UTC Date objects. */
export type IsoDate = string;

const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // Shanghai has no daylight saving time.

export function shanghaiDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function parse(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Same month and day N years on; 29 February falls back to 28 February in common years. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const d = parse(date);
  const month = d.getUTCMonth();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  if (d.getUTCMonth() !== month) d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}
