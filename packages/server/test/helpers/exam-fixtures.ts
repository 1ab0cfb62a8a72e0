import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ExamComponent, ExamSessionStatus, SessionDuty } from '@jiping/domain';
import { evaluationPlans, examSeats, examSessions, examTickets, persons, registrations, sessionStaff, staffMembers, userGrants, users } from '../../src/platform/db/schema.ts';
import { hashPassword } from '../../src/platform/auth/password.ts';
import type { Db } from '../../src/platform/db/client.ts';
import { DEMO_PASSWORD, type TestServer } from './server.ts';
import { institutionIdOf } from './filing-fixtures.ts';
import { importFinished, openPlan } from './plan-fixtures.ts';
import { dispatchedWorker, writeRegistrationWorkbook } from './registration-workbook.ts';

/**
 * Exam operations as the sessions module would leave them, written straight into the tables, so
 * that scoring, results and publicity can be tested before (and apart from) the pages that
 * schedule sessions, seat candidates and staff them: an acknowledged 车工 plan of the Pudong
 * enterprise with admitted candidates (李强 through his own account, the others by group
 * import), admission tickets, a theory and a skill session with everyone seated, the filed
 * examiners 孙国华, 周建平 and 吴秀兰 serving in them, the supervisor 郑质量 with his record
 * written, and a second administrator of the enterprise.
 */

/**
 * Who serves: the enterprise's filed examiners and supervisor with their demo accounts (made
 * for any institution whose staff has none), and a second administrator the fixture adds; all
 * sign in with the demo password.
 */
export const EXAM_ACCOUNTS = {
  examiners: [
    { username: 'enterprise-examiner', name: '孙国华', certificateNo: 'KPY-2023-1501' },
    { username: 'enterprise-examiner-2', name: '周建平', certificateNo: 'KPY-2023-1502' },
    { username: 'enterprise-examiner-3', name: '吴秀兰', certificateNo: 'KPY-2023-1503' },
  ],
  supervisor: { username: 'enterprise-supervisor', name: '郑质量', certificateNo: 'ND-1501' },
  /** A second administrator of the enterprise: corrections take two people. */
  secondAdmin: { username: 'enterprise-admin-2', name: '浦江精密 评价复核员' },
} as const;

export interface ExamWorldOptions {
  /** The plan's exam day (and the sessions'); the plan must still take applications when this runs. */
  examDate?: string;
  /** Candidates besides 李强, registered by group import. */
  extraCandidates?: number;
  /** The first generated candidate's number (distinct runs on one database use distinct numbers). */
  firstCandidate?: number;
  /** Whether 李强 applies (as candidate-2); a resit plan adds him itself. */
  withLiQiang?: boolean;
  /** Applies 李强 with this attempt. */
  liQiangAttempt?: 'regular' | 'resit';
  components?: ExamComponent[];
  /** Status the sessions are left in (scoring needs one that has started). */
  status?: ExamSessionStatus;
  /** The supervisor's record; null leaves it missing. */
  record?: string | null;
  /** Which examiners serve in the skill session (default all three). */
  examiners?: ReadonlyArray<(typeof EXAM_ACCOUNTS.examiners)[number]['username']>;
}

export interface ExamCandidate {
  registrationId: string;
  personId: string;
  name: string;
  ticket: string;
  seat: number;
}

export interface ExamWorld {
  planId: string;
  institutionId: string;
  candidates: ExamCandidate[];
  sessions: Partial<Record<ExamComponent, string>>;
  staff: Record<string, string>;
}

/** Accounts and staff rows are made once per database; later worlds reuse them. */
async function ensureAccount(db: Db, username: string, displayName: string, grant: { role: 'examiner' | 'institution_admin'; institutionId: string }) {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (existing) return existing.id;
  const [user] = await db
    .insert(users)
    .values({ username, displayName, passwordHash: await hashPassword(DEMO_PASSWORD) })
    .returning({ id: users.id });
  await db.insert(userGrants).values({ userId: user!.id, role: grant.role, institutionId: grant.institutionId });
  return user!.id;
}

