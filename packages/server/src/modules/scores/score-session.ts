import { and, eq, inArray, or } from 'drizzle-orm';
import { SCORE_COMBINATIONS, shanghaiDate, type Actor, type ScoreCombination, type ScoreSessionFacts, type SessionDuty } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { evaluationPlans, examSessions, institutions, occupations, sessionStaff, staffMembers } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { getParameter } from '../parameters/index.ts';

export type ExamSessionRow = typeof examSessions.$inferSelect;

/** A session with what the score pages name it by, and what the acting user does in it. */
export interface ScoreSession {
  session: ExamSessionRow;
  occupationCode: string;
  occupationName: string;
  workType: string;
  level: number;
  institutionName: string;
  /** The acting user's duties in the session, each with the member of staff they hold it as. */
  mine: Array<{ duty: SessionDuty; staffId: string | null }>;
}

/** The columns every score query names a session by. */
export const sessionColumns = {
  session: examSessions,
  occupationCode: evaluationPlans.occupationCode,
  occupationName: occupations.nameZh,
  workType: evaluationPlans.workType,
  level: evaluationPlans.level,
  institutionName: institutions.name,
};

export function sessionSelect(db: Db) {
  return db
    .select(sessionColumns)
    .from(examSessions)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, examSessions.planId))
    .innerJoin(institutions, eq(institutions.id, examSessions.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode));
}

/**
 * The duties the actor holds in these sessions: a session_staff row naming their account, or
 * naming a member of staff whose account they are.
 */
export async function dutiesOf(db: Db, actor: Actor, sessionIds: readonly string[]): Promise<Map<string, ScoreSession['mine']>> {
  const duties = new Map<string, ScoreSession['mine']>();
  if (actor.kind !== 'user' || !sessionIds.length) return duties;
  const rows = await db
    .select({ sessionId: sessionStaff.sessionId, duty: sessionStaff.duty, staffId: sessionStaff.staffId })
    .from(sessionStaff)
    .leftJoin(staffMembers, eq(staffMembers.id, sessionStaff.staffId))
    .where(and(inArray(sessionStaff.sessionId, [...sessionIds]), or(eq(sessionStaff.userId, actor.userId), eq(staffMembers.userId, actor.userId))));
  for (const row of rows) duties.set(row.sessionId, [...(duties.get(row.sessionId) ?? []), { duty: row.duty, staffId: row.staffId }]);
  return duties;
}

/** Loads a session (locked when it is about to change) with the actor's duties in it. */
export async function loadScoreSession(db: Db, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<ScoreSession> {
  const query = sessionSelect(db).where(eq(examSessions.id, id));
  // Locking the session row serialises every score change of the session against its sign-off.
  const [row] = options.forUpdate ? await query.for('update', { of: examSessions }) : await query;
  if (!row) throw notFound('examSession');
  return { ...row, mine: (await dutiesOf(db, actor, [id])).get(id) ?? [] };
}

export function scoreFacts(loaded: Pick<ScoreSession, 'session' | 'mine'>): ScoreSessionFacts {
  const { session } = loaded;
  return { institutionId: session.institutionId, districtCode: session.districtCode, component: session.component, status: session.status, duties: loaded.mine.map((m) => m.duty) };
}

export interface ScoreRules {
  passMark: number;
  combination: ScoreCombination;
  spreadWarning: number;
}

/** The rules in force on the session's exam day, the occupation's own combination rule first. */
export async function rulesFor(ctx: ServiceContext, session: Pick<ExamSessionRow, 'startsAt'>, occupationCode: string): Promise<ScoreRules> {
  const on = shanghaiDate(session.startsAt);
  const combination = await getParameter(ctx, 'exam.scoreCombination', on, { occupationCode });
  return {
    passMark: await getParameter(ctx, 'exam.passMark', on),
    // A value stored before a rule was withdrawn from the list falls back to the default rather than failing.
    combination: SCORE_COMBINATIONS.includes(combination) ? combination : 'mean',
    spreadWarning: await getParameter(ctx, 'exam.scoreSpreadWarning', on),
  };
}
