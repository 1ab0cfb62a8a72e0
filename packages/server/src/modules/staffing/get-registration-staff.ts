import { and, eq } from 'drizzle-orm';
import { conflictDeclarationPolicy } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { conflictDeclarations } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { conflictViews } from './conflict-view.ts';
import { loadRegistration, planStaff } from './plan-staff.ts';

/** For a candidate's own application: the plan's staff to name a tie with, and the ties on record with them. */
export async function getRegistrationStaff({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const registration = await loadRegistration(ctx, id);
  assertAllowed(conflictDeclarationPolicy(ctx.actor, 'candidate', { institutionId: registration.institutionId, staffUserId: null, personId: registration.personId }));
  return {
    staff: await planStaff(ctx, registration.planId),
    conflicts: await conflictViews(ctx.db, and(eq(conflictDeclarations.personId, registration.personId), eq(conflictDeclarations.institutionId, registration.institutionId))),
  };
}
