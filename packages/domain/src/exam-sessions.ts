import { shanghaiDate, type IsoDate } from './dates.ts';
import { requiredComponents, type ExamComponent } from './exams.ts';

/**
 * Exam sessions (考场场次), seats and admission tickets (准考证): the pure rules behind
 * scheduling, the seat draw, ticket numbers and the day itself (docs/domain.md "Exam sessions").
 */

/** A session may be started from this many minutes before its start time (check-in opens then), until it ends. Platform rule (constant). */
export const SESSION_START_LEAD_MINUTES = 60;

export interface SessionSchedule {
  component: ExamComponent;
  startsAt: Date;
  endsAt: Date;
  room: string;
  capacity: number;
}

export interface SchedulePlanFacts {
  level: number;
  examStart: IsoDate;
  examEnd: IsoDate;
  /** The rooms the plan names, which it took from its filed site. */
  rooms: readonly string[];
}

/** The rooms of the plan's site in the filing in force, with their filed capacity. */
export type FiledRoom = { name: string; capacity: number };

export interface ScheduleProblem {
  field: string;
  messageKey: string;
  params?: Record<string, string>;
}

/**
 * Everything wrong with a session's schedule, all at once: a component the level does not
 * examine, an end not after the start, times outside the plan's exam dates (Shanghai days), a
 * room that is not both one of the plan's and one of the filed site's, more seats than the room
 * was filed with, or a start already past.
 */
export function scheduleProblems(session: SessionSchedule, plan: SchedulePlanFacts, filedRooms: readonly FiledRoom[], now: Date): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const components = requiredComponents(plan.level);
  if (!components.includes(session.component)) problems.push({ field: 'component', messageKey: 'examSession.componentNotExamined', params: { component: session.component } });
  if (session.endsAt.getTime() <= session.startsAt.getTime()) problems.push({ field: 'endsAt', messageKey: 'examSession.endBeforeStart' });
  const outside = (instant: Date) => shanghaiDate(instant) < plan.examStart || shanghaiDate(instant) > plan.examEnd;
  const dates = { examStart: plan.examStart, examEnd: plan.examEnd };
  if (outside(session.startsAt)) problems.push({ field: 'startsAt', messageKey: 'examSession.outsideExamDates', params: dates });
  if (outside(session.endsAt)) problems.push({ field: 'endsAt', messageKey: 'examSession.outsideExamDates', params: dates });
  if (session.startsAt.getTime() <= now.getTime()) problems.push({ field: 'startsAt', messageKey: 'examSession.startPassed' });
  const filed = filedRooms.find((room) => room.name === session.room);
  if (!filed || !plan.rooms.includes(session.room)) {
    problems.push({ field: 'room', messageKey: 'examSession.unknownRoom', params: { rooms: plan.rooms.filter((r) => filedRooms.some((f) => f.name === r)).join('、') } });
  } else if (session.capacity > filed.capacity) {
    problems.push({ field: 'capacity', messageKey: 'examSession.overCapacity', params: { room: filed.name, capacity: String(filed.capacity) } });
  }
  return problems;
}

/**
 * Seats in session order: the drawn order fills the first session (by start time, then id) from
 * seat 1 up to its capacity, then the next. `shortage` is how many candidates found no seat;
 * a draw with a shortage is refused, never half-applied.
 */
export function distributeSeats<T>(
  drawn: readonly T[],
  sessions: ReadonlyArray<{ id: string; capacity: number }>,
): { seats: Array<{ sessionId: string; candidate: T; seatNumber: number }>; shortage: number } {
  const seats: Array<{ sessionId: string; candidate: T; seatNumber: number }> = [];
  let next = 0;
  for (const session of sessions) {
    for (let seat = 1; seat <= session.capacity && next < drawn.length; seat += 1) seats.push({ sessionId: session.id, candidate: drawn[next++]!, seatNumber: seat });
  }
  return { seats, shortage: drawn.length - next };
}

/**
 * Fisher–Yates over `items`, driven by `randomBelow(n)` (a uniform integer in [0, n)). With a
 * deterministic source, the same items in the same order always give the same permutation: the
 * server's source is HMAC-SHA256 over the recorded seed (seat-draw.ts), so the draw can be redone.
 */
export function fisherYates<T>(items: readonly T[], randomBelow: (n: number) => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = randomBelow(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * 准考证号: `ZK` + the exam year + the institution's 4-digit code (the certificate-number segment
 * the bureau gave its filing) + a 5-digit serial from the counter of that code and year, e.g.
 * ZK2026150100001. Platform rule: the format is the platform's own.
 */
export const TICKET_NUMBER_PATTERN = /^ZK\d{4}\d{4}\d{5}$/;
export const TICKET_SERIAL_MAX = 99_999;

export function formatTicketNumber(year: string, institutionCode: string, serial: number): string {
  if (!/^\d{4}$/.test(year) || !/^\d{4}$/.test(institutionCode) || !Number.isInteger(serial) || serial < 1 || serial > TICKET_SERIAL_MAX) {
    throw new RangeError(`ticket number out of range: ${year}/${institutionCode}/${serial}`);
  }
  return `ZK${year}${institutionCode}${String(serial).padStart(5, '0')}`;
}

/** The counter a ticket serial comes from: one per institution code and exam year, so institutions sharing code 0000 never share a number. */
export function ticketCounterScope(institutionCode: string, year: string): string {
  return `ticket:${institutionCode}:${year}`;
}

/** When a session may be started: from the lead time before its start until its end. */
export function startWindowProblem(now: Date, startsAt: Date, endsAt: Date): 'tooEarly' | 'tooLate' | null {
  if (now.getTime() < startsAt.getTime() - SESSION_START_LEAD_MINUTES * 60_000) return 'tooEarly';
  if (now.getTime() >= endsAt.getTime()) return 'tooLate';
  return null;
}

/**
 * Whether a session still lacks the supervisor's record (考场记录): signing the session's scores
 * off must refuse while it does. The record is written by the session's internal supervisor or
 * the institution's administrator; blank text is no record.
 */
export function sessionRecordMissing(session: { record: string | null }): boolean {
  return !session.record || session.record.trim().length === 0;
}
