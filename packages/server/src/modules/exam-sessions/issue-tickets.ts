import { and, asc, eq, isNull } from 'drizzle-orm';
import { formatTicketNumber, ticketCounterScope, TICKET_SERIAL_MAX } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { examTickets, registrations } from '../../platform/db/schema.ts';
import { nextNumbers } from '../../platform/db/next-number.ts';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import { AppError } from '../../platform/errors.ts';
import type { PlanRow } from './session-facts.ts';

/**
 * Gives every admitted registration of the plan that has none its admission ticket (准考证), in
 * the order the applications arrived. Serials come from the counter of the institution code and
 * exam year (`nextNumbers`, one statement for the batch), so two plans numbering at once queue on
 * the counter row and never share a number; the unique index on the number backs it. Runs inside
 * the caller's transaction, which holds the plan's row lock. Returns how many were issued.
 */
export async function issueTickets(tx: ServiceContext, plan: PlanRow, institutionCode: string | null): Promise<number> {
  const waiting = await tx.db
    .select({ id: registrations.id, personId: registrations.personId })
    .from(registrations)
    .leftJoin(examTickets, eq(examTickets.registrationId, registrations.id))
    .where(and(eq(registrations.planId, plan.id), eq(registrations.status, 'admitted'), isNull(examTickets.id)))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  if (!waiting.length) return 0;
  if (!institutionCode) throw new AppError('PRECONDITION_FAILED', 'examTicket.noInstitutionCode');
  const year = plan.examStart.slice(0, 4);
  const first = await nextNumbers(tx, ticketCounterScope(institutionCode, year), waiting.length);
  if (first + waiting.length - 1 > TICKET_SERIAL_MAX) throw new AppError('CONFLICT', 'examTicket.serialsExhausted', { year });
  await bulkInsert(
    tx.db,
    examTickets,
    waiting.map((registration, index) => ({
      registrationId: registration.id,
      planId: plan.id,
      personId: registration.personId,
      ticketNumber: formatTicketNumber(year, institutionCode, first + index),
      createdAt: tx.now(),
    })),
  );
  return waiting.length;
}
