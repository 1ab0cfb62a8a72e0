import { and, eq, gt } from 'drizzle-orm';
import { LOCALES, type Actor, type Grant, type Locale } from '@jiping/domain';
import type { Db } from '../db/client.ts';
import { sessions, userGrants, users } from '../db/schema.ts';
import { isWellFormedToken, sessionIdOf } from './session-token.ts';

export type SessionLookup = { status: 'none' } | { status: 'invalid' } | { status: 'ok'; actor: Actor & { kind: 'user' } };

/** Resolves a session cookie to the acting user with their grants, or says why it cannot. */
export async function loadActorFromSession(db: Db, token: string | undefined, now: Date): Promise<SessionLookup> {
  if (!token) return { status: 'none' };
  if (!isWellFormedToken(token)) return { status: 'invalid' };
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionIdOf(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row || row.user.status !== 'active') return { status: 'invalid' };
  const grants = await loadGrants(db, row.user.id);
  return {
    status: 'ok',
    actor: {
      kind: 'user',
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      grants,
      locale: asLocale(row.user.locale),
    },
  };
}

export async function loadGrants(db: Db, userId: string): Promise<Grant[]> {
  const rows = await db.select().from(userGrants).where(eq(userGrants.userId, userId));
  return rows.map(toGrant);
}

export function toGrant(row: typeof userGrants.$inferSelect): Grant {
  switch (row.role) {
    case 'municipal_admin':
    case 'inspector':
      return { role: row.role };
    case 'district_officer':
      return { role: row.role, districtCode: row.districtCode! };
    case 'industry_officer':
      return { role: row.role, occupationCodes: row.occupationCodes };
    case 'institution_admin':
    case 'examiner':
      return { role: row.role, institutionId: row.institutionId! };
    case 'candidate':
      return { role: row.role, personId: row.personId };
  }
}

function asLocale(value: string | null): Locale | null {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : null;
}
