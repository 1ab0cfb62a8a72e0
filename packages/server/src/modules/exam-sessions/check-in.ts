import { and, eq, inArray, isNull } from 'drizzle-orm';
import { actorUserId, examSessionPolicy, ID_TYPES, maskPersonName, normalizeIdNumber, TICKET_NUMBER_PATTERN } from '@jiping/domain';
import { CheckInBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { examSeats, examTickets, persons, registrations } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import { identityBlindIndex } from '../people/index.ts';
import { loadSession } from './session-facts.ts';
import { shanghaiDateTime } from './shanghai-time.ts';

/**
 * Checks a candidate into a running session by what the scanner reads from the ticket's QR code
 * (the ticket number) or by an ID number typed at the desk. The ID number is compared, through
 * its blind index, only with the candidates seated in this session: a number not seated here is
 * refused with the same words whether or not the city knows the person, so the desk learns
 * nothing else. The answer shows the seat and the name masked (李*) to confirm against the face.
 * A second check-in is refused with the time of the first.
 */
export async function checkInCandidate({ ctx, keyring, sessionId, input }: { ctx: ServiceContext; keyring: Keyring; sessionId: string; input: z.input<typeof CheckInBody> }) {
  const code = parseInput(CheckInBody, input, ctx.locale).code.toUpperCase();
  return withTransaction(ctx, async (tx) => {
    const { facts } = await loadSession(tx.db, sessionId);
    assertAllowed(examSessionPolicy(tx.actor, 'checkIn', facts));
    const byTicket = TICKET_NUMBER_PATTERN.test(code);
    const blinds = byTicket ? [] : ID_TYPES.map((idType) => identityBlindIndex(keyring, { idType, idNumber: normalizeIdNumber(idType, code) }));
    const [seat] = await tx.db
      .select({ seat: examSeats, name: persons.name, ticketNumber: examTickets.ticketNumber })
      .from(examSeats)
      .innerJoin(registrations, eq(registrations.id, examSeats.registrationId))
      .innerJoin(persons, eq(persons.id, registrations.personId))
      .leftJoin(examTickets, eq(examTickets.registrationId, examSeats.registrationId))
      .where(and(eq(examSeats.sessionId, sessionId), byTicket ? eq(examTickets.ticketNumber, code) : inArray(persons.idNumberBlind, blinds)));
    if (!seat || seat.seat.absent) throw new AppError('NOT_FOUND', byTicket ? 'examCheckIn.ticketNotSeated' : 'examCheckIn.idNotSeated');
    const already = (at: Date) => new AppError('CONFLICT', 'examCheckIn.already', { at: shanghaiDateTime(at), seat: String(seat.seat.seatNumber), name: maskPersonName(seat.name) });
    if (seat.seat.checkedInAt) throw already(seat.seat.checkedInAt);
    // Only an unchecked seat is updated: of two desks scanning the same ticket at once, one wins.
    const [updated] = await tx.db
      .update(examSeats)
      .set({ checkedInAt: tx.now(), checkedInBy: actorUserId(tx.actor) })
      .where(and(eq(examSeats.sessionId, sessionId), eq(examSeats.registrationId, seat.seat.registrationId), isNull(examSeats.checkedInAt)))
      .returning();
    if (!updated) throw already(tx.now());
    await appendAudit(tx, {
      action: 'examSession.checkIn',
      entityType: 'examSession',
      entityId: sessionId,
      after: { registrationId: updated.registrationId, seatNumber: updated.seatNumber, checkedInAt: updated.checkedInAt },
      detail: { registrationId: updated.registrationId, seatNumber: updated.seatNumber, by: byTicket ? 'ticket' : 'idNumber' },
    });
    return { seatNumber: updated.seatNumber, ticketNumber: seat.ticketNumber, maskedName: maskPersonName(seat.name), checkedInAt: updated.checkedInAt!.toISOString() };
  });
}
