import { addDays, nationalExportDueOn, type IsoDate } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { workCalendar } from '../calendar/index.ts';
import { getParameter } from '../parameters/index.ts';

/**
 * Due dates of changes that happened on the given days: N working days after each day, N the
 * parameter `certificates.nationalExportWorkingDays` as it stood on that day, counted through the
 * holiday calendar (调休 Saturdays count, holidays do not).
 */
export async function dueDates(ctx: ServiceContext, days: readonly IsoDate[]): Promise<Map<IsoDate, IsoDate>> {
  const distinct = [...new Set(days)].sort();
  const due = new Map<IsoDate, IsoDate>();
  if (!distinct.length) return due;
  const workingDays = new Map<IsoDate, number>();
  for (const day of distinct) workingDays.set(day, await getParameter(ctx, 'certificates.nationalExportWorkingDays', day));
  const most = Math.max(...workingDays.values());
  // A working day is at most a few calendar days away, even across the Spring Festival.
  const calendar = await workCalendar(ctx, distinct[0]!, addDays(distinct.at(-1)!, most * 3 + 30));
  for (const day of distinct) due.set(day, nationalExportDueOn(day, workingDays.get(day)!, calendar));
  return due;
}
