import { asc, eq } from 'drizzle-orm';
import { RESULTS_ACTIONS, resultsPolicy } from '@jiping/domain';
import type { PlanResultsView } from '@jiping/contracts';
import type { ServiceContext } from '../../platform/context.ts';
import { resultsObjections, resultsPublicationEntries } from '../../platform/db/schema.ts';
import { assertAllowed } from '../../platform/errors.ts';
import { getParameter } from '../parameters/index.ts';
import { loadPlanResults, type PlanResults } from './results-facts.ts';
import { planOutcomes } from './plan-outcomes.ts';
import { objectionViews } from './objection-view.ts';
import { deadline, submissionDue } from './deadlines.ts';

/** One plan's results as the institution and its supervisors see them. */
export async function getPlanResults({ ctx, planId }: { ctx: ServiceContext; planId: string }): Promise<PlanResultsView> {
  const results = await loadPlanResults(ctx, planId);
  assertAllowed(resultsPolicy(ctx.actor, 'read', results.facts));
  return planResultsView(ctx, results);
}

/**
 * The view: before publication each admitted candidate's outcome as the scores give it; once
 * published, the entries exactly as published. Every action the actor may take now is listed.
 */
export async function planResultsView(ctx: ServiceContext, results: PlanResults): Promise<PlanResultsView> {
  const { plan, publication } = results;
  const outcomes = await planOutcomes(ctx, plan);
  const published = publication
    ? new Map(
        (await ctx.db.select().from(resultsPublicationEntries).where(eq(resultsPublicationEntries.publicationId, publication.id)).orderBy(asc(resultsPublicationEntries.entryNo))).map((e) => [
          e.registrationId,
          e,
        ]),
      )
    : null;
  const entries = outcomes
    .map((o) => {
      const entry = published?.get(o.registrationId);
      return { registrationId: o.registrationId, entryNo: entry?.entryNo ?? null, name: o.name, idNumberMasked: o.idNumberMasked, outcome: entry?.outcome ?? o.outcome };
    })
    .sort((a, b) => (a.entryNo ?? 0) - (b.entryNo ?? 0));
  return {
    plan: {
      id: plan.id,
      institutionId: plan.institutionId,
      institutionName: plan.institutionName,
      institutionCategory: plan.institutionCategory,
      districtCode: plan.districtCode,
      occupationCode: plan.occupationCode,
      occupationName: plan.occupationName,
      workType: plan.workType,
      level: plan.level,
      examStart: plan.examStart,
      examEnd: plan.examEnd,
      status: plan.status,
    },
    stage: results.stage,
    today: results.today,
    sessions: results.sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    entries,
    minimumPublicityWorkingDays: await getParameter(ctx, 'results.publicityWorkingDays'),
    publication: publication
      ? {
          id: publication.id,
          startsOn: publication.startsOn,
          endsOn: publication.endsOn,
          workingDays: publication.workingDays,
          publishedAt: publication.publishedAt.toISOString(),
          finalAt: publication.finalAt?.toISOString() ?? null,
        }
      : null,
    objections: await objectionViews(ctx, eq(resultsObjections.planId, plan.id)),
    submissionDue: await deadline(ctx, results.today, await submissionDue(ctx, results)),
    submissions: await Promise.all(
      results.submissions.map(async (s) => ({
        id: s.id,
        attempt: s.attempt,
        status: s.status,
        dueOn: s.dueOn,
        submittedOn: s.submittedOn,
        lateWorkingDays: s.lateWorkingDays,
        submittedAt: s.submittedAt.toISOString(),
        reviewDueOn: s.reviewDueOn,
        review: s.status === 'submitted' ? await deadline(ctx, results.today, s.reviewDueOn) : null,
        decidedAt: s.decidedAt?.toISOString() ?? null,
        decisionReason: s.decisionReason,
        correctionDueOn: s.correctionDueOn,
        version: s.version,
      })),
    ),
    archive: results.archive ? { archivedOn: results.archive.archivedOn, paperRetainUntil: results.archive.paperRetainUntil, electronicRetainUntil: results.archive.electronicRetainUntil } : null,
    allowedActions: RESULTS_ACTIONS.filter((action) => resultsPolicy(ctx.actor, action, results.facts).allowed),
  };
}
