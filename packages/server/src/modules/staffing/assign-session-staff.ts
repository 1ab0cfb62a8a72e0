import { and, eq, gt, lt, ne } from 'drizzle-orm';
import { actorUserId, sessionStaffingPolicy, staffConflicts, staffEligibility } from '@jiping/domain';
import { AssignSessionStaffBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSessions, sessionStaff, staffMembers } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadPlan, loadPlanStaffing, loadSession, sessionFacts, sessionView } from './session-staffing.ts';

/**
 * Assigns a member of staff to a session in a duty. Refused, with the rule and the names (the
 * candidate's masked), when the member is not named in the filing in force, not qualified for the
 * plan's occupation and level, not of the kind the duty takes, tied to a seated candidate (回避),
 * already serving in this session or in another one at the same time. Too few staff is allowed
 * while the session is being staffed: the verdict lists it, and the session cannot start with it.
 */
export async function assignSessionStaff({ ctx, id, input }: { ctx: ServiceContext; id: string; input: z.input<typeof AssignSessionStaffBody> }) {
  const body = parseInput(AssignSessionStaffBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    const session = await loadSession(tx, id, { forUpdate: true });
    const plan = await loadPlan(tx, session.planId);
    assertAllowed(sessionStaffingPolicy(tx.actor, 'assign', sessionFacts(plan, session)));
    if (body.duty === 'external_supervisor') throw validation([{ field: 'duty', code: 'external', messageKey: 'staffing.externalByDistrict' }]);
    if (plan.status !== 'acknowledged') throw new AppError('PRECONDITION_FAILED', 'staffing.planNotAcknowledged', { planStatus: plan.status });
    const [member] = await tx.db
      .select()
      .from(staffMembers)
      .where(and(eq(staffMembers.id, body.staffId), eq(staffMembers.institutionId, session.institutionId)));
    if (!member) throw validation([{ field: 'staffId', code: 'unknown', messageKey: 'staffing.staffUnknown' }]);
    const [already] = await tx.db
      .select({ id: sessionStaff.id })
      .from(sessionStaff)
      .where(and(eq(sessionStaff.sessionId, id), eq(sessionStaff.staffId, member.id)));
    if (already) throw new AppError('CONFLICT', 'staffing.alreadyAssigned', { name: member.name });
    // One person, one room at a time: another session of any plan overlapping this one's hours.
    const [elsewhere] = await tx.db
      .select({ room: examSessions.room, startsAt: examSessions.startsAt })
      .from(sessionStaff)
      .innerJoin(examSessions, eq(examSessions.id, sessionStaff.sessionId))
      .where(
        and(eq(sessionStaff.staffId, member.id), ne(examSessions.id, id), ne(examSessions.status, 'cancelled'), lt(examSessions.startsAt, session.endsAt), gt(examSessions.endsAt, session.startsAt)),
      );
    if (elsewhere)
      throw new AppError('CONFLICT', 'staffing.doubleBooked', {
        name: member.name,
        room: elsewhere.room,
        startsAt: elsewhere.startsAt.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16),
      });
    const staffing = await loadPlanStaffing(tx, plan, [id]);
    const judged = staffing.sessions[0]!;
    const facts = staffing.staff.find((s) => s.id === member.id)!;
    const eligibility = staffEligibility(judged.facts, facts, body.duty);
    const problems = eligibility.length ? eligibility : staffConflicts(judged.facts, facts, judged.candidates, staffing.conflicts, staffing.category);
    if (problems.length) {
      const reasons = problems.map((p) => p.message[tx.locale]);
      throw new AppError(
        'UNPROCESSABLE',
        'staffing.assignRefused',
        { reasons: reasons.join(' ') },
        problems.map((p, index) => ({ field: 'staffId', code: p.rule, message: reasons[index] })),
      );
    }
    const [row] = await tx.db
      .insert(sessionStaff)
      .values({ sessionId: id, duty: body.duty, staffId: member.id, name: member.name, assignedBy: actorUserId(tx.actor), createdAt: tx.now() })
      .returning();
    await appendAudit(tx, { action: 'session.staff_assigned', entityType: 'exam_session', entityId: id, after: row, detail: { staffId: member.id, duty: body.duty } });
    const after = await loadPlanStaffing(tx, plan, [id]);
    return sessionView(tx.actor, plan, after.sessions[0]!);
  });
}
