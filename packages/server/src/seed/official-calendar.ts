import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../platform/context.ts';
import { appendAudit } from '../platform/audit/append-audit.ts';
import { bulkInsert, excluded } from '../platform/db/bulk-insert.ts';
import { calendarDays } from '../platform/db/schema.ts';

/**
 * `chinese-days` (MIT, github.com/vsme/chinese-days) republishes the State Council general
 * office's yearly holiday notices as data, from 2004 on, and is updated when a new notice comes
 * out. Each entry reads "English name,中文名,days"; holidays include the weekend days of a break.
 */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface OfficialDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

const require = createRequire(import.meta.url);

/** Every official holiday and adjusted working day the package knows, with its Chinese name. */
export function officialCalendarDays(): OfficialDay[] {
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const zhName = (entry: string) => entry.split(',')[1] ?? entry;
  return [
    ...Object.entries(data.holidays).map(([date, entry]) => ({ date, kind: 'holiday' as const, name: zhName(entry) })),
    ...Object.entries(data.workdays).map(([date, entry]) => ({ date, kind: 'workday' as const, name: `${zhName(entry)}调休` })),
  ];
}

/**
 * Brings the official arrangement into `calendar_days` in one upsert. Rows the city set
 * through the calendar (source 'city') are never touched; official rows are corrected when the
 * package corrects them. Unchanged rows are not rewritten, so a second run changes nothing and
 * appends no audit event.
 */
export async function loadOfficialCalendar(ctx: ServiceContext, days: readonly OfficialDay[] = officialCalendarDays()): Promise<number> {
  if (!days.length) return 0;
  const now = ctx.now();
  const written = await bulkInsert(
    ctx.db,
    calendarDays,
    days.map((day) => ({ date: day.date, kind: day.kind, name: day.name, source: 'official', createdAt: now, updatedAt: now })),
    {
      onConflict: {
        target: calendarDays.date,
        update: ['kind', 'name', 'updatedAt'],
        set: { version: sql`${calendarDays.version} + 1` },
        setWhere: sql`${calendarDays.source} = 'official' and (${calendarDays.kind}, ${calendarDays.name}) is distinct from (${excluded(calendarDays.kind)}, ${excluded(calendarDays.name)})`,
      },
      returning: { date: calendarDays.date },
    },
  );
  const changed = written.map((row) => row.date);
  if (changed.length) {
    const years = [...new Set(changed.map((date) => date.slice(0, 4)))].sort();
    await appendAudit(ctx, {
      action: 'calendar.official_loaded',
      entityType: 'calendar_day',
      after: changed.sort(),
      detail: { source: 'chinese-days', days: changed.length, years },
    });
  }
  return changed.length;
}
