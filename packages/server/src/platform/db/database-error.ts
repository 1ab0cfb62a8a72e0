/**
 * What PostgreSQL (either driver) says about a failed statement, reduced to the fields that
 * carry no data. Both PGlite and node-postgres raise an error with a five-character SQLSTATE
 * `code` and, where one applies, the `constraint`; drizzle wraps it in an error whose message is
 * the SQL text and its parameters, with the driver's error as `cause`.
 *
 * The driver's own `message` and `detail` are deliberately left out: they quote values
 * (`Key (credit_code)=(9131…) already exists`, `invalid input syntax for type uuid: "…"`).
 */
export interface DatabaseErrorFacts {
  code: string;
  constraint: string | null;
  table: string | null;
  column: string | null;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** How deep to follow `cause`: wrappers nest a few levels at most. */
const MAX_DEPTH = 5;

export function databaseErrorOf(error: unknown): DatabaseErrorFacts | null {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_DEPTH && current && typeof current === 'object'; depth += 1) {
    const candidate = current as { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; severity?: unknown; cause?: unknown };
    // `severity` tells a server error from Node's own codes (ECONNRESET is not five characters, but be sure).
    if (typeof candidate.code === 'string' && SQLSTATE.test(candidate.code) && typeof candidate.severity === 'string') {
      return {
        code: candidate.code,
        constraint: typeof candidate.constraint === 'string' ? candidate.constraint : null,
        table: typeof candidate.table === 'string' ? candidate.table : null,
        column: typeof candidate.column === 'string' ? candidate.column : null,
      };
    }
    current = candidate.cause;
  }
  return null;
}

/** A wrapper that quotes the statement and its parameters (drizzle's query error). */
function quotesQuery(error: unknown): error is Error & { cause?: unknown } {
  return !!error && typeof error === 'object' && 'query' in error && 'params' in error;
}

/**
 * The log form of any error: a database error becomes its SQLSTATE, constraint, table and
 * column only; a wrapper quoting a query is replaced by what it wraps; anything else is logged
 * as it is (type, message, stack). Used as the logger's `err` serializer, so no log line
 * anywhere can carry the parameters of a statement.
 */
export function loggableError(error: unknown): LoggedError {
  const database = databaseErrorOf(error);
  if (database) {
    const where = [database.constraint && `constraint ${database.constraint}`, database.table && `table ${database.table}`].filter(Boolean).join(', ');
    return { type: 'DatabaseError', message: `SQLSTATE ${database.code}${where ? ` (${where})` : ''}`, stack: '', ...database };
  }
  if (quotesQuery(error)) {
    // The wrapper's message and stack quote the statement; what it wraps (a lost connection) does not.
    const cause = error.cause ? loggableError(error.cause) : null;
    return { type: 'QueryFailed', message: cause ? cause.message : 'query failed', stack: cause?.stack ?? '' };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { type: error.name, message: error.message, stack: error.stack ?? '', ...(typeof code === 'string' ? { code } : {}) };
  }
  return { type: typeof error, message: String(error), stack: '' };
}

export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}
