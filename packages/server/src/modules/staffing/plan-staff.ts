import { and, eq, inArray, or } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions, registrations, sessionStaff, staffMembers } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { loadPlan } from './session-staffing.ts';
import { staffOrder } from './staff-view.ts';

export type RegistrationRow = typeof registrations.$inferSelect;

export async function loadRegistration(ctx: ServiceContext, id: string): Promise<RegistrationRow> {
  const [row] = await ctx.db.select().from(registrations).where(eq(registrations.id, id));
  if (!row) throw notFound('registration');
  return row;
}

/**
 * The staff of a plan, as a candidate can name them: the active members its institution named in
 * the plan (examiners, internal supervisor) or has assigned to one of its sessions.
 */
export async function planStaff(ctx: ServiceContext, planId: string) {
  const plan = await loadPlan(ctx, planId);
  const assigned = ctx.db.select({ staffId: sessionStaff.staffId }).from(sessionStaff).innerJoin(examSessions, eq(examSessions.id, sessionStaff.sessionId)).where(eq(examSessions.planId, planId));
  const named = [...plan.examiners, plan.internalSupervisor];
  const rows = await ctx.db
    .select({ id: staffMembers.id, name: staffMembers.name, kind: staffMembers.kind })
    .from(staffMembers)
    .where(and(eq(staffMembers.institutionId, plan.institutionId), eq(staffMembers.active, true), or(inArray(staffMembers.name, named), inArray(staffMembers.id, assigned))));
  return rows.sort(staffOrder);
}
