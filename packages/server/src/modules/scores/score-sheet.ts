import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { formatScore, SCORING_DUTY, scoresComponent, scoreSessionPolicy, type Actor, type ScoreCombination } from '@jiping/domain';
import type { ScoreSheetRow } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { componentScores, examinerScores, examSeats, examTickets, persons, registrations, scoreCorrections, sessionStaff, staffMembers } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { loadScoreSession, rulesFor, scoreFacts, type ScoreSession } from './score-session.ts';
import { sessionCounts, toSessionView } from './session-view.ts';

const points = (centi: number) => Number(formatScore(centi));

/** The members of staff who score this session's component, by name. */
export async function scorersOf(db: Db, loaded: Pick<ScoreSession, 'session'>) {
  const duty = SCORING_DUTY[loaded.session.component];
  if (!duty) return [];
  return db
    .select({ staffId: staffMembers.id, name: staffMembers.name, certificateNo: staffMembers.certificateNo, duty: sessionStaff.duty })
    .from(sessionStaff)
    .innerJoin(staffMembers, eq(staffMembers.id, sessionStaff.staffId))
    .where(and(eq(sessionStaff.sessionId, loaded.session.id), eq(sessionStaff.duty, duty)))
    .orderBy(asc(staffMembers.certificateNo), asc(staffMembers.id));
}

/**
 * The seated candidates of a session with their scores, by seat. A scorer sees their own score
 * and, once every scorer has scored a candidate, the others' and the result: scoring stays
 * independent until then. The institution and the supervisors see every score.
 */
export async function scoreSheetRows(db: Db, actor: Actor, loaded: ScoreSession, registrationIds?: readonly string[]): Promise<ScoreSheetRow[]> {
  const sessionId = loaded.session.id;
  const only = (column: Parameters<typeof inArray>[0]): SQL | undefined => (registrationIds ? inArray(column, [...registrationIds]) : undefined);
  const seats = await db
    .select({ seat: examSeats, ticketNumber: examTickets.ticketNumber, name: persons.name, score: componentScores })
    .from(examSeats)
    .innerJoin(registrations, eq(registrations.id, examSeats.registrationId))
    .innerJoin(persons, eq(persons.id, registrations.personId))
    .leftJoin(examTickets, eq(examTickets.registrationId, examSeats.registrationId))
    .leftJoin(componentScores, and(eq(componentScores.sessionId, examSeats.sessionId), eq(componentScores.registrationId, examSeats.registrationId)))
    .where(and(eq(examSeats.sessionId, sessionId), only(examSeats.registrationId)))
    .orderBy(asc(examSeats.seatNumber));
  const given = await db
    .select()
    .from(examinerScores)
    .where(and(eq(examinerScores.sessionId, sessionId), only(examinerScores.registrationId)));
  const corrections = await db
    .select({ id: scoreCorrections.id, registrationId: scoreCorrections.registrationId })
    .from(scoreCorrections)
    .where(and(eq(scoreCorrections.sessionId, sessionId), eq(scoreCorrections.status, 'pending'), only(scoreCorrections.registrationId)));
  const scorers = await scorersOf(db, loaded);
  const current = new Set(scorers.map((s) => s.staffId));
  const myStaff = new Set(loaded.mine.flatMap((m) => (m.staffId ? [m.staffId] : [])));
  const scorer = scoresComponent(scoreFacts(loaded));
  return seats.map(({ seat, ticketNumber, name, score }) => {
    const own = given.filter((g) => g.registrationId === seat.registrationId && current.has(g.staffId));
    const mine = own.find((g) => myStaff.has(g.staffId));
    const result =
      score && score.scoreCenti !== null
        ? {
            score: points(score.scoreCenti),
            passed: score.passed ?? false,
            combination: (score.combination as ScoreCombination | null) ?? null,
            spread: score.spreadCenti === null ? null : points(score.spreadCenti),
            spreadWarning: score.spreadWarning,
            locked: score.lockedAt !== null,
            version: score.version,
          }
        : null;
    return {
      registrationId: seat.registrationId,
      seatNumber: seat.seatNumber,
      ticketNumber: ticketNumber ?? '',
      name,
      absent: seat.absent || (score?.absent ?? false),
      myScore: mine ? { score: points(mine.scoreCenti), version: mine.version } : null,
      scoredBy: own.length,
      examinerScores: !scorer || result ? own.map((g) => ({ staffId: g.staffId, score: points(g.scoreCenti) })) : [],
      result,
      pendingCorrectionId: corrections.find((c) => c.registrationId === seat.registrationId)?.id ?? null,
    };
  });
}

/** 评分 / 成绩管理 of one session: the session, the rules of its exam day, its scorers and every seated candidate. */
export async function getScoreSheet({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const loaded = await loadScoreSession(ctx.db, ctx.actor, id);
  assertAllowed(scoreSessionPolicy(ctx.actor, 'read', scoreFacts(loaded)));
  const counts = await sessionCounts(ctx.db, [id]);
  const mine = new Set(loaded.mine.flatMap((m) => (m.staffId ? [m.staffId] : [])));
  return {
    session: toSessionView(ctx.actor, loaded, counts.get(id)),
    rules: await rulesFor(ctx, loaded.session, loaded.occupationCode),
    scorers: (await scorersOf(ctx.db, loaded)).map((s) => ({ staffId: s.staffId, name: s.name, duty: s.duty, mine: mine.has(s.staffId) })),
    rows: await scoreSheetRows(ctx.db, ctx.actor, loaded),
  };
}
