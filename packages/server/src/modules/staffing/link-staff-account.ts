import { and, eq } from 'drizzle-orm';
import { LinkStaffAccountBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { staffMembers, userGrants, users } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { linkStaff, loadManagedStaff } from './managed-staff.ts';
import { toStaffView } from './staff-view.ts';

/**
 * Links a member of staff to an account that already signs in as an examiner of this institution.
 * Only such accounts: an administrator cannot take over someone else's account by naming it, and
 * an unknown username and another institution's account get the same answer, so the form is no
 * way to learn which usernames exist.
 */
export async function linkStaffAccount({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof LinkStaffAccountBody> }) {
  const staff = await loadManagedStaff(ctx, id);
  const body = parseInput(LinkStaffAccountBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [account] = await tx.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userGrants, eq(userGrants.userId, users.id))
      .where(and(eq(users.username, body.username), eq(userGrants.role, 'examiner'), eq(userGrants.institutionId, staff.institutionId)));
    if (!account) throw new AppError('UNPROCESSABLE', 'staffing.accountNotStaff', { username: body.username });
    if (staff.userId === account.id) return toStaffView(tx.db, staff);
    const [holder] = await tx.db
      .select({ name: staffMembers.name })
      .from(staffMembers)
      .where(and(eq(staffMembers.institutionId, staff.institutionId), eq(staffMembers.userId, account.id)));
    if (holder) throw new AppError('CONFLICT', 'staffing.accountTaken', { username: body.username, name: holder.name });
    return linkStaff(tx, staff, body.version, { userId: account.id }, { action: 'staff.account_linked', detail: { userId: account.id, created: false } });
  });
}
