import { getTableColumns, is, sql, SQL, Column, type InferColumnsDataTypes } from 'drizzle-orm';
import { PgArray, PgJson, PgJsonb, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { rows as queryRows, type Db } from './client.ts';

/**
 * Rows per statement. The rows travel as one JSON document (one parameter), so PostgreSQL's limit
 * of 65 535 parameters never applies; the chunk only bounds the size of one statement.
 */
export const BULK_INSERT_CHUNK_ROWS = 5000;

type Insert<T extends PgTable> = T['$inferInsert'];
type ColumnKey<T extends PgTable> = keyof Insert<T> & string;

/**
 * Rows computed in the database (`insert … select`): a value, SQL expression or column per
 * column of the table. Keyed like the table's insert type, so a column the table requires cannot
 * be left out; columns not named take their database default.
 */
export type InsertSelection<T extends PgTable> = { [K in keyof Insert<T>]: Insert<T>[K] | SQL | ColumnOf<Insert<T>[K]> };

/** A column holding values of the type a column of the table takes. */
type ColumnOf<V> = Column & { _: { data: NonNullable<V> } };

/** What to insert: rows typed as the table's insert model, or a selection over other tables. */
export type InsertSource<T extends PgTable> = readonly Insert<T>[] | { select: InsertSelection<T>; from: SQL };

export type OnConflict<T extends PgTable> =
  | { target?: PgColumn | PgColumn[]; targetWhere?: SQL; doNothing: true }
  | {
      target: PgColumn | PgColumn[];
      targetWhere?: SQL;
      /** Columns that take the value the insert proposed (`excluded`). */
      update: ColumnKey<T>[];
      /** Further columns set to an expression (`version + 1`) or value. */
      set?: { [K in ColumnKey<T>]?: Insert<T>[K] | SQL };
      /** Only rows meeting it are updated (others are left as they are, and not returned). */
      setWhere?: SQL;
    };

export interface BulkInsertOptions<T extends PgTable> {
  onConflict?: OnConflict<T>;
  /** Rows per statement; statements of one call commit or roll back together. */
  chunkRows?: number;
}

/** The value the insert proposed for a column, for `setWhere` and `set` expressions. */
export function excluded(column: PgColumn): SQL {
  return sql`excluded.${sql.identifier(column.name)}`;
}

/**
 * The one way many rows are written to a table. Columns come from the drizzle table, never from
 * a list in the caller, so every column a row carries is written and a column the table requires
 * cannot be forgotten (rows are typed as the table's `$inferInsert`). Rows go to PostgreSQL as
 * one JSON document per statement, unpacked by `json_to_recordset` with each column's own type:
 * one parameter whatever the row count, and several times faster than a `values` list. Returns
 * the `returning` fields of every row written, in the order written.
 */
export async function bulkInsert<T extends PgTable>(db: Db, table: T, source: InsertSource<T>, options?: BulkInsertOptions<T>): Promise<void>;
export async function bulkInsert<T extends PgTable, F extends Record<string, PgColumn>>(
  db: Db,
  table: T,
  source: InsertSource<T>,
  options: BulkInsertOptions<T> & { returning: F },
): Promise<InferColumnsDataTypes<F>[]>;
export async function bulkInsert<T extends PgTable>(
  db: Db,
  table: T,
  source: InsertSource<T>,
  options: BulkInsertOptions<T> & { returning?: Record<string, PgColumn> } = {},
): Promise<unknown[] | void> {
  const columns = insertableColumns(table);
  const tail = sql`${options.onConflict ? onConflictSql(columns, options.onConflict) : sql``}${options.returning ? returningSql(options.returning) : sql``}`;
  const statements = isSelection(source) ? [selectStatement(table, columns, source, tail)] : rowStatements(table, columns, source, options.chunkRows ?? BULK_INSERT_CHUNK_ROWS, tail);
  const run = async (runner: Db) => {
    const written: Record<string, unknown>[] = [];
    for (const statement of statements) written.push(...(await queryRows<Record<string, unknown>>(runner, statement)));
    return written;
  };
  const written = statements.length > 1 ? await db.transaction((tx) => run(tx as unknown as Db)) : await run(db);
  if (!options.returning) return;
  const fields = Object.entries(options.returning);
  return written.map((row) => Object.fromEntries(fields.map(([key, column]) => [key, row[key] === null || row[key] === undefined ? null : column.mapFromDriverValue(row[key])])));
}

type Columns = Map<string, PgColumn>;

/** Every column an insert may write, by property name, in the table's order (always-generated ones excluded). */
function insertableColumns(table: PgTable): Columns {
  return new Map(Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(([, column]) => !column.generated && column.generatedIdentity?.type !== 'always'));
}

function isSelection<T extends PgTable>(source: InsertSource<T>): source is { select: InsertSelection<T>; from: SQL } {
  return !Array.isArray(source);
}

function columnList(columns: PgColumn[]): SQL {
  return sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
}

/** A value as PostgreSQL's JSON-to-record conversion reads it for the column. */
function toJson(column: PgColumn, value: unknown): unknown {
  if (value === null) return null;
  if (is(column, PgJson) || is(column, PgJsonb)) return value;
  if (is(column, PgArray)) return (value as unknown[]).map((item) => toJson(column.baseColumn as PgColumn, item));
  return column.mapToDriverValue(value);
}

/** A row's value for a column, with the column's client-side default when the row has none. */
function valueOf(row: Record<string, unknown>, key: string, column: PgColumn): unknown {
  if (row[key] !== undefined) return row[key];
  const fill = column.defaultFn ?? (column.default === undefined ? column.onUpdateFn : undefined);
  const value = fill?.();
  if (is(value, SQL)) throw new Error(`bulkInsert: the default of ${column.name} is SQL computed in the client; pass a value`);
  return value;
}

/**
 * Statements for rows given in the client. Rows that carry the same columns are written together
 * (a column no row carries takes its database default); a row carrying other columns starts a
 * new statement, so no column is ever written as null in place of its default.
 */
function rowStatements<T extends PgTable>(table: T, columns: Columns, rows: readonly Insert<T>[], chunkRows: number, tail: SQL): SQL[] {
  const runs: Array<{ written: PgColumn[]; rows: Record<string, unknown>[] }> = [];
  let signature = '';
  for (const given of rows as readonly Record<string, unknown>[]) {
    // Keyed by column name, values as the column's JSON form: what the statement reads.
    const row: Record<string, unknown> = {};
    const written: PgColumn[] = [];
    for (const [key, column] of columns) {
      const value = valueOf(given, key, column);
      if (value === undefined) continue;
      row[column.name] = toJson(column, value);
      written.push(column);
    }
    const keys = written.map((column) => column.name).join(',');
    if (!runs.length || keys !== signature) runs.push({ written, rows: [] });
    signature = keys;
    runs.at(-1)!.rows.push(row);
  }
  return runs.flatMap(({ written, rows: runRows }) => {
    const names = columnList(written);
    const shape = sql.join(
      written.map((column) => sql`${sql.identifier(column.name)} ${sql.raw(column.getSQLType())}`),
      sql`, `,
    );
    const statements: SQL[] = [];
    for (let start = 0; start < runRows.length; start += chunkRows) {
      const payload = JSON.stringify(runRows.slice(start, start + chunkRows));
      statements.push(sql`insert into ${table} (${names}) select ${names} from json_to_recordset(${payload}::json) as r(${shape})${tail}`);
    }
    return statements;
  });
}

function selectStatement<T extends PgTable>(table: T, columns: Columns, source: { select: InsertSelection<T>; from: SQL }, tail: SQL): SQL {
  const chosen = [...columns].filter(([key]) => (source.select as Record<string, unknown>)[key] !== undefined);
  const values = chosen.map(([key, column]) => {
    const value = (source.select as Record<string, unknown>)[key];
    if (is(value, SQL) || is(value, Column)) return sql`${value}`;
    if (value === null) return sql`cast(null as ${sql.raw(column.getSQLType())})`;
    return sql`cast(${sql.param(value, column)} as ${sql.raw(column.getSQLType())})`;
  });
  return sql`insert into ${table} (${columnList(chosen.map(([, column]) => column))}) select ${sql.join(values, sql`, `)} from ${source.from}${tail}`;
}

function onConflictSql<T extends PgTable>(columns: Columns, conflict: OnConflict<T>): SQL {
  const targets = conflict.target ? [conflict.target].flat() : [];
  const target = targets.length ? sql` (${columnList(targets)})` : sql``;
  const targetWhere = conflict.targetWhere ? sql` where ${conflict.targetWhere}` : sql``;
  if ('doNothing' in conflict) return sql` on conflict${target}${targetWhere} do nothing`;
  const column = (key: string) => {
    const found = columns.get(key);
    if (!found) throw new Error(`bulkInsert: no column ${key}`);
    return found;
  };
  const sets = [
    ...conflict.update.map((key) => sql`${sql.identifier(column(key).name)} = ${excluded(column(key))}`),
    ...Object.entries(conflict.set ?? {}).map(([key, value]) => sql`${sql.identifier(column(key).name)} = ${is(value, SQL) ? value : sql.param(value, column(key))}`),
  ];
  const setWhere = conflict.setWhere ? sql` where ${conflict.setWhere}` : sql``;
  return sql` on conflict${target}${targetWhere} do update set ${sql.join(sets, sql`, `)}${setWhere}`;
}

function returningSql(fields: Record<string, PgColumn>): SQL {
  return sql` returning ${sql.join(
    Object.entries(fields).map(([key, column]) => sql`${sql.identifier(column.name)} as ${sql.identifier(key)}`),
    sql`, `,
  )}`;
}
