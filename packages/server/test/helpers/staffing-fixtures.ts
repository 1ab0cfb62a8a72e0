import { sql } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/client.ts';
import { rows } from '../../src/platform/db/client.ts';

export interface SessionInput {
  component: 'theory' | 'skill' | 'review';
  room: string;
  /** ISO instants; the demo plan's exam day is 2026-04-01 (09:00 Shanghai is 01:00Z). */
  startsAt?: string;
  endsAt?: string;
}

/** A session of a plan, inserted as the session module would create it: the plan's institution, district and site. */
export async function insertSession(database: Database, planId: string, input: SessionInput): Promise<string> {
  const startsAt = input.startsAt ?? '2026-04-01T01:00:00.000Z';
  const endsAt = input.endsAt ?? '2026-04-01T03:00:00.000Z';
  const [row] = await rows<{ id: string }>(
    database.db,
    sql`insert into exam_sessions (plan_id, institution_id, district_code, component, starts_at, ends_at, site_name, site_address, room, capacity)
        select id, institution_id, district_code, ${input.component}, ${startsAt}, ${endsAt}, site_name, '上海市', ${input.room}, 40 from evaluation_plans where id = ${planId}
        returning id`,
  );
  return row!.id;
}

/** Seats an admitted application in a session. */
export async function seat(database: Database, sessionId: string, registrationId: string, seatNumber: number): Promise<void> {
  await database.db.execute(sql`insert into exam_seats (session_id, registration_id, seat_number) values (${sessionId}, ${registrationId}, ${seatNumber})`);
}

export async function userIdOf(database: Database, username: string): Promise<string> {
  const [row] = await rows<{ id: string }>(database.db, sql`select id from users where username = ${username}`);
  return row!.id;
}
