import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  requiredStaff,
  sessionStaffingPolicy,
  shanghaiDate,
  staffingRulesFor,
  staffingVerdict,
  dutiesFor,
  type Actor,
  type DeclaredConflict,
  type InstitutionCategory,
  type IsoDate,
  type SessionStaffingFacts,
  type StaffingCandidate,
  type StaffingProblem,
  type StaffingRules,
  type StaffingSession,
  type StaffingStaff,
  type StaffRequirement,
  type TieRelation,
} from '@jiping/domain';
import type { SessionStaffingView, StaffingProblemView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { conflictDeclarations, evaluationPlans, examSeats, examSessions, institutions, personRelations, persons, registrations, sessionStaff, staffMembers } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { getParameter } from '../parameters/index.ts';
import { contentInForce, filedStaff, staffKey } from './filed-staff.ts';
import type { StaffRow } from './staff-view.ts';

export type PlanRow = typeof evaluationPlans.$inferSelect;
export type SessionRow = typeof examSessions.$inferSelect;
export type AssignmentRow = typeof sessionStaff.$inferSelect;

/** One session with everything its verdict was made from. */
export interface SessionStaffing {
  row: SessionRow;
  facts: StaffingSession;
  assignments: AssignmentRow[];
  candidates: StaffingCandidate[];
  rules: StaffingRules;
  requirement: StaffRequirement;
  problems: StaffingProblem[];
}

/** A plan's sessions and the institution's staff, as the staffing rules read them. */
export interface PlanStaffing {
  plan: PlanRow;
  category: InstitutionCategory;
  staffRows: StaffRow[];
  staff: StaffingStaff[];
  conflicts: DeclaredConflict[];
  sessions: SessionStaffing[];
}

/** Relations the automatic conflict rules read: employment (colleagues) and enrolment (teachers). */
const TIE_KINDS = ['employee', 'enrolled_student'];

export async function loadPlan(ctx: ServiceContext, id: string, { forUpdate = false } = {}): Promise<PlanRow> {
  const query = ctx.db.select().from(evaluationPlans).where(eq(evaluationPlans.id, id));
  const [plan] = forUpdate ? await query.for('update') : await query;
  if (!plan) throw notFound('plan');
  return plan;
}

/** The session, locked when the caller is about to change its staffing (assignments of one session queue on it). */
export async function loadSession(ctx: ServiceContext, id: string, { forUpdate = false } = {}): Promise<SessionRow> {
  const query = ctx.db.select().from(examSessions).where(eq(examSessions.id, id));
  const [session] = forUpdate ? await query.for('update') : await query;
  if (!session) throw notFound('session');
  return session;
}

export function sessionFacts(plan: PlanRow, session: SessionRow): SessionStaffingFacts {
  return { institutionId: session.institutionId, districtCode: session.districtCode, occupationCode: plan.occupationCode, status: session.status };
}

/**
 * Reads a plan's sessions (all, or the ones named) with their staff, seated candidates, the
 * relations and declared ties of both, and the staffing rules in force on each session's day,
 * and judges each session: a handful of set-based queries however many sessions and people.
 */
export async function loadPlanStaffing(ctx: ServiceContext, plan: PlanRow, sessionIds?: readonly string[]): Promise<PlanStaffing> {
  const [institution] = await ctx.db.select({ category: institutions.category }).from(institutions).where(eq(institutions.id, plan.institutionId));
  const sessionRows = await ctx.db
    .select()
    .from(examSessions)
    .where(and(eq(examSessions.planId, plan.id), sessionIds ? inArray(examSessions.id, [...sessionIds]) : undefined))
    .orderBy(asc(examSessions.startsAt), asc(examSessions.room));
  const ids = sessionRows.map((s) => s.id);
  const assignments = ids.length ? await ctx.db.select().from(sessionStaff).where(inArray(sessionStaff.sessionId, ids)).orderBy(asc(sessionStaff.createdAt)) : [];
  const seats = ids.length
    ? await ctx.db
        .select({ sessionId: examSeats.sessionId, personId: persons.id, name: persons.name })
        .from(examSeats)
        .innerJoin(registrations, eq(registrations.id, examSeats.registrationId))
        .innerJoin(persons, eq(persons.id, registrations.personId))
        .where(inArray(examSeats.sessionId, ids))
    : [];
  const staffRows = await ctx.db.select().from(staffMembers).where(eq(staffMembers.institutionId, plan.institutionId)).orderBy(asc(staffMembers.kind), asc(staffMembers.name));
  const filed = filedStaff(await contentInForce(ctx.db, plan.institutionId));
  const staffPersons = staffRows.flatMap((s) => (s.personId ? [s.personId] : []));
  const personIds = [...new Set([...staffPersons, ...seats.map((s) => s.personId)])];
  const relations = personIds.length
    ? await ctx.db
        .select({
          personId: personRelations.personId,
          kind: personRelations.kind,
          institutionId: personRelations.institutionId,
          validFrom: personRelations.validFrom,
          validUntil: personRelations.validUntil,
        })
        .from(personRelations)
        .where(and(inArray(personRelations.personId, personIds), inArray(personRelations.kind, TIE_KINDS)))
    : [];
  const schools = staffPersons.length
    ? await ctx.db
        .select({ personId: staffMembers.personId, institutionId: staffMembers.institutionId })
        .from(staffMembers)
        .innerJoin(institutions, eq(institutions.id, staffMembers.institutionId))
        .where(and(inArray(staffMembers.personId, staffPersons), eq(staffMembers.active, true), eq(institutions.category, 'school')))
    : [];
  const conflictRows = staffRows.length
    ? await ctx.db
        .select({ staffId: conflictDeclarations.staffId, personId: conflictDeclarations.personId, kind: conflictDeclarations.kind })
        .from(conflictDeclarations)
        .where(
          inArray(
            conflictDeclarations.staffId,
            staffRows.map((s) => s.id),
          ),
        )
    : [];

  const relationsOf = (personId: string | null): TieRelation[] => (personId ? relations.filter((r) => r.personId === personId) : []);
  const staff: StaffingStaff[] = staffRows.map((row) => {
    const named = filed.get(staffKey(row.kind, row.certificateNo, row.name));
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      personId: row.personId,
      named: Boolean(named),
      qualifications: named?.qualifications ?? [],
      relations: relationsOf(row.personId),
      schoolIds: schools.filter((s) => s.personId === row.personId).map((s) => s.institutionId),
    };
  });

  const rulesOn = new Map<IsoDate, StaffingRules>();
  const sessions: SessionStaffing[] = [];
  for (const row of sessionRows) {
    const examDate = shanghaiDate(row.startsAt);
    if (!rulesOn.has(examDate)) rulesOn.set(examDate, staffingRulesFor(await getParameter(ctx, 'staffing.rules', examDate), plan.occupationCode, plan.level));
    const rules = rulesOn.get(examDate)!;
    const facts: StaffingSession = { component: row.component, examDate, institutionId: row.institutionId, occupationCode: plan.occupationCode, level: plan.level };
    const candidates = seats.filter((s) => s.sessionId === row.id).map((s) => ({ personId: s.personId, name: s.name, relations: relationsOf(s.personId) }));
    const own = assignments.filter((a) => a.sessionId === row.id);
    const problems = staffingVerdict(
      facts,
      candidates,
      own.map((a) => ({ id: a.id, duty: a.duty, staffId: a.staffId, name: a.name })),
      staff,
      conflictRows,
      rules,
      institution!.category,
    );
    sessions.push({ row, facts, assignments: own, candidates, rules, requirement: requiredStaff(row.component, candidates.length, rules), problems });
  }
  return { plan, category: institution!.category, staffRows, staff, conflicts: conflictRows, sessions };
}

export function problemView(problem: StaffingProblem): StaffingProblemView {
  return { rule: problem.rule, message: problem.message, staffId: problem.staff?.id ?? null, staffName: problem.staff?.name ?? null };
}

/** One session's staffing as the page shows it, with the actions this user may take on it. */
export function sessionView(actor: Actor, plan: PlanRow, session: SessionStaffing): SessionStaffingView {
  const facts = sessionFacts(plan, session.row);
  return {
    id: session.row.id,
    planId: plan.id,
    component: session.row.component,
    status: session.row.status,
    startsAt: session.row.startsAt.toISOString(),
    endsAt: session.row.endsAt.toISOString(),
    siteName: session.row.siteName,
    room: session.row.room,
    candidates: session.candidates.length,
    requirement: session.requirement,
    duties: dutiesFor(session.row.component),
    assignments: session.assignments.map((a) => ({ id: a.id, duty: a.duty, staffId: a.staffId, userId: a.userId, name: a.name })),
    problems: session.problems.map(problemView),
    allowedActions: (['assign', 'dispatch'] as const).filter((action) => sessionStaffingPolicy(actor, action, facts).allowed),
  };
}
