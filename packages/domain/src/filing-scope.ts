import type { Level } from './levels.ts';

/** One row of a filed scope: an occupation, optionally one 工种 ('' = the occupation as a whole), a level. */
export interface ScopeRow {
  occupationCode: string;
  workType: string;
  level: number;
}

/** What the catalogue says is registrable today. */
export interface CatalogueEntry {
  code: string;
  nameZh: string;
  workTypes: readonly string[];
  levels: readonly Level[];
}

export type ScopeProblem =
  | { row: number; field: 'occupationCode'; reason: 'scope.unknownOccupation'; params: { code: string } }
  | { row: number; field: 'workType'; reason: 'scope.unknownWorkType'; params: { code: string; workType: string } }
  | { row: number; field: 'workType'; reason: 'scope.workTypeRequired'; params: { code: string } }
  | { row: number; field: 'level'; reason: 'scope.levelNotRegistrable'; params: { code: string; level: string } }
  | { row: number; field: 'level'; reason: 'scope.duplicate'; params: { other: string } }
  | { row: number; field: 'workType'; reason: 'scope.overlap'; params: { other: string } };

/**
 * Checks a scope against the catalogue: every occupation, 工种 and level must be registrable, and
 * no two rows may cover the same thing (a duplicate, or a whole-occupation row beside a row for
 * one of its 工种 at the same level). Rows are reported by their 1-based position.
 */
export function checkScope(rows: readonly ScopeRow[], catalogue: ReadonlyMap<string, CatalogueEntry>): ScopeProblem[] {
  const problems: ScopeProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const n = index + 1;
    const entry = catalogue.get(row.occupationCode);
    if (!entry) {
      problems.push({ row: n, field: 'occupationCode', reason: 'scope.unknownOccupation', params: { code: row.occupationCode } });
      return;
    }
    if (row.workType && !entry.workTypes.includes(row.workType)) {
      problems.push({ row: n, field: 'workType', reason: 'scope.unknownWorkType', params: { code: row.occupationCode, workType: row.workType } });
      return;
    }
    if (!(entry.levels as readonly number[]).includes(row.level)) {
      problems.push({ row: n, field: 'level', reason: 'scope.levelNotRegistrable', params: { code: row.occupationCode, level: String(row.level) } });
      return;
    }
    const key = `${row.occupationCode}|${row.workType}|${row.level}`;
    const duplicate = seen.get(key);
    if (duplicate) {
      problems.push({ row: n, field: 'level', reason: 'scope.duplicate', params: { other: String(duplicate) } });
      return;
    }
    // A whole-occupation row and a 工种 row at the same level overlap, in either order.
    const overlapKeys = row.workType ? [`${row.occupationCode}||${row.level}`] : entry.workTypes.map((workType) => `${row.occupationCode}|${workType}|${row.level}`);
    const overlap = overlapKeys.map((k) => seen.get(k)).find((other) => other !== undefined);
    if (overlap) {
      problems.push({ row: n, field: 'workType', reason: 'scope.overlap', params: { other: String(overlap) } });
      return;
    }
    seen.set(key, n);
  });
  return problems;
}
