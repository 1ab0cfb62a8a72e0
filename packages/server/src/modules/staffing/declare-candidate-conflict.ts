import { conflictDeclarationPolicy } from '@jiping/domain';
import { DeclareCandidateConflictBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadRegistration, planStaff } from './plan-staff.ts';
import { recordConflict } from './record-conflict.ts';

/** A candidate declares their own tie with a member of their plan's staff, from their application. */
export async function declareCandidateConflict({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof DeclareCandidateConflictBody> }) {
  const registration = await loadRegistration(ctx, id);
  assertAllowed(conflictDeclarationPolicy(ctx.actor, 'candidate', { institutionId: registration.institutionId, staffUserId: null, personId: registration.personId }));
  const body = parseInput(DeclareCandidateConflictBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const offered = await planStaff(tx, registration.planId);
    if (!offered.some((s) => s.id === body.staffId)) throw validation([{ field: 'staffId', code: 'unknown', messageKey: 'staffing.notPlanStaff' }]);
    return recordConflict(tx, { institutionId: registration.institutionId, staffId: body.staffId, personId: registration.personId, kind: body.kind, note: body.note, declaredAs: 'candidate' });
  });
}
