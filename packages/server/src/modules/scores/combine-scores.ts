import { and, eq, inArray, sql } from 'drizzle-orm';
import { combineScores, componentPassed, scoreSpread, spreadExceeds } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { examinerScores, examSeats } from '../../platform/db/schema.ts';
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
  await tx.db.execute(sql`
    insert into component_scores (session_id, registration_id, component, score_centi, passed, combination, spread_centi, spread_warning, created_at, updated_at)
    select ${sessionId}::uuid, r."registrationId", ${loaded.session.component}::exam_component, r."scoreCenti", r.passed, case when r."scoreCenti" is null then null else ${rules.combination} end,
      r."spreadCenti", r."spreadWarning", ${now}::timestamptz, ${now}::timestamptz
    from json_to_recordset(${JSON.stringify(combined)}::json) as r("registrationId" uuid, "scoreCenti" int, passed boolean, "spreadCenti" int, "spreadWarning" boolean)
    on conflict (session_id, registration_id) do update set score_centi = excluded.score_centi, passed = excluded.passed, combination = excluded.combination,
      spread_centi = excluded.spread_centi, spread_warning = excluded.spread_warning, version = component_scores.version + 1, updated_at = excluded.updated_at
    where component_scores.locked_at is null
      and (component_scores.score_centi, component_scores.passed, component_scores.combination, component_scores.spread_centi, component_scores.spread_warning)
        is distinct from (excluded.score_centi, excluded.passed, excluded.combination, excluded.spread_centi, excluded.spread_warning)`);
  return combined;
}
