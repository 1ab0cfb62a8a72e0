import { and, eq } from 'drizzle-orm';
import { conflictDeclarationPolicy } from '@jiping/domain';
import { DeclareInstitutionConflictBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { registrations, staffMembers } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { recordConflict } from './record-conflict.ts';

/** The institution's administrator records a tie between one of its staff and one of its candidates. */
export async function declareInstitutionConflict({ ctx, institutionId, input }: { ctx: ServiceContext; institutionId: string; input: z.input<typeof DeclareInstitutionConflictBody> }) {
  assertAllowed(conflictDeclarationPolicy(ctx.actor, 'institution', { institutionId, staffUserId: null, personId: '' }));
  const body = parseInput(DeclareInstitutionConflictBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const [staff] = await tx.db
      .select({ id: staffMembers.id })
      .from(staffMembers)
      .where(and(eq(staffMembers.id, body.staffId), eq(staffMembers.institutionId, institutionId)));
    const [registration] = await tx.db
      .select({ personId: registrations.personId })
      .from(registrations)
      .where(and(eq(registrations.id, body.registrationId), eq(registrations.institutionId, institutionId)));
    const problems = [
      ...(staff ? [] : [{ field: 'staffId', code: 'unknown', messageKey: 'staffing.staffUnknown' }]),
      ...(registration ? [] : [{ field: 'registrationId', code: 'unknown', messageKey: 'staffing.registrationUnknown' }]),
    ];
    if (problems.length) throw validation(problems);
    return recordConflict(tx, { institutionId, staffId: staff!.id, personId: registration!.personId, kind: body.kind, note: body.note, declaredAs: 'institution' });
  });
}
