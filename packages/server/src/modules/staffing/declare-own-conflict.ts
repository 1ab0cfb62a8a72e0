import { and, eq } from 'drizzle-orm';
import { actorUserId, conflictDeclarationPolicy } from '@jiping/domain';
import { DeclareOwnConflictBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { registrations, staffMembers } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { AppError, assertAllowed, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { recordConflict } from './record-conflict.ts';

/**
 * A member of staff declares their own tie with a candidate of their institution (回避申报), from
 * the examiner workspace: the account must be linked to the member of staff the filing names.
 */
export async function declareOwnConflict({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof DeclareOwnConflictBody> }) {
  const body = parseInput(DeclareOwnConflictBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [registration] = await tx.db.select({ personId: registrations.personId, institutionId: registrations.institutionId }).from(registrations).where(eq(registrations.id, body.registrationId));
    if (!registration) throw notFound('registration');
    const userId = actorUserId(tx.actor);
    const [staff] = userId
      ? await tx.db
          .select({ id: staffMembers.id, userId: staffMembers.userId })
          .from(staffMembers)
          .where(and(eq(staffMembers.institutionId, registration.institutionId), eq(staffMembers.userId, userId), eq(staffMembers.active, true)))
      : [];
    if (!staff) throw new AppError('FORBIDDEN', 'staffing.noStaffRecord');
    assertAllowed(conflictDeclarationPolicy(tx.actor, 'staff', { institutionId: registration.institutionId, staffUserId: staff.userId, personId: registration.personId }));
    return recordConflict(tx, { institutionId: registration.institutionId, staffId: staff.id, personId: registration.personId, kind: body.kind, note: body.note, declaredAs: 'staff' });
  });
}
