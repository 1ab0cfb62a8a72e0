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
