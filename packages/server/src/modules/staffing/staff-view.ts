import { eq, inArray } from 'drizzle-orm';
import type { StaffMemberView } from '@jiping/contracts';
import type { Db } from '../../platform/db/client.ts';
import { persons, staffMembers, users } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type StaffRow = typeof staffMembers.$inferSelect;

/** A member of staff, locked when the caller is about to change them. */
export async function loadStaffMember(db: Db, id: string, { forUpdate = false } = {}): Promise<StaffRow> {
  const query = db.select().from(staffMembers).where(eq(staffMembers.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('staff');
  return row;
}

/** Staff rows with the person (masked) and account linked to each, in one query per kind of link. */
export async function toStaffViews(db: Db, rows: readonly StaffRow[]): Promise<StaffMemberView[]> {
  const personIds = [...new Set(rows.flatMap((r) => (r.personId ? [r.personId] : [])))];
  const userIds = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
  const people = personIds.length ? await db.select({ id: persons.id, name: persons.name, idNumberMasked: persons.idNumberMasked }).from(persons).where(inArray(persons.id, personIds)) : [];
  const accounts = userIds.length ? await db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(inArray(users.id, userIds)) : [];
  const personById = new Map(people.map((p) => [p.id, p]));
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  return rows.map((row) => ({
    id: row.id,
    institutionId: row.institutionId,
    kind: row.kind,
    name: row.name,
    certificateNo: row.certificateNo,
    occupationCode: row.occupationCode,
    levels: row.levels,
    active: row.active,
    person: (row.personId && personById.get(row.personId)) || null,
    account: (row.userId && accountById.get(row.userId)) || null,
    version: row.version,
  }));
}

export async function toStaffView(db: Db, row: StaffRow): Promise<StaffMemberView> {
  const [view] = await toStaffViews(db, [row]);
  return view!;
}

/** Examiners before supervisors, each by name as a Chinese reader orders them (pinyin). */
export function staffOrder(a: { kind: string; name: string }, b: { kind: string; name: string }): number {
  return a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'zh-CN');
}

/** The institution's staff: active first, then in `staffOrder`. */
export async function institutionStaff(db: Db, institutionId: string): Promise<StaffRow[]> {
  const rows = (await db.select().from(staffMembers).where(eq(staffMembers.institutionId, institutionId))).sort(staffOrder);
  return [...rows.filter((r) => r.active), ...rows.filter((r) => !r.active)];
}
