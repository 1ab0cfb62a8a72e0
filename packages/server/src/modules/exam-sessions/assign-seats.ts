import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { canManagePlanSessions, distributeSeats, requiredComponents } from '@jiping/domain';
import { AssignSeatsBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, examSeats, examSessions, examTickets, registrations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, notFound, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { filedSite } from './filed-site.ts';
import { issueTickets } from './issue-tickets.ts';
import { componentsKept } from './kept-components.ts';
import { drawSeatOrder, newSeatSeed } from './seat-draw.ts';
import { seatCounts, sessionFacts, staffOf, toSessionView } from './session-facts.ts';

/**
 * Seats every admitted candidate who sits the component (`componentsKept` leaves out what a
 * resit keeps) in the plan's scheduled sessions of that component: tickets first (issued to
 * admitted registrations that have none), then the candidates sorted by ticket number are
 * shuffled by a new recorded seed (`drawSeatOrder`) and fill the sessions in session order. A
 * draw may be repeated until the first of the sessions starts: it replaces every seat of the
 * component with a new seed, audited. More candidates than seats refuses the draw.
 */
export async function assignSeats({ ctx, planId, input, seed = newSeatSeed() }: { ctx: ServiceContext; planId: string; input: z.input<typeof AssignSeatsBody>; seed?: string }) {
  const { component } = parseInput(AssignSeatsBody, input, ctx.locale);
  return withTransaction(ctx, async (tx) => {
    // The plan's row lock serialises draws of one plan: a second one waits and redraws after.
    const [plan] = await tx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, planId)).for('update');
    if (!plan) throw notFound('plan');
    assertAllowed(canManagePlanSessions(tx.actor, plan));
    if (plan.status !== 'acknowledged') throw new AppError('PRECONDITION_FAILED', 'examSession.planNotAcknowledged', { planStatus: plan.status });
    if (!requiredComponents(plan.level).includes(component))
      throw validation([{ field: 'component', code: 'examSession.componentNotExamined', messageKey: 'examSession.componentNotExamined', params: { component } }]);
    const sessions = await tx.db
      .select()
      .from(examSessions)
      .where(and(eq(examSessions.planId, planId), eq(examSessions.component, component), ne(examSessions.status, 'cancelled')))
      .orderBy(asc(examSessions.startsAt), asc(examSessions.id))
      .for('update');
    if (!sessions.length) throw new AppError('PRECONDITION_FAILED', 'examSession.noSessions', { component });
    if (sessions.some((s) => s.status !== 'scheduled' || s.startsAt.getTime() <= tx.now().getTime())) throw new AppError('CONFLICT', 'examSession.seatsLocked', { component });

    const ticketsIssued = await issueTickets(tx, plan, (await filedSite(tx.db, plan)).institutionCode);
    const admitted = await tx.db
      .select({ registrationId: registrations.id, ticketNumber: examTickets.ticketNumber })
      .from(registrations)
      .innerJoin(examTickets, eq(examTickets.registrationId, registrations.id))
      .where(and(eq(registrations.planId, planId), eq(registrations.status, 'admitted')));
    const kept = await componentsKept(
      tx,
      admitted.map((a) => a.registrationId),
    );
    const sitting = admitted.filter((a) => !kept.get(a.registrationId)?.has(component));
    if (!sitting.length) throw new AppError('PRECONDITION_FAILED', 'examSession.noCandidates');
    const { seats, shortage } = distributeSeats(drawSeatOrder(sitting, seed), sessions);
    if (shortage > 0) {
      const capacity = sessions.reduce((sum, s) => sum + s.capacity, 0);
      throw new AppError('PRECONDITION_FAILED', 'examSession.notEnoughSeats', { candidates: String(sitting.length), capacity: String(capacity), component });
    }

    const ids = sessions.map((s) => s.id);
    const previous = await tx.db.delete(examSeats).where(inArray(examSeats.sessionId, ids)).returning({ registrationId: examSeats.registrationId });
    await bulkInsert(
      tx.db,
      examSeats,
      seats.map((s) => ({ sessionId: s.sessionId, registrationId: s.candidate.registrationId, seatNumber: s.seatNumber })),
    );
    const updated = await tx.db.update(examSessions).set({ seatSeed: seed, seatsAssignedAt: tx.now(), updatedAt: tx.now() }).where(inArray(examSessions.id, ids)).returning();
    await appendAudit(tx, {
      action: previous.length ? 'examSession.seatsRedrawn' : 'examSession.seatsAssigned',
      entityType: 'plan',
      entityId: planId,
      after: seats.map((s) => ({ sessionId: s.sessionId, registrationId: s.candidate.registrationId, seatNumber: s.seatNumber })),
      detail: { component, seed, sessions: ids, seated: seats.length, replaced: previous.length, ticketsIssued },
    });

    const counts = await seatCounts(tx.db, ids);
    const staff = await staffOf(tx.db, ids);
    const byId = new Map(updated.map((row) => [row.id, row]));
    return {
      component,
      seed,
      seated: seats.length,
      ticketsIssued,
      items: sessions.map((s) => {
        const row = byId.get(s.id)!;
        return toSessionView(tx.actor, row, sessionFacts(row, plan, staff.get(s.id) ?? []), counts.get(s.id));
      }),
    };
  });
}
