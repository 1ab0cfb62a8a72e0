import { asc, eq, inArray } from 'drizzle-orm';
import { actorUserId, canActAsStaff } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { conflictDeclarations, evaluationPlans, examSessions, institutions, sessionStaff, staffMembers } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { conflictViews } from './conflict-view.ts';

/** A member of staff's own: where a filing names them, the sessions they serve in, and the ties on record for them. */
export async function getMyStaffing({ ctx }: { ctx: ServiceContext }) {
  assertAllowed(canActAsStaff(ctx.actor));
  const userId = actorUserId(ctx.actor)!;
  const memberships = await ctx.db
    .select({ id: staffMembers.id, institutionId: staffMembers.institutionId, institutionName: institutions.name, kind: staffMembers.kind, name: staffMembers.name, active: staffMembers.active })
    .from(staffMembers)
    .innerJoin(institutions, eq(institutions.id, staffMembers.institutionId))
    .where(eq(staffMembers.userId, userId))
    .orderBy(asc(institutions.name));
  const ids = memberships.map((m) => m.id);
  const sessions = ids.length
    ? await ctx.db
        .select({
          id: examSessions.id,
          planId: examSessions.planId,
          occupationCode: evaluationPlans.occupationCode,
          level: evaluationPlans.level,
          component: examSessions.component,
          startsAt: examSessions.startsAt,
          room: examSessions.room,
          duty: sessionStaff.duty,
          status: examSessions.status,
        })
        .from(sessionStaff)
        .innerJoin(examSessions, eq(examSessions.id, sessionStaff.sessionId))
        .innerJoin(evaluationPlans, eq(evaluationPlans.id, examSessions.planId))
        .where(inArray(sessionStaff.staffId, ids))
        .orderBy(asc(examSessions.startsAt))
    : [];
  return {
    memberships,
    sessions: sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    conflicts: ids.length ? await conflictViews(ctx.db, inArray(conflictDeclarations.staffId, ids)) : [],
  };
}