/** The member of staff the filing names, linked to an account (the demo links them; otherwise one is made). */
async function ensureStaff(db: Db, institutionId: string, member: { username: string; name: string; certificateNo: string }, kind: 'examiner' | 'supervisor') {
  const where = and(eq(staffMembers.institutionId, institutionId), eq(staffMembers.kind, kind), eq(staffMembers.name, member.name));
  let [row] = await db.select({ id: staffMembers.id, userId: staffMembers.userId }).from(staffMembers).where(where);
  if (!row) {
    await db
      .insert(staffMembers)
      .values({ institutionId, kind, name: member.name, certificateNo: member.certificateNo, occupationCode: kind === 'examiner' ? '6-18-01-01' : null, levels: kind === 'examiner' ? [5, 4, 3] : [] });
    [row] = await db.select({ id: staffMembers.id, userId: staffMembers.userId }).from(staffMembers).where(where);
  }
  if (!row!.userId) {
    const userId = await ensureAccount(db, member.username, member.name, { role: 'examiner', institutionId });
    await db.update(staffMembers).set({ userId }).where(eq(staffMembers.id, row!.id));
  }
  return row!.id;
}

/** Shanghai local time on a date, as an instant. */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

export async function examWorld(server: TestServer, options: ExamWorldOptions = {}): Promise<ExamWorld> {
  const db = server.database.db;
  const enterprise = await server.as('enterprise-admin');
  const institutionId = await institutionIdOf(enterprise);
  const examDate = options.examDate ?? '2026-04-01';
  const plan = await openPlan(enterprise, await server.as('pudong-officer'), institutionId, { examStart: examDate, examEnd: examDate });

  if (options.withLiQiang ?? true) {
    const applied = await (await server.as('candidate-2')).post(`/api/v1/plans/${plan.id}/registrations`, { attempt: options.liQiangAttempt ?? 'regular' });
    if (applied.status !== 201) throw new Error(`李强 applies: ${applied.status} ${JSON.stringify(applied.body)}`);
  }
  const extra = options.extraCandidates ?? 3;
  if (extra) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiping-exam-'));
    const file = path.join(dir, 'group.xlsx');
    const first = options.firstCandidate ?? 7000;
    await writeRegistrationWorkbook(
      file,
      (function* () {
        for (let i = 0; i < extra; i += 1) yield { ...dispatchedWorker(first + i), name: `考生${first + i}` };
      })(),
    );
    const started = await enterprise.upload(`/api/v1/plans/${plan.id}/registration-imports`, 'group.xlsx', fs.readFileSync(file), { mode: 'all_or_nothing' }, { 'idempotency-key': randomUUID() });
    fs.rmSync(dir, { recursive: true, force: true });
    if (started.status !== 202) throw new Error(`import: ${started.status} ${JSON.stringify(started.body)}`);
    const done = await importFinished(enterprise, started.body.id);
    if (done.status !== 'completed') throw new Error(`import: ${JSON.stringify(done).slice(0, 500)}`);
  }
  // The institution's review, as it stands on the exam day: everyone eligible admitted.
  await db
    .update(registrations)
    .set({ status: 'admitted', reviewReason: '', version: sql`${registrations.version} + 1` })
    .where(and(eq(registrations.planId, plan.id), eq(registrations.status, 'pending')));
  const admitted = await db
    .select({ id: registrations.id, personId: registrations.personId, name: persons.name })
    .from(registrations)
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .where(and(eq(registrations.planId, plan.id), eq(registrations.status, 'admitted')))
    .orderBy(registrations.createdAt, registrations.id);

  const staff: Record<string, string> = {};
  for (const examiner of EXAM_ACCOUNTS.examiners) staff[examiner.username] = await ensureStaff(db, institutionId, examiner, 'examiner');
  const supervisor = EXAM_ACCOUNTS.supervisor;
  staff[supervisor.username] = await ensureStaff(db, institutionId, supervisor, 'supervisor');
  const [supervisorRow] = await db.select({ userId: staffMembers.userId }).from(staffMembers).where(eq(staffMembers.id, staff[supervisor.username]!));
  const supervisorUser = supervisorRow!.userId;
  await ensureAccount(db, EXAM_ACCOUNTS.secondAdmin.username, EXAM_ACCOUNTS.secondAdmin.name, { role: 'institution_admin', institutionId });

  const ticketPrefix = `ZK${examDate.replaceAll('-', '')}${plan.id.slice(0, 4).toUpperCase()}`;
  const candidates: ExamCandidate[] = admitted.map((r, i) => ({ registrationId: r.id, personId: r.personId, name: r.name, ticket: `${ticketPrefix}${String(i + 1).padStart(5, '0')}`, seat: i + 1 }));
  for (let i = 0; i < candidates.length; i += 5000) {
    await db.insert(examTickets).values(candidates.slice(i, i + 5000).map((c) => ({ registrationId: c.registrationId, planId: plan.id, personId: c.personId, ticketNumber: c.ticket })));
  }

  const [planRow] = await db.select().from(evaluationPlans).where(eq(evaluationPlans.id, plan.id));
  const components = options.components ?? ['theory', 'skill'];
  const sessions: ExamWorld['sessions'] = {};
  const times: Record<ExamComponent, [string, string, string]> = {
    theory: ['09:00', '10:30', '理论考场 301'],
    skill: ['13:00', '16:00', '数控实操车间'],
    review: ['16:30', '18:00', '数控实操车间'],
  };
  for (const component of components) {
    const [start, end, room] = times[component];
    const record = options.record === undefined ? '考场秩序良好，未发现违纪，视频监控全程正常。' : options.record;
    const [session] = await db
      .insert(examSessions)
      .values({
        planId: plan.id,
        institutionId,
        districtCode: planRow!.districtCode,
        component,
        startsAt: at(examDate, start),
        endsAt: at(examDate, end),
        siteName: planRow!.siteName,
        siteAddress: '上海市浦东新区张江路 100 号 3 号楼',
        room,
        capacity: Math.max(candidates.length, 1),
        status: options.status ?? 'ended',
        record,
        recordBy: record ? supervisorUser : null,
        recordAt: record ? at(examDate, end) : null,
      })
      .returning({ id: examSessions.id });
    sessions[component] = session!.id;
    for (let i = 0; i < candidates.length; i += 5000) {
      await db.insert(examSeats).values(candidates.slice(i, i + 5000).map((c) => ({ sessionId: session!.id, registrationId: c.registrationId, seatNumber: c.seat })));
    }
    const duties: Array<{ username: string; duty: SessionDuty }> = [{ username: supervisor.username, duty: 'internal_supervisor' }];
    const serving = options.examiners ?? EXAM_ACCOUNTS.examiners.map((e) => e.username);
    if (component === 'theory') duties.push({ username: serving[0]!, duty: 'invigilator' });
    else for (const username of serving) duties.push({ username, duty: component === 'review' ? 'panel_member' : 'examiner' });
    await db.insert(sessionStaff).values(
      duties.map((d) => ({
        sessionId: session!.id,
        duty: d.duty,
        staffId: staff[d.username]!,
        name: [...EXAM_ACCOUNTS.examiners, supervisor].find((e) => e.username === d.username)!.name,
      })),
    );
  }
  return { planId: plan.id, institutionId, candidates, sessions, staff };
}

/** Marks candidates absent from a session, as check-in would. */
export async function markAbsent(server: TestServer, sessionId: string, registrationIds: string[]) {
  await server.database.db
    .update(examSeats)
    .set({ absent: true })
    .where(and(eq(examSeats.sessionId, sessionId), inArray(examSeats.registrationId, registrationIds)));
}

/** Moves a session on, as the sessions module would (start, end). */
export async function setSessionStatus(server: TestServer, sessionId: string, status: ExamSessionStatus) {
  await server.database.db
    .update(examSessions)
    .set({ status, version: sql`${examSessions.version} + 1` })
    .where(eq(examSessions.id, sessionId));
}
