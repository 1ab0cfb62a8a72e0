import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../platform/context.ts';
import { appendAudit } from '../platform/audit/append-audit.ts';
import { rows } from '../platform/db/client.ts';

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
 * Brings the official arrangement into `calendar_days` in one statement. Rows the city set
 * through the calendar (source 'city') are never touched; official rows are corrected when the
 * package corrects them. Unchanged rows are not rewritten, so a second run changes nothing and
 * appends no audit event.
 */
export async function loadOfficialCalendar(ctx: ServiceContext, days: readonly OfficialDay[] = officialCalendarDays()): Promise<number> {
  if (!days.length) return 0;
  const now = ctx.now().toISOString();
  const upsert = sql`
    insert into calendar_days (date, kind, name, source, created_at, updated_at)
    select r.date, r.kind, r.name, 'official', ${now}::timestamptz, ${now}::timestamptz
    from json_to_recordset(${JSON.stringify(days)}::json) as r(date date, kind text, name text)
    on conflict (date) do update set kind = excluded.kind, name = excluded.name, version = calendar_days.version + 1, updated_at = excluded.updated_at
      where calendar_days.source = 'official' and (calendar_days.kind, calendar_days.name) is distinct from (excluded.kind, excluded.name)
    returning date::text as date`;
  const changed = (await rows<{ date: string }>(ctx.db, upsert)).map((row) => row.date);
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
