import { and, desc, eq, inArray, lt, ne, notInArray, sql } from 'drizzle-orm';
import {
  attemptOutcome,
  chooseResitBasis,
  resitBasis,
  shanghaiDate,
  type AttemptOutcome,
  type ComponentResult,
  type EarlierAttempt,
  type IsoDate,
  type KeptComponent,
  type ResitBasis,
} from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { componentScores, evaluationPlans, examSeats, examSessions, registrations } from '../../platform/db/schema.ts';
import { getParameter } from '../parameters/index.ts';

/**
 * What each registration sat: one result per session it was seated in or scored in (a session
 * not cancelled), final once the session is signed off. An absent candidate's result is absent,
 * scored or not.
 */
export async function componentResults(db: Db, registrationIds: readonly string[]): Promise<Map<string, ComponentResult[]>> {
  const results = new Map<string, ComponentResult[]>();
  if (!registrationIds.length) return results;
  const ids = [...registrationIds];
  const session = { component: examSessions.component, startsAt: examSessions.startsAt, status: examSessions.status };
  const seats = await db
    .select({ sessionId: examSeats.sessionId, registrationId: examSeats.registrationId, absent: examSeats.absent, ...session })
    .from(examSeats)
    .innerJoin(examSessions, eq(examSessions.id, examSeats.sessionId))
    .where(and(inArray(examSeats.registrationId, ids), ne(examSessions.status, 'cancelled')));
  const scores = await db
    .select({ sessionId: componentScores.sessionId, registrationId: componentScores.registrationId, absent: componentScores.absent, scoreCenti: componentScores.scoreCenti, ...session })
    .from(componentScores)
    .innerJoin(examSessions, eq(examSessions.id, componentScores.sessionId))
    .where(and(inArray(componentScores.registrationId, ids), ne(examSessions.status, 'cancelled')));
  // A seat and a score of the same sitting are one result; either alone is one too.
  const sittings = new Map<string, { registrationId: string; component: ComponentResult['component']; startsAt: Date; status: string; absent: boolean; scoreCenti: number | null }>();
  for (const seat of seats) sittings.set(`${seat.sessionId}:${seat.registrationId}`, { ...seat, scoreCenti: null });
  for (const score of scores) {
    const key = `${score.sessionId}:${score.registrationId}`;
    const seat = sittings.get(key);
    sittings.set(key, { ...score, absent: score.absent || (seat?.absent ?? false) });
  }
  for (const sitting of sittings.values()) {
    const result: ComponentResult = {
      component: sitting.component,
      scoreCenti: sitting.absent ? null : sitting.scoreCenti,
      absent: sitting.absent,
      final: sitting.status === 'signed_off',
      examDate: shanghaiDate(sitting.startsAt),
    };
    results.set(sitting.registrationId, [...(results.get(sitting.registrationId) ?? []), result]);
  }
  return results;
}

/** The rules a resit is judged by: those in force on its exam day. */
export async function resitRules(ctx: ServiceContext, on: IsoDate) {
  return { passMark: await getParameter(ctx, 'exam.passMark', on), keepYears: await getParameter(ctx, 'exam.componentKeepYears', on) };
}

/** The attempt a resit is for: what the plan examines, and the day its exam starts. */
export interface ResitTarget {
  id: string;
  occupationCode: string;
  level: number;
  examStart: IsoDate;
}

/**
 * For each person, the earlier attempt a resit in this plan would rest on, or why there is
 * none (docs/domain.md "Resits"): admitted attempts at the same occupation and level in plans
 * that started before this one, most recent first, each with its results and whether a live
 * resit already rests on it. The single application, the group import and the application form
 * all ask this one question.
 */
