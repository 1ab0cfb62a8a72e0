import { and, asc, count, eq } from 'drizzle-orm';
import { canManagePlanSessions, examSessionPolicy, maskPersonName, planPolicy, requiredComponents } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, examIncidents, examSeats, examSessions, examTickets, occupations, persons, registrations, sessionStaff, staffMembers } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';
import { loadSession, seatCounts, servingUserId, sessionFacts, staffOf, toSessionView } from './session-facts.ts';
import { toIncidentView } from './record-incident.ts';

/** A plan's sessions in time order, with what the reader may do: as readable as the plan itself. */
export async function listPlanSessions({ ctx, planId }: { ctx: ServiceContext; planId: string }) {
  const [plan] = await ctx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, planId));
  if (!plan) throw notFound('plan');
  assertAllowed(planPolicy(ctx.actor, 'read', plan));
  const rows = await ctx.db.select().from(examSessions).where(eq(examSessions.planId, planId)).orderBy(asc(examSessions.startsAt), asc(examSessions.id));
  const ids = rows.map((r) => r.id);
  const [counts, staff] = await Promise.all([seatCounts(ctx.db, ids), staffOf(ctx.db, ids)]);
  const [admitted] = await ctx.db
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.planId, planId), eq(registrations.status, 'admitted')));
  const [tickets] = await ctx.db.select({ n: count() }).from(examTickets).where(eq(examTickets.planId, planId));
  const manages = canManagePlanSessions(ctx.actor, plan).allowed;
  const open = plan.status === 'acknowledged';
  const live = rows.some((r) => r.status !== 'cancelled');
  return {
    planId,
    components: [...requiredComponents(plan.level)],
    admitted: Number(admitted?.n ?? 0),
    tickets: Number(tickets?.n ?? 0),
    items: rows.map((row) => toSessionView(ctx.actor, row, sessionFacts(row, plan, staff.get(row.id) ?? []), counts.get(row.id))),
    allowedActions: [
      ...(manages && open ? (['schedule'] as const) : []),
      ...(manages && open && live ? (['assignSeats'] as const) : []),
      ...(manages && Number(tickets?.n ?? 0) > 0 ? (['downloadTickets'] as const) : []),
    ],
  };
}

/** One session with its staff, its seats (names masked) and its incidents: what the day's page shows. */
export async function getSession({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const { row, plan, staff, facts } = await loadSession(ctx.db, id);
  assertAllowed(examSessionPolicy(ctx.actor, 'read', facts));
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const [occupation] = await ctx.db.select({ name: occupations.nameZh }).from(occupations).where(eq(occupations.code, plan.occupationCode));
  const seats = await ctx.db
    .select({ seat: examSeats, ticketNumber: examTickets.ticketNumber, name: persons.name })
    .from(examSeats)
    .innerJoin(registrations, eq(registrations.id, examSeats.registrationId))
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .leftJoin(examTickets, eq(examTickets.registrationId, examSeats.registrationId))
    .where(eq(examSeats.sessionId, id))
    .orderBy(asc(examSeats.seatNumber));
  const incidents = await ctx.db.select().from(examIncidents).where(eq(examIncidents.sessionId, id)).orderBy(asc(examIncidents.occurredAt), asc(examIncidents.createdAt));
  const counts = (await seatCounts(ctx.db, [id])).get(id);
  return {
    ...toSessionView(ctx.actor, row, facts, counts),
    occupationCode: plan.occupationCode,
    occupationName: occupation?.name ?? plan.occupationCode,
    workType: plan.workType,
    level: plan.level,
    staff: staff.map((s) => ({
      id: s.id,
      duty: s.duty,
      name: s.name,
      checkedInAt: s.checkedInAt?.toISOString() ?? null,
      isMe: s.userId !== null && s.userId === me,
      canCheckIn: !s.checkedInAt && examSessionPolicy(ctx.actor, 'checkInStaff', facts, s.userId).allowed,
    })),
    seats: seats.map(({ seat, ticketNumber, name }) => ({
      registrationId: seat.registrationId,
      seatNumber: seat.seatNumber,
      ticketNumber,
      maskedName: maskPersonName(name),
      checkedInAt: seat.checkedInAt?.toISOString() ?? null,
      absent: seat.absent,
    })),
    incidents: incidents.map(toIncidentView),
  };
}

/** 我的场次: the sessions the signed-in user is assigned to (session_staff), soonest first, with their duty. */
export async function listMySessions({ ctx }: { ctx: ServiceContext }) {
  if (ctx.actor.kind !== 'user') return { items: [] };
  const assigned = await ctx.db
    .select({ session: examSessions, duty: sessionStaff.duty, plan: evaluationPlans, occupationName: occupations.nameZh })
    .from(sessionStaff)
    .leftJoin(staffMembers, eq(staffMembers.id, sessionStaff.staffId))
    .innerJoin(examSessions, eq(examSessions.id, sessionStaff.sessionId))
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, examSessions.planId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(eq(servingUserId, ctx.actor.userId))
    .orderBy(asc(examSessions.startsAt), asc(examSessions.id))
    .limit(200);
  const ids = assigned.map((a) => a.session.id);
  const [counts, staff] = await Promise.all([seatCounts(ctx.db, ids), staffOf(ctx.db, ids)]);
  return {
    items: assigned.map((a) => ({
      ...toSessionView(ctx.actor, a.session, sessionFacts(a.session, a.plan, staff.get(a.session.id) ?? []), counts.get(a.session.id)),
      duty: a.duty,
      occupationName: a.occupationName,
      workType: a.plan.workType,
      level: a.plan.level,
    })),
  };
}
