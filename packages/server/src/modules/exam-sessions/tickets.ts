import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { canManagePlanSessions, EXAM_COMPONENTS, ownPersonIds, deny, type ExamComponent } from '@jiping/domain';
import type { Db } from '../../platform/db/client.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, examSeats, examSessions, examTickets, institutions, occupations, persons, registrations } from '../../platform/db/schema.ts';
import { assertAllowed, notFound } from '../../platform/errors.ts';

export interface TicketSession {
  component: ExamComponent;
  startsAt: Date;
  endsAt: Date;
  siteName: string;
  siteAddress: string;
  room: string;
  seatNumber: number;
}

/** Everything an admission ticket prints. The ID number is only ever the masked one. */
export interface TicketData {
  registrationId: string;
  planId: string;
  ticketNumber: string;
  name: string;
  idNumberMasked: string;
  occupationName: string;
  workType: string;
  level: number;
  institutionName: string;
  sessions: TicketSession[];
}

/** Tickets of still-admitted registrations with their seats in sessions not cancelled, by ticket number. */
async function loadTickets(db: Db, where: { planId: string } | { registrationIds: string[] }): Promise<TicketData[]> {
  const rows = await db
    .select({
      ticket: examTickets,
      name: persons.name,
      idNumberMasked: persons.idNumberMasked,
      occupationName: occupations.nameZh,
      workType: evaluationPlans.workType,
      level: evaluationPlans.level,
      institutionName: institutions.name,
    })
    .from(examTickets)
    .innerJoin(registrations, eq(registrations.id, examTickets.registrationId))
    .innerJoin(persons, eq(persons.id, examTickets.personId))
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, examTickets.planId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .where(and(eq(registrations.status, 'admitted'), 'planId' in where ? eq(examTickets.planId, where.planId) : inArray(examTickets.registrationId, where.registrationIds)))
    .orderBy(asc(examTickets.ticketNumber));
  if (!rows.length) return [];
  const seats = await db
    .select({ registrationId: examSeats.registrationId, seatNumber: examSeats.seatNumber, session: examSessions })
    .from(examSeats)
    .innerJoin(examSessions, eq(examSessions.id, examSeats.sessionId))
    .where(
      and(
        inArray(
          examSeats.registrationId,
          rows.map((r) => r.ticket.registrationId),
        ),
        ne(examSessions.status, 'cancelled'),
      ),
    )
    .orderBy(asc(examSessions.startsAt));
  return rows.map((row) => ({
    registrationId: row.ticket.registrationId,
    planId: row.ticket.planId,
    ticketNumber: row.ticket.ticketNumber,
    name: row.name,
    idNumberMasked: row.idNumberMasked,
    occupationName: row.occupationName,
    workType: row.workType,
    level: row.level,
    institutionName: row.institutionName,
    sessions: seats
      .filter((s) => s.registrationId === row.ticket.registrationId)
      .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime() || EXAM_COMPONENTS.indexOf(a.session.component) - EXAM_COMPONENTS.indexOf(b.session.component))
      .map((s) => ({
        component: s.session.component,
        startsAt: s.session.startsAt,
        endsAt: s.session.endsAt,
        siteName: s.session.siteName,
        siteAddress: s.session.siteAddress,
        room: s.session.room,
        seatNumber: s.seatNumber,
      })),
  }));
}

/**
 * The signed-in candidate's tickets: only registrations of the person their account is linked
 * to, found by that link and never by an ID number.
 */
export async function myTickets({ ctx }: { ctx: ServiceContext }) {
  const personIds = ownPersonIds(ctx.actor);
  if (!personIds.length) return [];
  const own = await ctx.db.select({ id: examTickets.registrationId }).from(examTickets).where(inArray(examTickets.personId, personIds));
  return own.length ? loadTickets(ctx.db, { registrationIds: own.map((r) => r.id) }) : [];
}

/** One of the candidate's own tickets; anyone else's is refused, whoever asks. */
export async function myTicket({ ctx, registrationId }: { ctx: ServiceContext; registrationId: string }) {
  const [registration] = await ctx.db.select({ personId: registrations.personId }).from(registrations).where(eq(registrations.id, registrationId));
  if (!registration || !ownPersonIds(ctx.actor).includes(registration.personId)) assertAllowed(deny('policy.examTicket.ownOnly'));
  const [ticket] = await loadTickets(ctx.db, { registrationIds: [registrationId] });
  if (!ticket) throw notFound('examTicket');
  return ticket;
}

/** Every ticket of a plan, for its institution to print or hand out. */
export async function planTickets({ ctx, planId }: { ctx: ServiceContext; planId: string }) {
  const [plan] = await ctx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, planId));
  if (!plan) throw notFound('plan');
  assertAllowed(canManagePlanSessions(ctx.actor, plan));
  const tickets = await loadTickets(ctx.db, { planId });
  if (!tickets.length) throw notFound('examTicket');
  return tickets;
}