export async function resitBases(ctx: ServiceContext, personIds: readonly string[], target: ResitTarget): Promise<Map<string, ResitBasis>> {
  const bases = new Map<string, ResitBasis>();
  if (!personIds.length) return bases;
  const earlier = await ctx.db
    .select({ id: registrations.id, personId: registrations.personId, level: registrations.level, attempt: registrations.attempt, examStart: evaluationPlans.examStart })
    .from(registrations)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrations.planId))
    .where(
      and(
        inArray(registrations.personId, [...personIds]),
        eq(registrations.occupationCode, target.occupationCode),
        eq(registrations.level, target.level),
        eq(registrations.status, 'admitted'),
        ne(registrations.planId, target.id),
        lt(evaluationPlans.examStart, target.examStart),
      ),
    )
    .orderBy(desc(evaluationPlans.examStart), desc(registrations.createdAt));
  const ids = earlier.map((e) => e.id);
  const results = await componentResults(ctx.db, ids);
  const resat = new Set(
    ids.length
      ? (
          await ctx.db
            .select({ resitOf: registrations.resitOf })
            .from(registrations)
            .where(and(inArray(registrations.resitOf, ids), notInArray(registrations.status, ['withdrawn', 'rejected'])))
        ).map((r) => r.resitOf)
      : [],
  );
  const rules = await resitRules(ctx, target.examStart);
  for (const personId of new Set(personIds)) {
    const attempts: EarlierAttempt[] = earlier
      .filter((e) => e.personId === personId)
      .map((e) => ({ registrationId: e.id, level: e.level, attempt: e.attempt === 'resit' ? 'resit' : 'regular', components: results.get(e.id) ?? [], resat: resat.has(e.id) }));
    bases.set(personId, chooseResitBasis(attempts, target.examStart, rules));
  }
  return bases;
}

/**
 * The components a resit keeps from the attempt it rests on, judged for its own exam day
 * (nothing for a regular attempt).
 */
export async function keptComponents(ctx: ServiceContext, registrationIds: readonly string[]): Promise<Map<string, KeptComponent[]>> {
  const kept = new Map<string, KeptComponent[]>();
  if (!registrationIds.length) return kept;
  const resits = await ctx.db
    .select({ id: registrations.id, resitOf: registrations.resitOf, examStart: evaluationPlans.examStart })
    .from(registrations)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrations.planId))
    .where(and(inArray(registrations.id, [...registrationIds]), sql`${registrations.resitOf} is not null`));
  if (!resits.length) return kept;
  const bases = await ctx.db
    .select({ id: registrations.id, level: registrations.level, attempt: registrations.attempt })
    .from(registrations)
    .where(
      inArray(
        registrations.id,
        resits.map((r) => r.resitOf!),
      ),
    );
  const results = await componentResults(
    ctx.db,
    bases.map((b) => b.id),
  );
  for (const resit of resits) {
    const base = bases.find((b) => b.id === resit.resitOf)!;
    // The resit itself is the one resit this attempt allows: judged as if none had been taken yet.
    const basis = resitBasis(
      { registrationId: base.id, level: base.level, attempt: base.attempt === 'resit' ? 'resit' : 'regular', components: results.get(base.id) ?? [], resat: false },
      resit.examStart,
      await resitRules(ctx, resit.examStart),
    );
    kept.set(resit.id, basis.ok ? basis.kept : []);
  }
  return kept;
}

/**
 * Each registration's result (`attemptOutcome`): the components it sat, signed off, with those a
 * resit keeps from the attempt it rests on, by the pass mark in force on its plan's first exam day.
 */
export async function registrationOutcomes(ctx: ServiceContext, registrationIds: readonly string[]): Promise<Map<string, { outcome: AttemptOutcome; passMark: number }>> {
  const outcomes = new Map<string, { outcome: AttemptOutcome; passMark: number }>();
  if (!registrationIds.length) return outcomes;
  const rows = await ctx.db
    .select({ id: registrations.id, level: registrations.level, examStart: evaluationPlans.examStart })
    .from(registrations)
    .innerJoin(evaluationPlans, eq(evaluationPlans.id, registrations.planId))
    .where(inArray(registrations.id, [...registrationIds]));
  const results = await componentResults(ctx.db, registrationIds);
  const kept = await keptComponents(ctx, registrationIds);
  const passMarks = new Map<string, number>();
  for (const row of rows) {
    if (!passMarks.has(row.examStart)) passMarks.set(row.examStart, await getParameter(ctx, 'exam.passMark', row.examStart));
    const passMark = passMarks.get(row.examStart)!;
    outcomes.set(row.id, { outcome: attemptOutcome({ level: row.level, passMark, components: results.get(row.id) ?? [], kept: kept.get(row.id) ?? [] }), passMark });
  }
  return outcomes;
}
