import { and, eq, sql } from 'drizzle-orm';
import { staffPolicy } from '@jiping/domain';
import type { StaffMemberView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { staffMembers } from '../../platform/db/schema.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion } from '../../platform/errors.ts';
import { loadInstitutionFacts } from '../institutions/index.ts';
import { loadStaffMember, toStaffView, type StaffRow } from './staff-view.ts';

/** A member of staff the actor manages (their institution's administrator) and the filing in force still names. */
export async function loadManagedStaff(ctx: ServiceContext, id: string): Promise<StaffRow> {
  const staff = await loadStaffMember(ctx.db, id);
  assertAllowed(staffPolicy(ctx.actor, 'manage', await loadInstitutionFacts(ctx.db, staff.institutionId)));
  if (!staff.active) throw new AppError('CONFLICT', 'staffing.staffInactive', { name: staff.name });
  return staff;
}

/** Links a member of staff to a person or an account: compare-and-set on the version the page read, audited. */
export async function linkStaff(
  tx: ServiceContext,
  staff: StaffRow,
  version: number,
  set: Pick<Partial<StaffRow>, 'personId' | 'userId'>,
  audit: { action: string; detail: Record<string, unknown> },
): Promise<StaffMemberView> {
  const [updated] = await tx.db
    .update(staffMembers)
    .set({ ...set, version: sql`${staffMembers.version} + 1`, updatedAt: tx.now() })
    .where(and(eq(staffMembers.id, staff.id), eq(staffMembers.version, version)))
    .returning();
  if (!updated) throw staleVersion();
  const view = await toStaffView(tx.db, updated);
  await appendAudit(tx, { action: audit.action, entityType: 'staff_member', entityId: staff.id, before: staff, after: view, detail: { institutionId: staff.institutionId, ...audit.detail } });
  return view;
}
