import { eq, sql } from 'drizzle-orm';
import { LoginBody, type LoginBody as LoginInput } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { sessions, users } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { decoyHash, verifyPassword } from '../../platform/auth/password.ts';
import { newSessionToken, sessionIdOf } from '../../platform/auth/session-token.ts';
import { parseInput } from '../../platform/parse-input.ts';

export interface LoginSettings {
  maxFailures: number;
  lockMinutes: number;
  sessionHours: number;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  userId: string;
}

type Outcome = { ok: true; result: LoginResult } | { ok: false; error: AppError };

/**
 * Signs a user in. A wrong password and an unknown user are the same 401 and cost the same time;
 * `maxFailures` wrong passwords in a row lock the account for `lockMinutes`. The failure count
 * is written even though the call fails, so the outcome is computed in the transaction and the
 * error is thrown after it commits.
 */
export async function login({
  ctx,
  input,
  settings,
  client,
}: {
  ctx: ServiceContext;
  input: LoginInput;
  settings: LoginSettings;
  client: { ip: string | null; userAgent: string | null };
}): Promise<LoginResult> {
  const { username, password } = parseInput(LoginBody, input, ctx.locale);
  const outcome = await withTransaction(ctx, async (tx): Promise<Outcome> => {
    // FOR UPDATE: concurrent wrong guesses must each count, never overwrite one another.
    const [user] = await tx.db.select().from(users).where(eq(users.username, username)).for('update');
    if (!user || user.status !== 'active') {
      await verifyPassword(await decoyHash(), password);
      return { ok: false, error: new AppError('INVALID_CREDENTIALS', 'auth.invalidCredentials') };
    }
    const now = tx.now();
    const asUser = { ...tx, actor: { kind: 'user' as const, userId: user.id, username: user.username, displayName: user.displayName, grants: [], locale: null } };
    if (user.lockedUntil && user.lockedUntil > now) {
      return { ok: false, error: lockedError(user.lockedUntil) };
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      const failures = user.failedLogins + 1;
      const lock = failures >= settings.maxFailures;
      const lockedUntil = lock ? new Date(now.getTime() + settings.lockMinutes * 60_000) : null;
      await tx.db
        .update(users)
        .set({ failedLogins: lock ? 0 : failures, lockedUntil, version: sql`${users.version} + 1`, updatedAt: now })
        .where(eq(users.id, user.id));
      await appendAudit(asUser, {
        action: lock ? 'auth.account_locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        detail: { failures, ip: client.ip, ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}) },
      });
      return { ok: false, error: lock ? lockedError(lockedUntil!) : new AppError('INVALID_CREDENTIALS', 'auth.invalidCredentials') };
    }
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + settings.sessionHours * 3_600_000);
    await tx.db
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now, version: sql`${users.version} + 1`, updatedAt: now })
      .where(eq(users.id, user.id));
    await tx.db.insert(sessions).values({
      id: sessionIdOf(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    await appendAudit(asUser, { action: 'auth.login', entityType: 'user', entityId: user.id, detail: { ip: client.ip } });
    return { ok: true, result: { token, expiresAt, userId: user.id } };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

function lockedError(until: Date): AppError {
  const shanghai = until.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
  return new AppError('ACCOUNT_LOCKED', 'auth.locked', { until: shanghai });
}
