import { and, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { examSessionPolicy, type Actor, type ExamSessionFacts, type ExamSessionOperation } from '@jiping/domain';
import type { ExamSessionView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { evaluationPlans, examSeats, examSessions, sessionStaff, staffMembers } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type SessionRow = typeof examSessions.$inferSelect;
export type PlanRow = typeof evaluationPlans.$inferSelect;
export type StaffRow = typeof sessionStaff.$inferSelect;

/**
 * The account serving in an assignment: the district's account for the external supervisor, else
 * the account linked to the member of staff — read through, so an account linked after the
 * assignment serves at once.
 */
export const servingUserId = sql<string | null>`coalesce(${sessionStaff.userId}, ${staffMembers.userId})`;

/** Assignments with their serving account in `userId`. */
export function selectStaff(db: Db, where: SQL | undefined) {
  return db
    .select({ ...getTableColumns(sessionStaff), userId: servingUserId })
    .from(sessionStaff)
    .leftJoin(staffMembers, eq(staffMembers.id, sessionStaff.staffId))
    .where(where);
}

/** The operations a session's page offers as buttons, each shown only where the policy allows it. */
const SESSION_ACTIONS: readonly ExamSessionOperation[] = ['edit', 'cancel', 'start', 'end', 'checkIn', 'recordIncident', 'writeRecord'];

/** A session with its plan and staff, the facts its policy needs; locked for update inside a transaction when asked. */
export async function loadSession(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(examSessions).where(eq(examSessions.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('examSession');
  const [plan] = await db.select().from(evaluationPlans).where(eq(evaluationPlans.id, row.planId));
  const staff = await selectStaff(db, eq(sessionStaff.sessionId, id));
  return { row, plan: plan!, staff, facts: sessionFacts(row, plan!, staff) };
}

export function sessionFacts(row: SessionRow, plan: Pick<PlanRow, 'occupationCode'>, staff: ReadonlyArray<Pick<StaffRow, 'userId' | 'duty'>>): ExamSessionFacts {
  return { institutionId: row.institutionId, districtCode: row.districtCode, occupationCode: plan.occupationCode, status: row.status, staff: staff.map((s) => ({ userId: s.userId, duty: s.duty })) };
}

/** Staff with an account of many sessions at once, for lists. */
export async function staffOf(db: Db, sessionIds: readonly string[]) {
  const byId = new Map<string, StaffRow[]>(sessionIds.map((id) => [id, []]));
  if (!sessionIds.length) return byId;
  const rows = await selectStaff(db, and(inArray(sessionStaff.sessionId, [...sessionIds]), sql`${servingUserId} is not null`));
  for (const row of rows) byId.get(row.sessionId)?.push(row);
  return byId;
}

export interface SeatCounts {
  seated: number;
  checkedIn: number;
  absent: number;
}

/** Seated, checked-in and absent candidates per session, in one query. */
export async function seatCounts(db: Db, sessionIds: readonly string[]): Promise<Map<string, SeatCounts>> {
  const counts = new Map<string, SeatCounts>();
  if (!sessionIds.length) return counts;
  const rows = await db
    .select({
      sessionId: examSeats.sessionId,
      seated: sql<number>`count(*)::int`,
      checkedIn: sql<number>`count(${examSeats.checkedInAt})::int`,
      absent: sql<number>`count(*) filter (where ${examSeats.absent})::int`,
    })
    .from(examSeats)
    .where(inArray(examSeats.sessionId, [...sessionIds]))
    .groupBy(examSeats.sessionId);
  for (const row of rows) counts.set(row.sessionId, { seated: Number(row.seated), checkedIn: Number(row.checkedIn), absent: Number(row.absent) });
  return counts;
}

export function toSessionView(actor: Actor, row: SessionRow, facts: ExamSessionFacts, counts: SeatCounts | undefined): ExamSessionView {
  return {
    id: row.id,
    planId: row.planId,
    institutionId: row.institutionId,
    component: row.component,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    siteName: row.siteName,
    siteAddress: row.siteAddress,
    room: row.room,
    capacity: row.capacity,
    status: row.status,
    seatSeed: row.seatSeed,
    seatsAssignedAt: row.seatsAssignedAt?.toISOString() ?? null,
    seated: counts?.seated ?? 0,
    checkedIn: counts?.checkedIn ?? 0,
    absent: counts?.absent ?? 0,
    record: row.record,
    recordAt: row.recordAt?.toISOString() ?? null,
    version: row.version,
    allowedActions: SESSION_ACTIONS.filter((operation) => examSessionPolicy(actor, operation, facts).allowed),
  };
}

/** One session's view as it stands in the database (after a change, inside its transaction). */
export async function sessionView(db: Db, actor: Actor, id: string): Promise<ExamSessionView> {
  const { row, facts } = await loadSession(db, id);
  return toSessionView(actor, row, facts, (await seatCounts(db, [id])).get(id));
}
