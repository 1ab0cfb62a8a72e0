import { inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { reviewerDistricts } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { scopeWhere, type ScopeColumns } from '../../platform/db/scope-sql.ts';

/** How many items of one task the workbench lists; the count covers all of them. */
export const WORKBENCH_ITEMS = 10;

/** One waiting item as the queries find it, before deadlines and links are added. */
export interface TaskRow {
  id: string;
  subject: string;
  institutionName: string | null;
  occupationCode: string | null;
  occupationName: string | null;
  workType: string | null;
  level: number | null;
  filingKind: 'initial' | 'amendment' | 'renewal' | null;
  status: string | null;
  examStart: string | null;
  planId: string | null;
  /** A due date the row carries itself (results tasks); the others are derived from the exam date. */
  dueOn: string | null;
  since: Date;
  /** Every row in scope, not only the ones listed (a window count over the same WHERE). */
  total: number;
}

export interface TaskResult {
  count: number;
  rows: TaskRow[];
}

/** The columns a task has nothing to say about; each query overrides the ones it knows. */
export const NO_DETAILS = {
  institutionName: sql<string | null>`null`,
  occupationCode: sql<string | null>`null`,
  occupationName: sql<string | null>`null`,
  workType: sql<string | null>`null`,
  level: sql<number | null>`null`,
  filingKind: sql<TaskRow['filingKind']>`null`,
  status: sql<string | null>`null`,
  examStart: sql<string | null>`null`,
  planId: sql<string | null>`null`,
  dueOn: sql<string | null>`null`,
};

export const totalColumn = sql<number>`count(*) over ()`.mapWith(Number);

export function toResult(rows: TaskRow[]): TaskResult {
  return { count: rows[0]?.total ?? 0, rows };
}

/**
 * What the actor may read at all, by the one scope function every list uses: each task's query
 * also narrows to the rows its own rule names (the districts one reviews, the institutions one
 * administers), and a row outside the read scope is never counted even if that rule were wrong.
 */
export function readable(ctx: ServiceContext, columns: ScopeColumns): SQL | undefined {
  return scopeWhere(ctx.actor, columns);
}

/** The reviewer's districts as SQL: nothing for the city, the officer's districts, or no row at all. */
export function inDistricts(column: AnyColumn, districts: ReturnType<typeof reviewerDistricts>): SQL | undefined {
  if (districts.all) return undefined;
  return districts.districtCodes.length ? inArray(column, districts.districtCodes) : sql`false`;
}

/** The institutions an administrator acts for; no institution means no row. */
export function inInstitutions(column: AnyColumn, institutionIds: readonly string[]): SQL {
  return institutionIds.length ? inArray(column, [...institutionIds]) : sql`false`;
}
