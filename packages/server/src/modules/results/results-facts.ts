import { and, asc, count, eq } from 'drizzle-orm';
import { resultsStage, shanghaiDate, type ResultsFacts, type ResultsStage } from '@jiping/domain';
import type { ServiceContext } from '../../platform/context.ts';
import { evaluationPlans, examSessions, institutions, occupations, planArchives, resultsObjections, resultsPublications, resultsSubmissions } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type PublicationRow = typeof resultsPublications.$inferSelect;
export type SubmissionRow = typeof resultsSubmissions.$inferSelect;

/** Everything the results of one plan are decided on: the plan, its sessions, publicity, objections and submissions. */
export interface PlanResults {
  plan: typeof evaluationPlans.$inferSelect & { institutionName: string; institutionCategory: typeof institutions.$inferSelect.category; occupationName: string };
  sessions: Array<Pick<typeof examSessions.$inferSelect, 'id' | 'component' | 'startsAt' | 'room' | 'status'>>;
  publication: PublicationRow | null;
  openObjections: number;
  /** Oldest attempt first; the last is the one that counts. */
  submissions: SubmissionRow[];
  archive: typeof planArchives.$inferSelect | null;
  today: string;
  stage: ResultsStage;
  facts: ResultsFacts;
}

/**
 * Loads a plan's results. With `lock`, the plan row is locked for the transaction, so the steps of
 * one plan (publish, submit, decide, the last answer that makes it final) never interleave.
 */
export async function loadPlanResults(ctx: ServiceContext, planId: string, { lock = false } = {}): Promise<PlanResults> {
  const query = ctx.db
    .select({ plan: evaluationPlans, institutionName: institutions.name, institutionCategory: institutions.category, occupationName: occupations.nameZh })
    .from(evaluationPlans)
    .innerJoin(institutions, eq(institutions.id, evaluationPlans.institutionId))
    .innerJoin(occupations, eq(occupations.code, evaluationPlans.occupationCode))
    .where(eq(evaluationPlans.id, planId));
  const [row] = lock ? await query.for('update', { of: evaluationPlans }) : await query;
  if (!row) throw notFound('plan');
  const sessions = await ctx.db
    .select({ id: examSessions.id, component: examSessions.component, startsAt: examSessions.startsAt, room: examSessions.room, status: examSessions.status })
    .from(examSessions)
    .where(eq(examSessions.planId, planId))
    .orderBy(asc(examSessions.startsAt), asc(examSessions.id));
  const [publication] = await ctx.db.select().from(resultsPublications).where(eq(resultsPublications.planId, planId));
  const [open] = await ctx.db
    .select({ n: count() })
    .from(resultsObjections)
    .where(and(eq(resultsObjections.planId, planId), eq(resultsObjections.status, 'open')));
  const submissions = await ctx.db.select().from(resultsSubmissions).where(eq(resultsSubmissions.planId, planId)).orderBy(asc(resultsSubmissions.attempt));
  const [archive] = await ctx.db.select().from(planArchives).where(eq(planArchives.planId, planId));
  const today = shanghaiDate(ctx.now());
  const counted = sessions.filter((s) => s.status !== 'cancelled');
  const openObjections = open?.n ?? 0;
  const stage = resultsStage({
    planStatus: row.plan.status,
    sessions: counted.length,
    signedOff: counted.filter((s) => s.status === 'signed_off').length,
    publication: publication ?? null,
    openObjections,
    submission: submissions.at(-1)?.status ?? null,
    today,
  });
  const plan = { ...row.plan, institutionName: row.institutionName, institutionCategory: row.institutionCategory, occupationName: row.occupationName };
  return {
    plan,
    sessions,
    publication: publication ?? null,
    openObjections,
    submissions,
    archive: archive ?? null,
    today,
    stage,
    facts: { institutionId: plan.institutionId, districtCode: plan.districtCode, occupationCode: plan.occupationCode, stage },
  };
}
