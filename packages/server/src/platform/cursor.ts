import { AppError } from './errors.ts';

/** Keyset cursors are opaque base64url JSON: clients pass them back, never build them. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends Record<string, string | number>>(cursor: string | undefined): T | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as T;
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION', 'error.validation', {}, [{ field: 'cursor', code: 'invalid_cursor', messageKey: 'error.invalidCursor' }]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The cursor of a list ordered by an instant and then the row's id: both are checked, so a
 * cursor altered by hand is refused as invalid rather than reaching the database.
 */
export function decodeInstantCursor(cursor: string | undefined): { at: Date; id: string } | null {
  const key = decodeCursor<{ at: string; id: string }>(cursor);
  if (!key) return null;
  const at = typeof key.at === 'string' ? new Date(key.at) : null;
  if (!at || Number.isNaN(at.getTime()) || typeof key.id !== 'string' || !UUID.test(key.id)) {
    throw new AppError('VALIDATION', 'error.validation', {}, [{ field: 'cursor', code: 'invalid_cursor', messageKey: 'error.invalidCursor' }]);
  }
  return { at, id: key.id };
}

export function encodeInstantCursor(at: Date, id: string): string {
  return encodeCursor({ at: at.toISOString(), id });
}
