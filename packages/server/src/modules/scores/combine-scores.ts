import { and, eq, inArray, sql } from 'drizzle-orm';
import { combineScores, componentPassed, scoreSpread, spreadExceeds } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { componentScores, examinerScores, examSeats } from '../../platform/db/schema.ts';
import { bulkInsert, excluded } from '../../platform/db/bulk-insert.ts';
import { scorersOf } from './score-sheet.ts';
import type { ScoreRules, ScoreSession } from './score-session.ts';

export interface CombinedScore {
  registrationId: string;
  /** Null until every scorer of the session has scored the candidate. */
  scoreCenti: number | null;
  passed: boolean | null;
  spreadCenti: number | null;
  spreadWarning: boolean;
}

/**
 * Recomputes the component score of these candidates (all seated ones when `registrationIds` is
 * null) from their scorers' scores, by the occupation's rule, once every scorer has scored; the
 * spread between the highest and lowest is kept, with the warning when it is over the parameter.
 * One statement writes them all; a locked score is never touched, and an unchanged one keeps its
 * version.
 */
export async function recombine(tx: ServiceContext, loaded: ScoreSession, rules: ScoreRules, registrationIds: readonly string[] | null): Promise<CombinedScore[]> {
  const sessionId = loaded.session.id;
  const scorers = (await scorersOf(tx.db, loaded)).map((s) => s.staffId);
  if (!scorers.length) return [];
  const only = registrationIds ? inArray(examSeats.registrationId, [...registrationIds]) : undefined;
  const seats = await tx.db
    .select({ registrationId: examSeats.registrationId, absent: examSeats.absent })
    .from(examSeats)
    .where(and(eq(examSeats.sessionId, sessionId), only));
  const present = seats.filter((s) => !s.absent).map((s) => s.registrationId);
  if (!present.length) return [];
  const given = await tx.db
    .select({ registrationId: examinerScores.registrationId, scoreCenti: examinerScores.scoreCenti })
    .from(examinerScores)
    .where(and(eq(examinerScores.sessionId, sessionId), inArray(examinerScores.staffId, scorers), inArray(examinerScores.registrationId, present)));
  const byCandidate = new Map<string, number[]>();
  for (const g of given) byCandidate.set(g.registrationId, [...(byCandidate.get(g.registrationId) ?? []), g.scoreCenti]);
  const combined: CombinedScore[] = present.map((registrationId) => {
    const scores = byCandidate.get(registrationId) ?? [];
    if (scores.length < scorers.length) return { registrationId, scoreCenti: null, passed: null, spreadCenti: null, spreadWarning: false };
    const scoreCenti = combineScores(scores, rules.combination);
    return { registrationId, scoreCenti, passed: componentPassed(scoreCenti, rules.passMark), spreadCenti: scoreSpread(scores), spreadWarning: spreadExceeds(scores, rules.spreadWarning) };
  });
  const now = tx.now();
  const written = combined.map((c) => ({
    sessionId,
    registrationId: c.registrationId,
    component: loaded.session.component,
    scoreCenti: c.scoreCenti,
    passed: c.passed,
    combination: c.scoreCenti === null ? null : rules.combination,
    spreadCenti: c.spreadCenti,
    spreadWarning: c.spreadWarning,
    createdAt: now,
    updatedAt: now,
  }));
  const changing = ['scoreCenti', 'passed', 'combination', 'spreadCenti', 'spreadWarning'] as const;
  await bulkInsert(tx.db, componentScores, written, {
    onConflict: {
      target: [componentScores.sessionId, componentScores.registrationId],
      update: [...changing, 'updatedAt'],
      set: { version: sql`${componentScores.version} + 1` },
      // A locked score is never touched; an unchanged one keeps its version.
      setWhere: sql`${componentScores.lockedAt} is null and (${sql.join(
        changing.map((key) => sql`${componentScores[key]}`),
        sql`, `,
      )}) is distinct from (${sql.join(
        changing.map((key) => excluded(componentScores[key])),
        sql`, `,
      )})`,
    },
  });
  return combined;
}
