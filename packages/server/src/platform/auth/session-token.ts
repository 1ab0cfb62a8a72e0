import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'jiping_session';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored by the token's hash: the table alone cannot be replayed as cookies. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A well-formed token is 43 base64url characters; anything else is rejected before a lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
