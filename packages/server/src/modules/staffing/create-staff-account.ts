import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { CreateStaffAccountBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { userGrants, users } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { linkStaff, loadManagedStaff } from './managed-staff.ts';

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 14 characters from 55: about 81 bits, with at least one digit so it reads as a password. */
export function initialPassword(): string {
  for (;;) {
    const password = Array.from({ length: 14 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    if (/\d/.test(password) && /[a-z]/i.test(password)) return password;
  }
}

/**
 * Creates the sign-in account of a member of staff: role examiner at the institution (the
 * examiner workspace serves examiners and supervisors alike), linked to the member. The initial
 * password is generated here, returned in this one answer and stored only as its argon2id hash,
 * so nobody can show it again; the administrator hands it over.
 */
export async function createStaffAccount({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof CreateStaffAccountBody> }) {
  const staff = await loadManagedStaff(ctx, id);
  const body = parseInput(CreateStaffAccountBody, input, ctx.locale);
  if (staff.userId) throw new AppError('CONFLICT', 'staffing.accountLinked', { name: staff.name });
  const password = initialPassword();
  // Hashing is deliberately slow: done before the transaction so it holds no lock meanwhile.
  const passwordHash = await hashPassword(password);
  return withTransaction(ctx, async (tx) => {
    const [taken] = await tx.db.select({ id: users.id }).from(users).where(eq(users.username, body.username));
    if (taken) throw new AppError('CONFLICT', 'organization.usernameTaken', { username: body.username });
    const [user] = await tx.db
      .insert(users)
      .values({ username: body.username, displayName: body.displayName ?? staff.name, passwordHash })
      .returning({ id: users.id, username: users.username, displayName: users.displayName });
    await tx.db.insert(userGrants).values({ userId: user!.id, role: 'examiner', institutionId: staff.institutionId });
    await appendAudit(tx, { action: 'user.created', entityType: 'user', entityId: user!.id, after: { ...user, role: 'examiner', institutionId: staff.institutionId } });
    const view = await linkStaff(tx, staff, body.version, { userId: user!.id }, { action: 'staff.account_linked', detail: { userId: user!.id, created: true } });
    return { staff: view, username: user!.username, initialPassword: password };
  });
}
