import { and, asc, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import { cataloguePolicy, type WorkCalendar } from '@jiping/domain';
import { SetCalendarDayBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { calendarDays } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';

/** The year's holidays and adjusted working days, each saying whether it is official or the city's. */
export async function listCalendarDays({ ctx, year }: { ctx: ServiceContext; year: number }) {
  const rows = await ctx.db
    .select({ date: calendarDays.date, kind: calendarDays.kind, name: calendarDays.name, source: calendarDays.source })
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`), isNotNull(calendarDays.kind)))
    .orderBy(asc(calendarDays.date));
  return rows.map((row) => ({ ...row, kind: row.kind as 'holiday' | 'workday', source: row.source as 'official' | 'city' }));
}

/** The calendar between two dates, as the domain's working-day arithmetic wants it. */
export async function workCalendar(ctx: ServiceContext, from: string, to: string): Promise<WorkCalendar> {
  const rows = await ctx.db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, from), lte(calendarDays.date, to)));
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)),
    adjustedWorkdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.date)),
  };
}

/**
 * The city marks a day as a holiday or an adjusted working day, or clears it; audited with the
 * reason. The row becomes the city's (a cleared day stays as a row without a kind), so reloading
 * the official arrangement at the next start never undoes it.
 */
export async function setCalendarDay({ ctx, date, input }: { ctx: ServiceContext; date: string; input: z.input<typeof SetCalendarDayBody> }) {
  assertAllowed(cataloguePolicy(ctx.actor, 'editParameters'));
  const { kind, name, reason } = parseInput(SetCalendarDayBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(calendarDays).where(eq(calendarDays.date, date)).for('update');
    const stored = kind === null ? '' : name;
    await tx.db
      .insert(calendarDays)
      .values({ date, kind, name: stored, source: 'city', createdAt: tx.now(), updatedAt: tx.now() })
      .onConflictDoUpdate({ target: calendarDays.date, set: { kind, name: stored, source: 'city', version: sql`${calendarDays.version} + 1`, updatedAt: tx.now() } });
    await appendAudit(tx, { action: 'calendar.day_set', entityType: 'calendar_day', entityId: date, before, after: { date, kind, name: stored, source: 'city' }, detail: { reason } });
    return { date, kind, name: stored, source: 'city' as const };
  });
}
